/**
 * Quotation extraction and speaker attribution, stage by stage:
 *
 * 1. `spans.ts` — pair quote marks paragraph by paragraph (top-level passages only);
 * 2. `attribution.ts` — cue and speaker phrase in the quote's own sentence;
 * 3. `kinds.ts` — direct / partial / scare;
 * 4. here — speakers from context when the sentence gives none: the previous quote of the paragraph,
 *    the previous quote paragraph (continuation paragraphs and multi-paragraph quotes), or the subject
 *    of the previous sentence (`NAME was defiant. "…"`);
 * 5. `speakers.ts` — resolution of names, nominals and pronouns.
 */
import type { ArticleDocument, Quote, Speaker, Token } from '../../types.js';
import type { Lexicon } from '../../lexicons/index.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import type { Entities } from '../entities/index.js';
import { findQuoteSpans, type QuoteSpan } from './spans.js';
import {
  attributeAfter, attributeBefore, cueAt, sideAfter, sideBefore, subjectBefore, type Attribution, type Side,
} from './attribution.js';
import { classify, opensSentence } from './kinds.js';
import { buildReferents } from './people.js';
import { createSpeakerContext, remember, resolveSpeaker, type SpeakerContext } from './speakers.js';
import { has, isCapitalized, npStartingAt, sentenceEndAfter, tokenAt, type TokenRange } from './tokens.js';
import { transcriptLabel } from './labels.js';

/** Picks the in-sentence attribution: after the quote when it ends in `,` `?` `!` or opens its sentence, else before. */
function chooseAttribution(
  inner: string, after: Attribution | null, before: Attribution | null, startsSentence: boolean,
): Attribution | null {
  const handsOver = /[,?!\u2014\u2013-]\s*$/.test(inner) || startsSentence;
  if (after && after.rule !== 'according' && handsOver) return after;
  return before ?? after;
}

/** True when a cue stands in a side (a quote with an unresolved cue takes no speaker from context). */
function hasCue(tokens: Token[], side: Side, lex: CueLexicon): boolean {
  for (let k = side.from; k < side.to; k++) if (cueAt(tokens, k, side.to, lex)) return true;
  return false;
}

/** Tokens of the sentence before token `idx` (exclusive), not before offset `bound`. */
function previousSentence(tokens: Token[], idx: number, bound: number): Side | null {
  const to = idx;
  if (to <= 0 || tokens[to - 1]!.start < bound) return null;
  let from = to - 1;
  while (from > 0 && to - from < 40) {
    const t = tokens[from - 1]!;
    if (t.start < bound || sentenceEndAfter(t)) break;
    from--;
  }
  return { from, to };
}

/**
 * `…, Smith said.` / `…, he added on Tuesday.`: a sentence whose last words (a cue, at most two words
 * after it) attribute it, the subject standing after a comma: the cue token and the subject.
 */
function finalAttribution(tokens: Token[], prev: Side, lex: CueLexicon): { cue: number; speaker: TokenRange } | null {
  for (let k = prev.to - 1; k >= prev.from + 1 && k >= prev.to - 3; k--) {
    const hit = cueAt(tokens, k, prev.to, lex);
    if (!hit || hit.speaker !== 'before' || hit.naming || hit.last < prev.to - 3) continue;
    const np = subjectBefore(tokens, prev.from, k, lex);
    if (!np || np.first <= prev.from) return null;
    return /,/.test(tokens[np.first - 1]!.post) ? { cue: k, speaker: np } : null;
  }
  return null;
}

/** `His former partner at the firm, Jo Smith, called …`: the name in apposition after a nominal subject. */
function appositiveName(tokens: Token[], np: TokenRange, hi: number, lex: CueLexicon): TokenRange | null {
  for (let k = np.last; k < hi && k <= np.last + 8; k++) {
    if (sentenceEndAfter(tokens[k]!)) return null;
    if (!/,/.test(tokens[k]!.post)) continue;
    const name = npStartingAt(tokens, k + 1, hi, lex);
    return name && isCapitalized(tokens[name.last]!) && /,/.test(tokens[name.last]!.post) ? name : null;
  }
  return null;
}

/**
 * The sentence right before the quote opening at `to`, after the previous quote (closing at `from`),
 * unless it holds that quote's own attribution (`"A," he said. "B."`); else null.
 */
function sentenceBetween(tokens: Token[], from: number, to: number, prevAttr: Attribution | null): Side | null {
  const side = previousSentence(tokens, tokenAt(tokens, to), from);
  if (!side || side.from >= side.to) return null;
  if (prevAttr?.cue && prevAttr.cue.start >= tokens[side.from]!.start) return null;
  return side;
}

