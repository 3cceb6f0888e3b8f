/**
 * Attribution inside the quote's own sentence: finds the cue (`said`, `told`, `according to`, a dash)
 * and the speaker's noun phrase around one quoted passage. Speaker phrases are resolved to people,
 * organizations and countries later (`speakers.ts`).
 *
 * Patterns (each a rule below, tried in order):
 * - `"…," NAME said` / `"…," he told reporters` / `"…," NAME, a doctor, said`  (after, subject + cue)
 * - `"…," said NAME` / `"…," said the spokesman`                                (after, cue + subject)
 * - `"…" – NAME`                                                                 (after, dash)
 * - `according to NAME` on either side
 * - `NAME said: "…"` / `NAME said that "…"` / `NAME said Moscow would … "…"`     (before, subject + cue)
 * - `NAME: "…"`                                                                  (before, colon)
 * Context windows are bounded (at most {@link WINDOW} tokens each side), so the cost per quote is constant.
 */
import type { Span, Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
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

/** What the in-sentence rules found for a quote. */
export interface Attribution {
  cue: Span | null;
  /** The speaker's noun phrase (tokens), or null when the cue has no usable subject. */
  speaker: TokenRange | null;
  /** Which rule matched. */
  rule: 'after-subject' | 'after-cue' | 'dash' | 'according' | 'before' | 'colon';
  /** True when the cue is a naming verb (`called`): weaker evidence of speech. */
  naming: boolean;
}

/** A cue found at a token: the tokens it covers and where its speaker stands. */
interface CueHit {
  first: number;
  last: number;
  speaker: 'after' | 'before' | 'none';
  naming: boolean;
}

/**
 * Words that may stand between a subject and its cue verb (`has said`, `also told`, `later told`):
 * adverbs, auxiliaries, modals, negation, and the words of the cue lexicon's `betweenSubjectAndCue`
 * (which the tagger sometimes reads otherwise: `later` as a comparative adjective).
 */
function skippable(t: Token, lex: CueLexicon): boolean {
  return (
    has(t, 'Adverb') || has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Negative') || has(t, 'Copula') ||
    lex.betweenSubjectAndCue.has(t.norm)
  );
}

/** The cue starting at token `k`, if any. */
export function cueAt(tokens: Token[], k: number, hi: number, lex: CueLexicon): CueHit | null {
  const t = tokens[k]!;
  const phrases = lex.phrases.get(t.norm);
  if (phrases) {
    for (const p of phrases) {
      if (k + p.words.length > hi) continue;
      let ok = true;
      for (let w = 1; w < p.words.length && ok; w++) {
        ok = tokens[k + w]!.norm === p.words[w] && !separatedAfter(tokens[k + w - 1]!);
      }
      if (ok) return { first: k, last: k + p.words.length - 1, speaker: p.speaker, naming: false };
    }
  }
  // `Republican claims`, `his warning`, `the said report`: a noun or adjective, not a verb
  const prev = tokens[k - 1];
  if (prev && !separatedAfter(prev) && !lex.betweenSubjectAndCue.has(prev.norm) && // `he later said`: `later` read as an adjective
      (has(prev, 'Adjective') || has(prev, 'Determiner') || has(prev, 'Possessive') ||
       (has(prev, 'Value') && !has(t, 'PastTense')))) return null; // `the two replied` is a cue
  if (!has(t, 'Verb')) {
    // `the United States' military`: a capitalised word inside its sentence is a name, not a cue
    if (isCapitalized(t) && prev && prev.sentence === t.sentence && !sentenceEndAfter(prev)) return null;
    // `a flurry of late-night tweets targeting …`: a plural noun after a common noun, inside its clause,
    // is not a cue (`Johnson tells`, `the narrator asks.` are)
    if (has(t, 'Plural') && has(t, 'Noun') && prev && !separatedAfter(prev) && !isCapitalized(prev) &&
        has(prev, 'Noun') && !has(prev, 'Pronoun') && !has(prev, 'Actor') && !separatedAfter(t)) return null;
  }
  // the tagger sometimes reads a cue as a noun or adjective (`telling worshippers`): lexicon verbs count anyway
  if (lex.verbs.has(t.norm)) return { first: k, last: k, speaker: 'before', naming: false };
  const verbish = has(t, 'Verb') || t.tags.length === 0;
  if (verbish && lex.naming.has(t.norm) && !/-$/.test(t.pre)) return { first: k, last: k, speaker: 'before', naming: true };
  return null;
}

function span(text: string, tokens: Token[], first: number, last: number): Span {
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
function withPrepositions(tokens: Token[], lo: number, np: TokenRange, lex: CueLexicon): TokenRange {
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
const SPEAKER_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with']);

/**
 * `the mother of three said`, `Mr. Morgan of the Sierra Club said`, `a spokesman for the ministry said`:
 * a speaker phrase followed by a prepositional phrase ending at token `j` (at most 6 words): the
 * phrase before the preposition, when it can be a speaker.
 */
function ofPhrase(tokens: Token[], lo: number, j: number, lex: CueLexicon): TokenRange | null {
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
    while (k < c && skippable(tokens[k]!, lex)) k++;
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

/** `according to NAME` inside a side. */
function according(text: string, tokens: Token[], side: Side, lex: CueLexicon): Attribution | null {
  for (let k = side.from; k < side.to; k++) {
    const hit = lex.phrases.has(tokens[k]!.norm) ? cueAt(tokens, k, side.to, lex) : null;
    if (hit && hit.speaker === 'after') {
      const np = npStartingAt(tokens, hit.last + 1, side.to, lex);
      if (np) return { cue: span(text, tokens, hit.first, hit.last), speaker: np, rule: 'according', naming: false };
    }
  }
  return null;
}

/**
 * Attribution from the text after the quote (`"…," NAME said`, `"…," said NAME`, `"…" – NAME`).
 *
 * @param close offset just after the closing mark (or the end of an unclosed quote).
 */
export function attributeAfter(text: string, tokens: Token[], side: Side, close: number, lex: CueLexicon): Attribution | null {
  if (side.from >= side.to) return null;
  // `"…" – NAME` (the dash may be its own token)
  let from = side.from;
  if (/^(?:[\u2014\u2013\u2015]|--)$/.test(tokens[from]!.text.trim())) from++;
  const between = text.slice(close, from < side.to ? tokens[from]!.start : tokens[side.from]!.end);
  const dash = /[\u2014\u2013\u2015]|--/.exec(between);
  if (dash && !/[,.]/.test(between.slice(0, dash.index)) && from < side.to) {
    const np = npStartingAt(tokens, from, side.to, lex);
    // only a name that ends the sentence: `"…" — a metaphor for …` is not an attribution
    if (np && isCapitalized(tokens[np.last]!) && !has(tokens[np.first]!, 'Pronoun') &&
        (np.last + 1 >= side.to || sentenceEndAfter(tokens[np.last]!) || /,/.test(tokens[np.last]!.post))) {
      const at = close + dash.index;
      return { cue: { start: at, end: at + dash[0].length, text: dash[0] }, speaker: np, rule: 'dash', naming: false };
    }
  }
  // `said NAME`
  const c0 = cueAt(tokens, side.from, side.to, lex);
  if (c0 && c0.speaker === 'before' && !c0.naming) {
    let k = c0.last + 1;
    while (k < side.to && has(tokens[k]!, 'Adverb') && !separatedAfter(tokens[k - 1]!)) k++;
    const np = separatedAfter(tokens[c0.last]!) ? null : npStartingAt(tokens, k, side.to, lex);
    if (np) return { cue: span(text, tokens, c0.first, c0.last), speaker: np, rule: 'after-cue', naming: false };
  }
  if (c0 && c0.speaker === 'after') return according(text, tokens, side, lex);
  // `NAME said` / `NAME (R-Ohio), a panel member, said`: a phrase opening the side, then its cue;
  // `"…," as a memo put it`: after `as`
  const opening = tokens[side.from]!.norm === 'as' && side.from + 1 < side.to ? side.from + 1 : side.from;
  const np = npStartingAt(tokens, opening, side.to, lex);
  if (np) {
    let k = np.last + 1;
    // `a narrator in the new ad asks`: one prepositional phrase between the speaker and the cue
    if (k < side.to && SPEAKER_PREPOSITIONS.has(tokens[k]!.norm) && !separatedAfter(tokens[k - 1]!)) {
      const pp = npStartingAt(tokens, k + 1, side.to, lex);
      // the phrase may have swallowed a cue the tagger read as a noun (`the ad asks.`)
      if (pp && pp.last - k <= 6) k = pp.last > k + 1 && cueAt(tokens, pp.last, side.to, lex) ? pp.last : pp.last + 1;
    }
    /** Last token inside a bracket after the name (`NAME (R-Ohio) said`), whose `)` does not separate the cue. */
    let parenEnd = -1;
    if (k < side.to && /\(/.test(tokens[k]!.pre)) {
      while (k < side.to && k < np.last + 8 && !/\)/.test(tokens[k]!.post)) k++;
      parenEnd = k;
      k++;
    }
    if (/,/.test(tokens[k - 1]?.post ?? '')) {
      // an appositive: the cue follows the comma that closes it
      for (let a = k; a < side.to && a < k + 25; a++) {
        if (sentenceEndAfter(tokens[a]!)) break;
        if (!/,/.test(tokens[a]!.post)) continue;
        let c = a + 1;
        while (c < side.to && skippable(tokens[c]!, lex)) c++;
        const hit = c < side.to ? cueAt(tokens, c, side.to, lex) : null;
        if (hit && hit.speaker === 'before') {
          return { cue: span(text, tokens, hit.first, hit.last), speaker: np, rule: 'after-subject', naming: hit.naming };
        }
      }
    } else {
      const open = (i: number) => (i === parenEnd ? /^[.)\s]*$/.test(tokens[i]!.post) : !separatedAfter(tokens[i]!));
      while (k < side.to && skippable(tokens[k]!, lex) && open(k - 1)) k++;
      const hit = k < side.to && open(k - 1) ? cueAt(tokens, k, side.to, lex) : null;
      if (hit && hit.speaker === 'before') {
        return { cue: span(text, tokens, hit.first, hit.last), speaker: np, rule: 'after-subject', naming: hit.naming };
      }
    }
  }
  return according(text, tokens, side, lex) ?? closingCue(text, tokens, side, lex);
}

/**
 * `… had "gone too far" with the plan, said Jo Bell.`: a cue after a comma later in the side,
 * its speaker after it (a name or a nominal).
 */
function closingCue(text: string, tokens: Token[], side: Side, lex: CueLexicon): Attribution | null {
  for (let k = side.from + 1; k < side.to; k++) {
    if (!/,/.test(tokens[k - 1]!.post)) continue;
    const hit = cueAt(tokens, k, side.to, lex);
    if (!hit || hit.speaker !== 'before' || hit.naming || separatedAfter(tokens[hit.last]!)) continue;
    const np = npStartingAt(tokens, hit.last + 1, side.to, lex);
    if (np && !has(tokens[np.first]!, 'Pronoun') && speakerLike(tokens, np, lex)) {
      return { cue: span(text, tokens, hit.first, hit.last), speaker: np, rule: 'after-cue', naming: false };
    }
  }
  return null;
}

/** Attribution from the text before the quote (`NAME said: "…"`, `NAME said … "…"`, `NAME: "…"`). */
export function attributeBefore(text: string, tokens: Token[], side: Side, lex: CueLexicon): Attribution | null {
  if (side.from >= side.to) return null;
  const acc = according(text, tokens, side, lex);
  if (acc) return acc;
  let found: Attribution | null = null;
  for (let k = side.to - 1; k >= side.from; k--) {
    const hit = cueAt(tokens, k, side.to, lex);
    if (!hit || hit.speaker !== 'before') continue;
    const prev = k - 1 >= side.from ? tokens[k - 1] : undefined;
    // `…, saying "…"` and `… and vowed "…"`: the subject of the sentence
    const ing = /ing$/.test(tokens[k]!.norm);
    const conjoined = prev !== undefined && (prev.norm === 'and' || prev.norm === 'but');
    let np: TokenRange | null = null;
    if ((ing && (!prev || /,/.test(prev.post))) || conjoined) {
      np = sentenceSubject(tokens, side, k, lex);
    } else if (prev?.norm === 'who' && k - 1 > side.from) {
      // `… by Lars Dahl, a councillor, who said the cost was "…"`: the relative pronoun's antecedent
      np = relativeAntecedent(tokens, side.from, k - 1, lex);
    } else {
      np = subjectBefore(tokens, side.from, hit.first, lex);
      // `a boy ran along the line of tractors shouting "…"`: a thing before a participle is no speaker
      if (ing && np && !speakerLike(tokens, np, lex)) np = sentenceSubject(tokens, side, k, lex);
    }
    if (!np && !hit.naming && /[:,]/.test(tokens[side.to - 1]!.post) && (k === side.from || /,/.test(tokens[k - 1]!.post))) {
      // `Said Ellis: "…"`, `Added the mayor, "…"`: the cue, then its speaker, then the quote
      const inv = npStartingAt(tokens, hit.last + 1, side.to, lex);
      if (inv && inv.last === side.to - 1 && speakerLike(tokens, inv, lex)) {
        return { cue: span(text, tokens, hit.first, hit.last), speaker: inv, rule: 'before', naming: false };
      }
    }
    if (!np) continue;
    if (!speakerLike(tokens, np, lex)) {
      if (hit.naming) continue;
      // `Protesters marching through the streets chanted "…"`: the subject of the sentence when it is a speaker
      const subj = sentenceSubject(tokens, side, k, lex);
      if (subj && subj.last < np.first && speakerLike(tokens, subj, lex)) np = subj;
    }
    const a: Attribution = { cue: span(text, tokens, hit.first, hit.last), speaker: np, rule: 'before', naming: hit.naming };
    // `Northgate said that it did not comment on "…"`: prefer the main cue whose subject is not a pronoun
    if (np.first === np.last && has(tokens[np.first]!, 'Pronoun') && !found) {
      found = a;
      continue;
    }
    return a;
  }
  if (found) return found;
  // `Jo Bell "strongly condemned" the plan`: a name opening the sentence, the quote opening with its cue verb
  const v = tokens[side.to] && has(tokens[side.to]!, 'Adverb') ? side.to + 1 : side.to;
  const inside = tokens[v];
  if (inside && side.to - side.from <= 6 && lex.verbs.has(inside.norm) && /ed$/.test(inside.norm)) {
    const np = npEndingAt(tokens, side.to - 1, side.from, lex);
    if (np && np.first === side.from && isCapitalized(tokens[np.last]!) && /^\s*["“‘']?\s*$/.test(tokens[np.last]!.post)) {
      return { cue: span(text, tokens, v, v), speaker: np, rule: 'before', naming: false };
    }
  }
  // `NAME: "…"`
  const lastTok = tokens[side.to - 1]!;
  if (/:/.test(lastTok.post) && side.to - side.from <= 8) {
    const np = npEndingAt(tokens, side.to - 1, side.from, lex);
    if (np && np.first === side.from && has(tokens[np.last]!, 'ProperNoun')) {
      const at = lastTok.end + lastTok.post.indexOf(':');
      return { cue: { start: at, end: at + 1, text: ':' }, speaker: np, rule: 'colon', naming: false };
    }
  }
  return null;
}

/**
 * The antecedent of a relative `who` at token `who`: the phrase just before it, or, when that is an
 * appositive between commas (`Lars Dahl, a councillor, who`), the name before the appositive.
 */
function relativeAntecedent(tokens: Token[], from: number, who: number, lex: CueLexicon): TokenRange | null {
  const near = npEndingAt(tokens, who - 1, from, lex);
  if (!near || isCapitalized(tokens[near.last]!)) return near;
  if (near.first - 1 >= from && /,/.test(tokens[near.first - 1]!.post)) {
    const name = npEndingAt(tokens, near.first - 1, from, lex);
    if (name && isCapitalized(tokens[name.last]!)) return name;
  }
  return near;
}

/** True when a phrase can be a speaker: a name, a pronoun, or a nominal or organization head from the lexicon. */
function speakerLike(tokens: Token[], np: TokenRange, lex: CueLexicon): boolean {
  const head = tokens[np.last]!;
  if (isCapitalized(head) || has(head, 'Pronoun')) return true;
  return lex.nominalSingular.has(head.norm) || lex.nominalPlural.has(head.norm) || lex.organizationHeads.has(head.norm);
}
