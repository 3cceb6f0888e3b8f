/**
 * Word tests the coreference rules share: name words, runs of them, honorific-led phrases, and the
 * preposition that joins a speaker to what follows it (`a spokesman for the ministry`).
 */
import type { Token } from '../../../types.js';
import type { CueLexicon } from '../../../lexicons/cues.js';
import { has, honorificOf, isCapitalized, type TokenRange } from '../tokens.js';

/** Tags that keep a capitalised token out of a person's name. */
const NOT_NAME = ['Honorific', 'Actor', 'Date', 'Place', 'Country', 'City', 'Organization', 'Demonym', 'Pronoun', 'Determiner', 'Verb', 'Value', 'Acronym'];

/**
 * True when a token can be part of a person's name. A capitalised common noun counts (the tagger
 * reads `Trump` as a noun) unless the lexicon knows it as a nominal or organization head (`Officials`).
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

/** The trailing run of name words of a phrase (`Deputy Foreign Minister Gennady Gatilov` → `Gennady Gatilov`), or null. */
export function nameRun(tokens: Token[], r: TokenRange, lex: CueLexicon): TokenRange | null {
  let i = r.last;
  if (!nameWord(tokens[i]!, lex)) return null;
  while (i - 1 >= r.first && nameWord(tokens[i - 1]!, lex)) i--;
  return { first: i, last: r.last };
}

/** True when a phrase opens with an honorific (`Mr Irish`, `Dr. Lee`) followed by one or more capitalised words. */
export function honorificLed(tokens: Token[], r: TokenRange, lex: CueLexicon): boolean {
  if (r.last <= r.first) return false;
  return honorificOf(tokens[r.first]!, lex) !== undefined && isCapitalized(tokens[r.last]!);
}

/** Prepositions that join a speaker phrase to what follows it (`Jo Bell of the bank`, `a spokesman for the ministry`). */
const JOINING = new Set(['of', 'for', 'at', 'from', 'with', 'in']);

/**
 * Index of the first joining preposition inside a phrase whose words before it can speak on their own,
 * or null. `of` between a capitalised title and a name (`Secretary of State John Kerry`) does not count:
 * the words before it must end in a name or a lower-case nominal head.
 */
export function prepositionAt(tokens: Token[], r: TokenRange, lex: CueLexicon): number | null {
  for (let k = r.first + 1; k < r.last; k++) {
    if (!JOINING.has(tokens[k]!.norm)) continue;
    const before = tokens[k - 1]!;
    const nominal = !isCapitalized(before) && (lex.nominalSingular.has(before.norm) || lex.nominalPlural.has(before.norm) || lex.documentHeads.has(before.norm));
    return nominal || nameRun(tokens, { first: r.first, last: k - 1 }, lex) ? k : null;
  }
  return null;
}

/** The head word of a phrase, lower case, without a possessive ending. */
export function headWord(t: Token): string {
  return t.norm.replace(/['’]s$/, '');
}

/**
 * True when a lower-case head word can head a speaker phrase: a person noun, an organization (or
 * organizations), a document, an age (`the 29-year-old`).
 */
export function speakingHead(word: string, lex: CueLexicon): boolean {
  return lex.nominalSingular.has(word) || lex.nominalPlural.has(word) || lex.organizationHeads.has(word) ||
    lex.organizationHeads.has(word.replace(/(?:e?s)$/, '')) || lex.documentHeads.has(word) || /^\d+-year-olds?$/.test(word);
}

/** True for a title written as an acronym (`MEP`, `MP`, `CEO`): a title head, not a name. */
export function acronymTitle(t: Token, lex: CueLexicon): boolean {
  return /^\p{Lu}{2,5}s?$/u.test(t.text) && lex.titleHeads.has(headWord(t).replace(/s$/, ''));
}