/** `NAME was defiant. "…"` / `Smith said:` ¶ `"…"`: the speaker from the sentence before the quote. */
function speakerFromPreviousSentence(
  ctx: SpeakerContext, prev: Side, paragraph: number, lex: CueLexicon,
): { speaker: Speaker; cue: Attribution['cue'] } | null {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const last = tokens[prev.to - 1]!;
  if (/:/.test(last.post)) {
    const a = attributeBefore(doc.text, tokens, prev, lex);
    if (a?.speaker) {
      const s = resolveSpeaker(ctx, a.speaker, paragraph);
      if (s) return { speaker: s, cue: a.cue };
    }
  }
  // `The plan may fail, Smith said. "…"`: a sentence ending in its own attribution
  const tail = finalAttribution(tokens, prev, lex);
  if (tail) {
    const s = resolveSpeaker(ctx, tail.speaker, paragraph);
    if (s) return { speaker: s, cue: { start: tokens[tail.cue]!.start, end: tokens[tail.cue]!.end, text: tokens[tail.cue]!.text } };
  }
  let np = npStartingAt(tokens, prev.from, prev.to, lex);
  if (!np) return null;
  const h = tokens[np.last]!;
  if (!isCapitalized(h) || (has(h, 'Pronoun') && !lex.pronouns.has(h.norm))) np = appositiveName(tokens, np, prev.to, lex) ?? np;
  const head = tokens[np.last]!;
  const pronoun = np.first === np.last && has(head, 'Pronoun');
  if (pronoun && !['he', 'she'].includes(head.norm)) return null;
  const s = resolveSpeaker(ctx, np, paragraph);
  if (!s || s.type !== 'person' || (!pronoun && !isCapitalized(head))) return null;
  return { speaker: s, cue: null };
}

/**
 * `A spokeswoman for the agency said it was looking. "We are …," she said.`: a he/she that finds no
 * person takes the nominal speaker of the sentence before the quote (this or the previous paragraph).
 */
function nominalBeforePronoun(ctx: SpeakerContext, r: TokenRange, first: number, paragraph: number): Speaker | null {
  const { doc, lex } = ctx;
  const tokens = doc.tokens;
  const pron = tokens[r.first]!;
  if (r.first !== r.last || !['he', 'she'].includes(pron.norm)) return null;
  const bound = doc.paragraphs[paragraph - 1]?.start ?? doc.paragraphs[paragraph]!.start;
  const prev = previousSentence(tokens, first, bound);
  const a = prev ? attributeBefore(doc.text, tokens, prev, lex) : null;
  if (!a?.speaker || (a.speaker.first === a.speaker.last && has(tokens[a.speaker.first]!, 'Pronoun'))) return null;
  const s = resolveSpeaker(ctx, a.speaker, paragraph);
  return s && s.type === 'nominal' ? { ...s, start: pron.start, end: pron.end, text: pron.text } : null;
}

/**
 * Finds the quotations of a tagged document and attributes each to its speaker.
 *
 * @param doc a document whose `tokens` are filled.
 * @param entities the people, organizations and countries already found (speakers resolve to them).
 * @param lexicon the loaded lexicon (cue verbs among others, `lexicon.cues`).
 * @returns quotes in text order; `start`/`end` are the text inside the marks.
 * Linear in the text length: every quote looks at a bounded window of tokens.
 */
