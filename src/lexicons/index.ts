/**
 * The lexicons (gazetteers) of news-extract, loaded once per process from the JSON data files in
 * `src/lexicons/data/` and from npm data packages, plus an optional user lexicon (`--lexicon FILE.json`).
 *
 * Each part lives in its own module beside this one; this module composes them:
 * - `entity-lexicon.ts` — countries, demonyms, capitals, titles, honorifics, given names,
 *   organization cues and known organizations (used by src/extract/entities);
 * - `cues.ts` — speech cue verbs and attribution phrases (used by src/extract/quotes).
 */
import { loadEntityLexicon, mergeUserLexicon, type EntityLexicon } from './entity-lexicon.js';
import { loadCueLexicon, type CueLexicon } from './cues.js';

/** Everything the extractors know as data. */
export interface Lexicon {
  entity: EntityLexicon;
  cues: CueLexicon;
}

let builtin: Lexicon | null = null;

/**
 * Loads the built-in lexicon (cached after the first call) merged with an optional user lexicon.
 *
 * @param userFile path of a user lexicon JSON file (format: see README), or undefined.
 * @throws Error with a one-line message naming the file when the user lexicon cannot be read or is invalid.
 */
export function loadLexicon(userFile?: string): Lexicon {
  builtin ??= { entity: loadEntityLexicon(), cues: loadCueLexicon() };
  if (!userFile) return builtin;
  return { ...builtin, entity: mergeUserLexicon(builtin.entity, userFile) };
}
