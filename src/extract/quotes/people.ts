/**
 * The people, organizations and countries a speaker phrase can resolve to, as offset-sorted mention
 * lists. People come from the entity stage (`Entities.people`, names and aliases); when it found
 * none, from the tagger: runs of capitalised `Person`/`ProperNoun` tokens, a surname mapped to the
 * fullest name that ends with it (`Gatilov` → `Gennady Gatilov`).
 */
import type { ArticleDocument, Country, Organization, Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import type { Entities } from '../entities/index.js';
import { has, honorificOf, isCapitalized, separatedAfter, tokenAt } from './tokens.js';
import { firstAtOrAfter } from '../../util/search.js';

/** A person a speaker can resolve to. */
export interface PersonRef {
  /** Entity id (`p1`), or null for a name known only from the tagger. */
  id: string | null;
  name: string;
  gender: 'male' | 'female' | null;
  /** Other names of the person (`Gatilov`). */
  aliases: string[];
  /** Last words of the person's role titles, lower case (`spokesman`, `envoy`). */
  roleHeads: string[];
}

/** One mention of a person, organization or country, with offsets. */
export interface RefMention<T> {
  start: number;
  end: number;
  ref: T;
}

/** Everything a speaker phrase can resolve to, mentions sorted by start offset. */
export interface Referents {
  people: Array<RefMention<PersonRef>>;
  organizations: Array<RefMention<Organization>>;
  countries: Array<RefMention<Country>>;
}

/** Gender hint from the tokens of a name mention: an honorific before it or a given-name tag. */
function genderAt(tokens: Token[], start: number, lex: CueLexicon): 'male' | 'female' | null {
  const i = tokenAt(tokens, start);
  const prev = tokens[i - 1];
  if (prev && !separatedAfter(prev)) {
    const g = honorificOf(prev, lex);
    if (g) return g;
  }
  const first = tokens[i];
  if (first && first.start === start) {
    if (has(first, 'MaleName')) return 'male';
    if (has(first, 'FemaleName')) return 'female';
  }
  return null;
}

/** Tags that keep a capitalised token out of a person's name. */
const NOT_NAME = ['Honorific', 'Actor', 'Date', 'Place', 'Country', 'City', 'Organization', 'Demonym', 'Pronoun', 'Determiner', 'Verb', 'Value', 'Acronym'];

/**
 * True when a token can be part of a person's name (tagger fallback). A capitalised common noun
 * counts (the tagger reads `Trump` as a noun) unless the lexicon knows it as a nominal or
 * organization head (`Officials said`).
 */
export function nameWord(t: Token, lex: CueLexicon): boolean {
  if (!isCapitalized(t)) return false;
  if (!(has(t, 'Person') || has(t, 'ProperNoun'))) {
    if (!has(t, 'Noun') || has(t, 'Pronoun')) return false;
    if (lex.nominalSingular.has(t.norm) || lex.nominalPlural.has(t.norm) || lex.organizationHeads.has(t.norm)) return false;
  }
  if (has(t, 'Person') && (has(t, 'FirstName') || has(t, 'LastName'))) return true;
  return !NOT_NAME.some((tag) => has(t, tag));
}

/** Runs of name words in the tagged text (tagger fallback for people). */
function taggerPeople(doc: ArticleDocument, lex: CueLexicon): Array<RefMention<PersonRef>> {
  const runs: Array<{ start: number; end: number; words: string[]; first: number }> = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!nameWord(toks[i]!, lex)) continue;
    let j = i;
    while (j + 1 < toks.length && !separatedAfter(toks[j]!) && toks[j + 1]!.sentence === toks[i]!.sentence && nameWord(toks[j + 1]!, lex)) j++;
    const hasPerson = toks.slice(i, j + 1).some((t) => has(t, 'Person'));
    const sentenceStart = i === 0 || toks[i - 1]!.sentence !== toks[i]!.sentence;
    // a lone capitalised word opening a sentence is a name only when the tagger says so
    if (hasPerson || j > i || !sentenceStart) {
      runs.push({ start: toks[i]!.start, end: toks[j]!.end, words: toks.slice(i, j + 1).map((t) => t.text), first: i });
    }
    i = j;
  }
  // surname → fullest name ending with it
  const full = new Map<string, PersonRef>();
  for (const r of runs) {
    const key = r.words[r.words.length - 1]!.toLowerCase().replace(/[’']s$/, '');
    const name = r.words.join(' ').replace(/[’']s$/, '');
    const known = full.get(key);
    const gender = genderAt(toks, r.start, lex);
    if (!known || name.length > known.name.length) {
      full.set(key, { id: null, name, gender: gender ?? known?.gender ?? null, aliases: [], roleHeads: [] });
    } else if (!known.gender && gender) known.gender = gender;
  }
  return runs.map((r) => ({
    start: r.start,
    end: r.end,
    ref: full.get(r.words[r.words.length - 1]!.toLowerCase().replace(/[’']s$/, ''))!,
  }));
}

/**
 * Builds the referent lists of one article.
 *
 * @param doc the tagged document.
 * @param entities the entity stage's output (may be empty).
 */
export function buildReferents(doc: ArticleDocument, entities: Entities, lex: CueLexicon): Referents {
  let people: Array<RefMention<PersonRef>>;
  if (entities.people.length > 0) {
    people = [];
    for (const p of entities.people) {
      let gender = p.gender;
      for (const m of p.mentions) {
        if (gender) break;
        gender = genderAt(doc.tokens, m.start, lex);
      }
      const ref: PersonRef = {
        id: p.id,
        name: p.name,
        gender,
        aliases: p.aliases,
        roleHeads: p.roles.map((r) => (r.title.toLowerCase().split(/\s+/).pop() ?? '')).filter((w) => w !== ''),
      };
      for (const m of p.mentions) if (m.kind !== 'pronoun') people.push({ start: m.start, end: m.end, ref });
    }
  } else {
    people = taggerPeople(doc, lex);
  }
  const organizations: Array<RefMention<Organization>> = [];
  for (const o of entities.organizations) for (const m of o.mentions) organizations.push({ start: m.start, end: m.end, ref: o });
  const countries: Array<RefMention<Country>> = [];
  for (const c of entities.countries) for (const m of c.mentions) countries.push({ start: m.start, end: m.end, ref: c });
  const byStart = <T>(a: RefMention<T>, b: RefMention<T>) => a.start - b.start || a.end - b.end;
  people.sort(byStart);
  organizations.sort(byStart);
  countries.sort(byStart);
  return { people, organizations, countries };
}

/** Index of the first mention starting at or after `offset`. */
export function mentionAt<T>(list: Array<RefMention<T>>, offset: number): number {
  return firstAtOrAfter(list, offset, (m) => m.start);
}

/** The last mention lying inside [start, end), or null. */
export function mentionWithin<T>(list: Array<RefMention<T>>, start: number, end: number): RefMention<T> | null {
  let best: RefMention<T> | null = null;
  for (let i = mentionAt(list, start); i < list.length && list[i]!.start < end; i++) {
    if (list[i]!.end <= end) best = list[i]!;
  }
  return best;
}