export function extractQuotes(doc: ArticleDocument, entities: Entities, lexicon: Lexicon): Quote[] {
  const lex = lexicon.cues;
  const tokens = doc.tokens;
  const spans = findQuoteSpans(doc.text, doc.paragraphs, lex.elisions);
  const ctx = createSpeakerContext(doc, lex, buildReferents(doc, entities, lex));
  const quotes: Quote[] = [];
  /** Index of the last quote of each paragraph seen so far. */
  const lastInParagraph = new Map<number, number>();
  /** The in-sentence attribution of each quote. */
  const attrs: Array<Attribution | null> = [];
  /** Index of the last quote of each paragraph that is not a scare quote. */
  const lastSpoken = new Map<number, number>();

  spans.forEach((q: QuoteSpan, qi) => {
    const para = doc.paragraphs[q.paragraph]!;
    const prevQ = spans[qi - 1];
    const nextQ = spans[qi + 1];
    const samePrev = prevQ && prevQ.paragraph === q.paragraph ? prevQ : undefined;
    const before = sideBefore(tokens, q.open, samePrev ? samePrev.close : para.start);
    const after = q.closed
      ? sideAfter(tokens, q.close, nextQ && nextQ.paragraph === q.paragraph ? nextQ.open : para.end)
      : { from: 0, to: 0 };
    const inner = doc.text.slice(q.start, q.end);
    const boundaryTok = tokens[before.from - 1];
    const boundary = !boundaryTok || boundaryTok.end <= para.start || sentenceEndAfter(boundaryTok) || /:/.test(boundaryTok.post);
    const starts = opensSentence(tokens, before, boundary, lex);
    // `"…ends here." But the next sentence …`: after a full stop inside the marks, only an attribution
    // right after the quote counts (`"…." he said`), not the next sentence
    const fullStop = /\.["'”’]*\s*$/.test(inner) && !/\.\.\.$/.test(inner);
    const attrAfter = attributeAfter(doc.text, tokens, after, q.close, lex);
    const shortTail = after.to - after.from <= 5 || attrAfter?.rule === 'dash';
    const attrA = fullStop && !shortTail ? null : attrAfter;
    const attrB = starts && before.from === before.to ? null : attributeBefore(doc.text, tokens, before, lex);
    let attr = chooseAttribution(inner, attrA, attrB, starts);
    // `"SMITH: We will …`: a transcript turn names its own speaker
    const label = q.open === para.start ? transcriptLabel(ctx, q.start, inner) : null;
    if (label) {
      const at = q.start + label.text.length;
      attr = null;
      attrs.push(null);
      remember(ctx, label, q.paragraph);
      quotes.push({
        start: q.start, end: q.end, text: inner, kind: 'direct', cue: { start: at, end: at + 1, text: ':' }, speaker: label, closed: q.closed,
      });
      lastInParagraph.set(q.paragraph, qi);
      lastSpoken.set(q.paragraph, qi);
      return;
    }
    // `Cruz called Trump a "liar" who is "amoral"`: a quote after another in the same sentence shares its attribution
    const sameSentence = samePrev && !boundary;
    if (!attr && sameSentence && attrs[qi - 1]?.speaker) attr = attrs[qi - 1]!;
    attrs.push(attr);
    const cueLast = attr?.cue && attr.cue.end <= q.open ? tokenAt(tokens, attr.cue.end) - 1 : null;
    const kind = classify(tokens, inner, before, starts, attr?.speaker != null, cueLast, lex);
    if (kind === 'scare') attr = null;

    let speaker: Speaker | null = null;
    let cue = attr?.cue ?? null;
    if (attr?.speaker) speaker = resolveSpeaker(ctx, attr.speaker, q.paragraph);
    if (!speaker && attr?.speaker) speaker = nominalBeforePronoun(ctx, attr.speaker, tokenAt(tokens, q.open), q.paragraph);
    const cueNearby = (!fullStop && hasCue(tokens, after, lex)) || (!starts && hasCue(tokens, before, lex));
    if (!speaker && kind !== 'scare' && !attr && !cueNearby) {
      let prevQuote = qi > 0 ? quotes[qi - 1] : undefined;
      const prevInPara = lastInParagraph.get(q.paragraph);
      const prevParaQuote = lastInParagraph.get(q.paragraph - 1);
      // a title or scare term in between (`"A," Smith said on "Face the Nation." "B."`) does not break the chain
      const spoken = lastSpoken.get(q.paragraph);
      const scareBetween = samePrev !== undefined && prevQuote?.kind === 'scare';
      if (scareBetween && spoken !== undefined) prevQuote = quotes[spoken];
      // `"A," he said. Then Smith spoke. "B."`: a sentence of its own between the quotes may name another speaker
      const between = samePrev && starts && !q.continues ? sentenceBetween(tokens, samePrev.close, q.open, attrs[qi - 1] ?? null) : null;
      const named = between ? speakerFromPreviousSentence(ctx, between, q.paragraph, lex) : null;
      if (named) {
        speaker = named.speaker;
        cue = named.cue;
      } else if ((q.continues || (samePrev && starts)) && prevQuote?.speaker) {
        speaker = prevQuote.speaker; // multi-paragraph or run-together quote; `"A," he said. "B."`
        cue = prevQuote.cue;
      } else if (prevInPara === undefined && q.open === para.start && prevParaQuote !== undefined) {
        speaker = quotes[prevParaQuote]!.speaker; // a continuation paragraph
      } else if (starts && (!samePrev || (scareBetween && spoken === undefined))) {
        const first = tokenAt(tokens, q.open);
        const bound = q.open === para.start ? (doc.paragraphs[q.paragraph - 1]?.start ?? para.start) : para.start;
        const prevQuoteEnd = prevQuote ? spans[qi - 1]!.close : 0;
        const prev = previousSentence(tokens, first, Math.max(bound, prevQuoteEnd));
        const found = prev ? speakerFromPreviousSentence(ctx, prev, q.paragraph, lex) : null;
        if (found) {
          speaker = found.speaker;
          cue = found.cue;
        }
      }
    }
    if (speaker) remember(ctx, speaker, q.paragraph);
    quotes.push({
      start: q.start, end: q.end, text: inner, kind, cue: speaker || kind !== 'scare' ? cue : null, speaker, closed: q.closed,
    });
    lastInParagraph.set(q.paragraph, qi);
    if (kind !== 'scare') lastSpoken.set(q.paragraph, qi);
  });

  // a multi-paragraph quote attributed only in a later paragraph: its first paragraphs take that speaker
  for (let i = spans.length - 1; i > 0; i--) {
    if (spans[i]!.continues && quotes[i]!.speaker && !quotes[i - 1]!.speaker && quotes[i - 1]!.kind !== 'scare') {
      quotes[i - 1]!.speaker = quotes[i]!.speaker;
    }
  }
  return quotes;
}
