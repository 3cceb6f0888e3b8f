/**
 * Quote kinds:
 * - `direct`: a whole utterance — the quote opens its sentence (nothing before it, or only a cue and
 *   its subject ending in `:` or `,`), or holds more than one sentence;
 * - `partial`: a fragment inside the reporter's sentence (`… only if it was "not about one-sided
 *   accusations"`);
 * - `scare`: a short term nobody is quoted as saying — no attribution governs it, or the words
 *   before it introduce it as a term (`the issue of "terrorism" first`, `the so-called "reset"`).
 */
import type { Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import type { Side } from './phrases.js';
import { cueAt } from './cue.js';
import { has } from './tokens.js';

/** Longest scare quote, in words. */
export const SCARE_MAX_WORDS = 3;

/** Words that may open a sentence before a direct quote without making it partial (`But "…"`). */
function openerOnly(tokens: Token[], side: Side): boolean {
  for (let k = side.from; k < side.to; k++) {
    const t = tokens[k]!;
    if (!(has(t, 'Conjunction') || has(t, 'Adverb'))) return false;
  }
  return side.to - side.from <= 2;
}

/** Small words that stay lower case inside a title. */
const TITLE_SMALL = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'is', 'with', 'or', 'by', 'from']);
/** Words before a quoted title: `an episode of "…"`, `appeared on "…"`, `the "…" forum`. */
const TITLE_BEFORE = new Set(['of', 'on', 'in', 'the', 'a', 'an', 'titled', 'entitled', 'program', 'show', 'book', 'film', 'song']);

/** True when every word is capitalised except small words (`State of the Union`): a title or a name. */
function titleCase(s: string): boolean {
  const ws = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (ws.length === 0 || !/^[\p{Lu}\p{N}]/u.test(ws[0]!)) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL.has(w));
}

/** Number of words in a string (runs of non-space). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32 || s[i] === '\u00a0';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * True when the quote opens its sentence: nothing before it, a colon, or a cue and comma (`said, "…"`).
 *
 * @param boundary whether `before` starts at a sentence or paragraph start (not right after another
 *   quote of the same sentence).
 */
export function opensSentence(tokens: Token[], before: Side, boundary: boolean, lex: CueLexicon): boolean {
  if (before.from >= before.to) return boundary;
  const last = tokens[before.to - 1]!;
  if (/:/.test(last.post)) return true;
  if (/,/.test(last.post) && cueAt(tokens, before.to - 1, before.to, lex)) return true;
  return boundary && openerOnly(tokens, before);
}

/**
 * Classifies one quote.
 *
 * @param inner the text inside the marks.
 * @param before tokens before the quote in its sentence.
 * @param starts whether the quote opens its sentence ({@link opensSentence}).
 * @param governed whether an in-sentence attribution with a speaker governs the quote.
 */
export function classify(
  tokens: Token[], inner: string, before: Side, starts: boolean, governed: boolean, lex: CueLexicon,
): 'direct' | 'partial' | 'scare' {
  if (starts) return 'direct';
  if (/[.!?]["'”’]?\s+["“‘]?\p{Lu}/u.test(inner)) return 'direct';
  const words = wordCount(inner);
  const last = tokens[before.to - 1]!;
  // a whole sentence right after its cue: `shouting "Wait! bring the flags!"`
  if (/^["“‘]?\p{Lu}/u.test(inner) && /[.!?]["”’]?$/.test(inner) && cueAt(tokens, before.to - 1, before.to, lex) && words > 1) {
    return 'direct';
  }
  if (words <= 6 && scareFrame(tokens, before, lex)) return 'scare'; // `the so-called "reset"`, `the issue of "terrorism"`
  if (words >= 2 && words <= 8 && titleCase(inner) && (has(last, 'Possessive') || TITLE_BEFORE.has(last.norm))) return 'scare';
  if (words > SCARE_MAX_WORDS) return 'partial';
  return governed ? 'partial' : 'scare';
}

/**
 * True when the words right before the quote introduce it as a term, not as anyone's words: one
 * scare marker (`so-called`, `dubbed`, `the word`) or two (`the issue of`, `the notion of`), from
 * `scareMarkers` in cues.json.
 */
function scareFrame(tokens: Token[], before: Side, lex: CueLexicon): boolean {
  const last = tokens[before.to - 1];
  if (!last) return false;
  if (lex.scareMarkers.has(last.norm)) return true;
  const prev = tokens[before.to - 2];
  return prev !== undefined && before.to - 2 >= before.from && lex.scareMarkers.has(`${prev.norm} ${last.norm}`);
}

/**
 * True when a quote is the second half of a sentence split by its attribution (`"A literate
 * population," insisted Mr Sener, "will make an impact."`): the first half is direct and ends in a
 * comma, and only the attribution and a comma stand between the halves. Both halves are direct.
 *
 * @param prev the quote before, in the same paragraph.
 * @param between the text between the two quotes' marks.
 * @param cueBetween whether the attribution's cue lies between the two quotes.
 */
export function secondHalf(prev: { kind: string; text: string } | undefined, between: string, cueBetween: boolean): boolean {
  return prev !== undefined && prev.kind === 'direct' && /,\s*$/.test(prev.text) && cueBetween && /,\s*$/.test(between) && !/[.!?;:]/.test(between);
}
