/**
 * Token helpers for the quotation stage: look-up by offset, word classes from the tagger's tags,
 * clause and sentence boundaries read from the punctuation around tokens, and noun-phrase walking.
 * All functions are O(1) or O(window) per call, except {@link tokenAt} (binary search).
 */
import type { Token } from '../../types.js';
import { firstAtOrAfter } from '../../util/search.js';
import type { CueLexicon } from '../../lexicons/cues.js';

/**
 * The gender an honorific token implies (`Mrs` → female, `Dr.` → null), or undefined when the
 * token is no honorific. Looked up in the cue lexicon without the trailing period.
 */
export function honorificOf(t: Token, lex: CueLexicon): 'male' | 'female' | null | undefined {
  return lex.honorifics.get(t.norm.replace(/\.$/, ''));
}

/** Index of the first token whose start is ≥ `offset` (tokens.length when none). */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstAtOrAfter(tokens, offset, (t) => t.start);
}

export function has(t: Token, tag: string): boolean {
  return t.tags.includes(tag);
}

/**
 * Punctuation after a token that ends a clause of a noun phrase (`,` `;` `:` brackets, dashes,
 * quote marks). A hyphen counts only with a space beside it (`Bertin - the leader`), not inside a
 * word (`Jean-Luc`, whose `Jean` has the bare post `-`).
 */
const SEPARATOR = /[,;:()[\]"“”‘’«»„\u2014\u2013\u2015]|--|\s-(?:\s|$)|^-\s|'(?!s\b)/;

/** True when the punctuation before `t` separates it from the previous word (`(R)`). */
export function separatedBefore(t: Token): boolean {
  return /[(\[]/.test(t.pre);
}

/** True when the punctuation after `t` separates it from the next word. */
export function separatedAfter(t: Token): boolean {
  return SEPARATOR.test(t.post) || sentenceEndAfter(t);
}

/** True when a sentence ends after `t` (`.`, `!`, `?` in its trailing punctuation; abbreviations excluded). */
export function sentenceEndAfter(t: Token): boolean {
  if (!/[.!?\u2026]/.test(t.post)) return false;
  if (/[!?\u2026]/.test(t.post)) return true;
  if (has(t, 'Abbreviation') || has(t, 'Honorific')) return false;
  if (/^\.[),]/.test(t.post)) return false; // `(D-Wis.) said`, `McConnell, R-Ky., said`
  if (/^\p{Lu}$/u.test(t.text)) return false; // an initial
  return true;
}

/** Words a noun phrase never holds even when tagged as nouns. */
const NOT_NP = new Set(['that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'what', 'there', 'here']);

/** Possessive pronouns that open a noun phrase like a determiner. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** True when a token can be part of a speaker noun phrase. */
export function npWord(t: Token, lex?: CueLexicon): boolean {
  if (NOT_NP.has(t.norm)) return false;
  if (lex?.speakerModifiers.has(t.norm)) return true; // `retired general …`
  if (POSSESSIVE_DETERMINERS.has(t.norm)) return true; // `his former partner`
  if (lex && (lex.organizationHeads.has(t.norm) || lex.documentHeads.has(t.norm) || lex.nominalSingular.has(t.norm) || lex.nominalPlural.has(t.norm)) &&
      !has(t, 'Pronoun') && !has(t, 'Determiner')) return true;
  if (has(t, 'Date') || has(t, 'Pronoun') || has(t, 'Preposition') || has(t, 'Conjunction')) return false;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) return false;
  if (has(t, 'Adverb') && !has(t, 'Noun')) return false;
  return (
    has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Adjective') || has(t, 'Determiner') ||
    has(t, 'Possessive') || has(t, 'Value') || has(t, 'Acronym') || has(t, 'Honorific')
  );
}

/** True when a token can head a speaker noun phrase. */
function npHead(t: Token, lex: CueLexicon): boolean {
  if (lex.organizationHeads.has(t.norm) || lex.documentHeads.has(t.norm) || lex.nominalSingular.has(t.norm) || lex.nominalPlural.has(t.norm)) return true;
  // a capitalised word the tagger took for a verb (`Northgate said`)
  if (isCapitalized(t) && has(t, 'Verb') && !['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Auxiliary', 'Modal', 'Copula'].some((x) => has(t, x))) return true;
  return (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Acronym')) && !has(t, 'Value') && !has(t, 'Date') && !NOT_NP.has(t.norm);
}

export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** `of` inside a name or title between capitalised words (`Secretary of State John Kerry`). */
function linkingOf(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.norm === 'of' && !separatedAfter(t) && k > 0 && isCapitalized(tokens[k - 1]!) && isCapitalized(tokens[k + 1] ?? t);
}

/** A span of tokens, both ends inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/**
 * The noun phrase ending at token `j` (walking back, never before `lo`), or null when `j` cannot head one.
 * A determiner opens the phrase; punctuation between words ends it.
 */
export function npEndingAt(tokens: Token[], j: number, lo: number, lex: CueLexicon): TokenRange | null {
  const head = tokens[j];
  if (!head) return null;
  if (lex.pronouns.has(head.norm) && has(head, 'Pronoun')) return { first: j, last: j };
  if (!npHead(head, lex)) return null;
  let i = j;
  while (i - 1 >= lo) {
    const t = tokens[i - 1]!;
    if (separatedAfter(t) || separatedBefore(tokens[i]!)) break;
    if (has(tokens[i]!, 'Determiner')) break;
    if (!(npWord(t, lex) || linkingOf(tokens, i - 1))) break;
    i--;
  }
  if (has(tokens[i]!, 'Determiner') && i === j) return null;
  return { first: i, last: j };
}

/** The noun phrase starting at token `i` (walking forward, never past `hi`, exclusive), or null. */
export function npStartingAt(tokens: Token[], i: number, hi: number, lex: CueLexicon): TokenRange | null {
  const first = tokens[i];
  if (!first || i >= hi) return null;
  if (lex.pronouns.has(first.norm) && has(first, 'Pronoun')) return { first: i, last: i };
  let j = i;
  while (j < hi) {
    const t = tokens[j]!;
    if (j > i && (has(t, 'Determiner') || separatedBefore(t))) break;
    if (!(npWord(t, lex) || (j > i && linkingOf(tokens, j)))) break;
    j++;
    if (separatedAfter(t)) break;
  }
  // the phrase ends at its last head word (`the spokesman` not `the`)
  let last = j - 1;
  while (last >= i && !npHead(tokens[last]!, lex)) last--;
  return last >= i ? { first: i, last } : null;
}

/** Text of a token range. */
export function rangeText(text: string, tokens: Token[], r: TokenRange): string {
  return text.slice(tokens[r.first]!.start, tokens[r.last]!.end);
}
