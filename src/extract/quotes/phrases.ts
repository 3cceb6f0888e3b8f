/**
 * Speaker phrases: the noun phrase that is the subject of a cue, widened over prepositional phrases
 * and appositives, and the subject of a sentence for participle cues (`…, saying "…"`). Each function
 * looks at a bounded window of tokens (at most {@link WINDOW} each side of a quote).
 */
import type { Span, Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import { cueAt, skippable } from './cue.js';
import { speakingHead } from './coreference/words.js';
import {
  has, isCapitalized, npEndingAt, npStartingAt, sentenceEndAfter, separatedAfter, tokenAt, type TokenRange,
} from './tokens.js';

/** Most tokens looked at on each side of a quote. */
export const WINDOW = 40;

/** Tokens of one side of a quote: indexes [from, to) into `doc.tokens`. */
export interface Side {
  from: number;
  to: number;
}

/** The span of tokens [first, last] in the text. */
export function tokenSpan(text: string, tokens: Token[], first: number, last: number): Span {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: text.slice(start, end) };
}

/**
 * The subject of a cue at token `c`: the noun phrase before it, skipping adverbs and auxiliaries;
 * with an appositive (`Hugo Hale, a doctor, said`) the phrase before the first comma.
 */
export function subjectBefore(tokens: Token[], lo: number, c: number, lex: CueLexicon): TokenRange | null {
  let j = c - 1;
  while (j >= lo && skippable(tokens[j]!, lex) && !separatedAfter(tokens[j]!)) j--;
  if (j < lo) return null;
  let paren = false;
  if (/\)/.test(tokens[j]!.post)) {
    // a parenthesis before the cue: `Gov. Pat McCrory (R) said`, `Rep. Gwen Moore (D-Wis.) said`
    let k = j;
    while (k > lo && k > j - 8 && !/\(/.test(tokens[k]!.pre)) k--;
    if (k > lo && /\(/.test(tokens[k]!.pre)) {
      j = k - 1;
      paren = true;
    }
  }
  const adj = tokens[j]!;
  if (/,/.test(adj.post)) {
    // appositive: walk back to the comma that opens it
    for (let k = j - 1; k >= lo && k >= j - 25; k--) {
      const t = tokens[k]!;
      if (sentenceEndAfter(t)) break;
      if (/,/.test(t.post)) {
        const np = npEndingAt(tokens, k, lo, lex);
        if (np && (isCapitalized(tokens[np.last]!) || has(tokens[np.last]!, 'Pronoun'))) return np;
      }
    }
  }
  if (!paren && separatedAfter(adj) && !/,/.test(adj.post)) return null;
  const np = npEndingAt(tokens, j, lo, lex);
  return np ? withPrepositions(tokens, lo, np, lex) : ofPhrase(tokens, lo, j, lex);
}

/**
 * `Jo Bell of the bank said`, `a spokeswoman for the Audit Office said`, `Dr Ann Roe, of the Institute
 * for Health at the University of Leeds in York said`: the noun phrase before a cue widened back over
 * its prepositional phrases (at most 10, within 30 tokens) to the phrase they qualify, across one comma
 * that closes a name. Speaker resolution picks the part that speaks (`speakers.ts`).
 */
export function withPrepositions(tokens: Token[], lo: number, np: TokenRange, lex: CueLexicon): TokenRange {
  let first = np.first;
  let best = np;
  for (let steps = 0; steps < 10 && np.last - first < 30; steps++) {
    const p = first - 1;
    if (p - 1 < lo) break;
    const prep = tokens[p]!;
    const prevTok = tokens[p - 1]!;
    const joinsNames = prep.norm === 'and' && isCapitalized(prevTok) && isCapitalized(tokens[p + 1]!);
    if ((!SPEAKER_PREPOSITIONS.has(prep.norm) && !joinsNames) || separatedAfter(prep)) break;
    if (/,/.test(prevTok.post) && !joinsNames) {
      // `Dr Ann Roe, of the Institute …`: a name closed by a comma
      const name = npEndingAt(tokens, p - 1, lo, lex);
      if (name && isCapitalized(tokens[name.last]!) && !has(tokens[name.last]!, 'Pronoun')) best = { first: name.first, last: np.last };
      break;
    }
    if (separatedAfter(prevTok)) break;
    const prev = npEndingAt(tokens, p - 1, lo, lex);
    if (!prev || has(tokens[prev.last]!, 'Pronoun')) break;
    first = prev.first;
    if (!joinsNames) best = { first, last: np.last };
  }
  return best;
}

/** Prepositions that may join a speaker phrase to what follows it (`a spokesman for the ministry`). */
export const SPEAKER_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with']);

/**
 * `the mother of three said`, `Mr. Morgan of the Sierra Club said`, `a spokesman for the ministry said`:
 * a speaker phrase followed by a prepositional phrase ending at token `j` (at most 6 words): the
 * phrase before the preposition, when it can be a speaker.
 */
export function ofPhrase(tokens: Token[], lo: number, j: number, lex: CueLexicon): TokenRange | null {
  for (let k = j - 1; k >= lo && k >= j - 6; k--) {
    const t = tokens[k]!;
    if (separatedAfter(t)) return null;
    if (!SPEAKER_PREPOSITIONS.has(t.norm)) continue;
    const np = k - 1 >= lo ? npEndingAt(tokens, k - 1, lo, lex) : null;
    return np && speakerLike(tokens, np, lex) ? np : null;
  }
  return null;
}

/**
 * The subject of the sentence a side belongs to, for a cue at `c` that has no subject of its own
 * (`Trump attacked Clinton, saying "…"`): the phrase opening the side, or the one after a leading
 * adverbial (`During a speech, Trump …`), when a verb or an appositive follows it.
 */
export function sentenceSubject(tokens: Token[], side: Side, c: number, lex: CueLexicon): TokenRange | null {
  const starts = [side.from];
  for (let k = side.from; k < c && starts.length < 3; k++) if (/,/.test(tokens[k]!.post)) starts.push(k + 1);
  for (const a of starts) {
    let np = npStartingAt(tokens, a, c, lex);
    if (!np) continue;
    // `Farmers driving through …`: a participle the tagger read as a noun ends the phrase
    if (np.last > np.first && /ing$/.test(tokens[np.last]!.norm) && !isCapitalized(tokens[np.last]!)) {
      np = { first: np.first, last: np.last - 1 };
      if (/,/.test(tokens[np.last]!.post)) continue;
      return np;
    }
    if (/,/.test(tokens[np.last]!.post) && isCapitalized(tokens[np.last]!)) return np; // `Dean, a doctor, …`
    let k = np.last + 1;
    // `Internet service provider (ISP) Plus.net backed …`: the name after a bracketed acronym
    if (k < c && /\(/.test(tokens[k]!.pre) && /\)/.test(tokens[k]!.post) && k + 1 < c && isCapitalized(tokens[k + 1]!)) {
      const name = npStartingAt(tokens, k + 1, c, lex);
      if (name) {
        np = name;
        k = name.last + 1;
      }
    }
    while (k < c && skippable(tokens[k]!, lex)) k++;
    if (k + 1 < c && tokens[k]!.norm === 'to') k++; // `is to merge`
    if (k < c && has(tokens[k]!, 'Verb')) return np;
  }
  return null;
}

/** The token range before a quote opening at `open`: back to a sentence end, the previous quote, or the paragraph start. */
export function sideBefore(tokens: Token[], open: number, bound: number): Side {
  const to = tokenAt(tokens, open);
  let from = to;
  while (from > 0 && to - from < WINDOW) {
    const t = tokens[from - 1]!;
    if (t.start < bound) break;
    if (sentenceEndAfter(t)) break;
    from--;
  }
  return { from, to };
}

/** The token range after a quote closing at `close`: to a sentence end, the next quote, or the paragraph end. */
export function sideAfter(tokens: Token[], close: number, bound: number): Side {
  const from = tokenAt(tokens, close);
  let to = from;
  while (to < tokens.length && to - from < WINDOW) {
    const t = tokens[to]!;
    if (t.end > bound) break;
    to++;
    if (sentenceEndAfter(t)) break;
  }
  return { from, to };
}

/**
 * Index of the relative pronoun (`who`, `which`, `that`) right before the verb at `k`, auxiliaries
 * and adverbs between (`which has attacked`, `who later said`), or null.
 */
export function relativeBefore(tokens: Token[], from: number, k: number, lex: CueLexicon): number | null {
  let j = k - 1;
  const rel = (t: Token) => /^(who|which|that)$/.test(t.norm);
  while (j > from && skippable(tokens[j]!, lex) && !rel(tokens[j]!)) j--;
  // `who in 2010 said`, `who on Monday told`: a short time phrase between
  if (j > from + 2 && !rel(tokens[j]!) && !rel(tokens[j - 1]!) && has(tokens[j - 1]!, 'Preposition') && rel(tokens[j - 2]!)) j -= 2;
  else if (j > from + 3 && !rel(tokens[j]!) && has(tokens[j - 2]!, 'Preposition') && rel(tokens[j - 3]!)) j -= 3;
  return j > from && rel(tokens[j]!) ? j : null;
}

/**
 * The antecedent of a relative `who` at token `who`: the phrase just before it, or, when that is an
 * appositive between commas (`Lars Dahl, a councillor, who`), the name before the appositive.
 */
export function relativeAntecedent(tokens: Token[], from: number, who: number, lex: CueLexicon): TokenRange | null {
  const near = npEndingAt(tokens, who - 1, from, lex);
  if (!near || isCapitalized(tokens[near.last]!)) return near;
  if (near.first - 1 >= from && /,/.test(tokens[near.first - 1]!.post)) {
    const name = npEndingAt(tokens, near.first - 1, from, lex);
    if (name && isCapitalized(tokens[name.last]!)) return name;
  }
  return near;
}

/** True when a phrase can be a speaker: a name, a pronoun, or a nominal or organization head from the lexicon. */
export function speakerLike(tokens: Token[], np: TokenRange, lex: CueLexicon): boolean {
  const head = tokens[np.last]!;
  if (isCapitalized(head) || has(head, 'Pronoun')) return true;
  if (lex.nonSpeakerHeads.has(head.norm)) return false;
  return speakingHead(head.norm, lex) || has(head, 'Actor');
}

/**
 * `…, Smith said.` / `…, he added on Tuesday.` / `…, said Jo Bell.`: the attribution that closes a
 * stretch of tokens (a sentence): a cue among its last three words with its subject after a comma,
 * or a comma, a cue and a speaker phrase that runs to the end.
 *
 * @returns the cue's first token and the speaker phrase, or null.
 */
export function finalAttribution(tokens: Token[], side: Side, lex: CueLexicon): { cue: number; cueLast: number; speaker: TokenRange } | null {
  for (let k = side.to - 1; k >= side.from + 1 && k >= side.to - 3; k--) {
    const hit = cueAt(tokens, k, side.to, lex);
    if (!hit || hit.speaker !== 'before' || hit.naming || hit.last < side.to - 3) continue;
    const np = subjectBefore(tokens, side.from, k, lex);
    if (!np || np.first <= side.from) return null;
    return /,/.test(tokens[np.first - 1]!.post) ? { cue: k, cueLast: hit.last, speaker: np } : null;
  }
  // `…, said Jo Bell, a teacher.`: a comma, the cue, then the speaker to the end (an appositive may follow)
  for (let k = side.to - 2; k > side.from && k >= side.to - 12; k--) {
    if (!/,/.test(tokens[k - 1]!.post)) continue;
    const hit = cueAt(tokens, k, side.to, lex);
    if (!hit || hit.speaker !== 'before' || hit.naming || separatedAfter(tokens[hit.last]!)) continue;
    const np = npStartingAt(tokens, hit.last + 1, side.to, lex);
    if (!np || has(tokens[np.first]!, 'Pronoun') || !speakerLike(tokens, np, lex)) return null;
    const end = tokens[np.last]!;
    if (np.last === side.to - 1 || /,/.test(end.post)) return { cue: k, cueLast: hit.last, speaker: np };
    return null;
  }
  return null;
}
