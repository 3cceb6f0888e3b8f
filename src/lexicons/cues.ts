/**
 * Speech cue lexicon: verbs and phrases that attribute a quotation (`said`, `told`, `according to`),
 * plus the small word classes the attribution rules need (pronouns, nominal speaker heads,
 * organization and document heads, words that never speak, verbs that convey a subject's words,
 * scare-quote markers, elisions).
 *
 * Data sources: `src/lexicons/data/cues.json` (hand-compiled from common English reporting usage)
 * and, for honorifics, `src/lexicons/data/honorifics.json` (the same list the entity stage reads).
 * Every word is stored lower case; look-ups use `Token.norm` (lower case, curly apostrophes straightened).
 */
import { readFileSync } from 'node:fs';

/** A multi-word cue such as `according to` (speaker after it) or `pointed out` (speaker before it). */
export interface CuePhrase {
  /** The words, lower case, e.g. `['according', 'to']`. */
  words: string[];
  /** Where the speaker stands: `after` the phrase, `before` it (its subject), or `none`. */
  speaker: 'after' | 'before' | 'none';
}

/** Grammatical hints of a pronoun. */
export interface PronounInfo {
  gender: 'male' | 'female' | null;
  /** `singular` (he/she), `plural` (they), `neuter` (it), `first` (I/we: never resolved). */
  number: 'singular' | 'plural' | 'neuter' | 'first';
}

/** The cue part of the lexicon. */
export interface CueLexicon {
  /** Inflected speech-verb form (`said`) → its lemma (`say`). */
  verbs: Map<string, string>;
  /** Naming verb forms (`called`, `dubbed`): a cue only when their subject is a named speaker or pronoun. */
  naming: Set<string>;
  /** Multi-word cues, indexed by their first word. */
  phrases: Map<string, CuePhrase[]>;
  /** Words right before a quoted term that make it a scare quote (`so-called`, `dubbed`). */
  scareMarkers: Set<string>;
  /** Objects of `told` that are listeners (`reporters`), never speakers. */
  listeners: Set<string>;
  /** Subject pronouns and their hints. */
  pronouns: Map<string, PronounInfo>;
  /** Honorific (lower case, without the period: `mr`, `dr`) → the gender it implies, null when none. */
  honorifics: Map<string, 'male' | 'female' | null>;
  /** Head nouns of nominal speakers, singular. */
  nominalSingular: Set<string>;
  /** Head nouns of nominal speakers, plural (`officials`, `sources`). */
  nominalPlural: Set<string>;
  /** Head nouns that make a nominal speaker an organization (`ministry`, `government`). */
  organizationHeads: Set<string>;
  /** Organization heads that name a business or club (`company`, `club`): they may refer to the organization an article is most about. */
  companyHeads: Set<string>;
  /** Head nouns of documents that can be quoted as speaking (`report`, `statement`, `letter`). */
  documentHeads: Set<string>;
  /** Nominal heads naming an office held by one person in a story (`minister`, `cardinal`, `mep`): `the minister` refers to the salient person when nobody holds that title. */
  titleHeads: Set<string>;
  /** Title head → the heads of the same kind of office (`minister` → `secretary`, `chancellor`, …), itself included. */
  titleFamilies: Map<string, Set<string>>;
  /** Lower-case head nouns that are never a speaker (`remarks`, `steps`, `area`). */
  nonSpeakerHeads: Set<string>;
  /** Inflected forms of verbs whose subject's quoted object is the subject's words (`gave … his "support"`) → lemma. */
  conveyVerbs: Map<string, string>;
  /** Words written with a leading apostrophe (`'em`, `'til`); such an apostrophe never opens a quote. */
  elisions: Set<string>;
  /** Capitalised heading words that are not transcript speaker labels (`UPDATE:`, `NOTE:`), lower case. */
  nonSpeakerLabels: Set<string>;
  /** Lower-case words the tagger reads as verbs that may open a speaker phrase (`retired general …`). */
  speakerModifiers: Set<string>;
  /** Words that may stand between a subject and its cue verb whatever the tagger calls them (`has`, `also`, `later`). */
  betweenSubjectAndCue: Set<string>;
}

interface CueFile {
  verbs: Record<string, string[]>;
  naming: string[];
  phrases: Array<{ words: string[]; speaker: 'after' | 'before' | 'none' }>;
  scareMarkers: string[];
  listeners: string[];
  pronouns: Record<string, PronounInfo>;
  nominalHeads: { singular: string[]; plural: string[] };
  organizationHeads: string[];
  companyHeads?: string[];
  documentHeads?: string[];
  nonSpeakerHeads?: string[];
  titleHeads?: string[];
  titleFamilies?: string[][];
  conveyVerbs?: Record<string, string[]>;
  elisions: string[];
  nonSpeakerLabels?: string[];
  speakerModifiers?: string[];
  betweenSubjectAndCue?: string[];
}

/**
 * Builds a {@link CueLexicon} from the JSON shape of `cues.json` and the honorific table of
 * `honorifics.json` (`{ "mr": "male", "dr": null, … }`).
 *
 * @throws Error when a required field is missing or not of the expected type.
 */
export function buildCueLexicon(data: unknown, honorifics: Record<string, 'male' | 'female' | null>): CueLexicon {
  const d = data as CueFile;
  const need = (ok: boolean, field: string) => {
    if (!ok) throw new Error(`cue lexicon: field "${field}" is missing or malformed`);
  };
  need(typeof d === 'object' && d !== null, 'root');
  need(typeof d.verbs === 'object' && d.verbs !== null, 'verbs');
  for (const f of ['naming', 'phrases', 'scareMarkers', 'listeners', 'organizationHeads', 'elisions'] as const) {
    need(Array.isArray(d[f]), f);
  }
  need(Array.isArray(d.nominalHeads?.singular) && Array.isArray(d.nominalHeads?.plural), 'nominalHeads');
  const verbs = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(d.verbs)) for (const f of forms) verbs.set(f.toLowerCase(), lemma);
  const conveyVerbs = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(d.conveyVerbs ?? {})) for (const f of forms) conveyVerbs.set(f.toLowerCase(), lemma);
  const phrases = new Map<string, CuePhrase[]>();
  for (const p of d.phrases) {
    const words = p.words.map((w) => w.toLowerCase());
    const list = phrases.get(words[0]!) ?? [];
    list.push({ words, speaker: p.speaker });
    phrases.set(words[0]!, list);
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    verbs,
    naming: lower(d.naming),
    phrases,
    scareMarkers: lower(d.scareMarkers),
    listeners: lower(d.listeners),
    pronouns: new Map(Object.entries(d.pronouns ?? {})),
    honorifics: new Map(Object.entries(honorifics).map(([k, g]) => [k.toLowerCase(), g])),
    nominalSingular: lower(d.nominalHeads.singular),
    nominalPlural: lower(d.nominalHeads.plural),
    organizationHeads: lower(d.organizationHeads),
    companyHeads: lower(d.companyHeads ?? []),
    documentHeads: lower(d.documentHeads ?? []),
    nonSpeakerHeads: lower(d.nonSpeakerHeads ?? []),
    titleHeads: lower(d.titleHeads ?? []),
    titleFamilies: families(d.titleFamilies ?? []),
    conveyVerbs,
    elisions: lower(d.elisions),
    nonSpeakerLabels: lower(d.nonSpeakerLabels ?? []),
    speakerModifiers: lower(d.speakerModifiers ?? []),
    betweenSubjectAndCue: lower(d.betweenSubjectAndCue ?? []),
  };
}

/** Each title of each family → the union of the families it belongs to. */
function families(groups: string[][]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const g of groups) {
    for (const t of g) {
      const set = out.get(t.toLowerCase()) ?? new Set([t.toLowerCase()]);
      for (const u of g) set.add(u.toLowerCase());
      out.set(t.toLowerCase(), set);
    }
  }
  return out;
}

/**
 * Loads the built-in cue lexicon from `data/cues.json` and `data/honorifics.json` beside this module.
 *
 * @throws Error when a data file cannot be read or is malformed (a packaging fault).
 */
export function loadCueLexicon(): CueLexicon {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
  const honor = read('honorifics.json') as { honorifics?: Record<string, 'male' | 'female' | null> };
  if (typeof honor.honorifics !== 'object' || honor.honorifics === null) {
    throw new Error('cue lexicon: field "honorifics" of honorifics.json is missing or malformed');
  }
  return buildCueLexicon(read('cues.json'), honor.honorifics);
}
