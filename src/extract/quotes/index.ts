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
import { attributeAfter, attributeBefore, cueAt, sideAfter, sideBefore, type Attribution, type Side } from './attribution.js';
import { classify, opensSentence } from './kinds.js';
import { buildReferents } from './people.js';
import { createSpeakerContext, remember, resolveSpeaker, type SpeakerContext } from './speakers.js';
import { has, isCapitalized, npStartingAt, sentenceEndAfter, tokenAt } from './tokens.js';

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
  const np = npStartingAt(tokens, prev.from, prev.to, lex);
  if (!np) return null;
  const head = tokens[np.last]!;
  const pronoun = np.first === np.last && has(head, 'Pronoun');
  if (pronoun && !['he', 'she'].includes(head.norm)) return null;
  const s = resolveSpeaker(ctx, np, paragraph);
  if (!s || s.type !== 'person' || (!pronoun && !isCapitalized(head))) return null;
  return { speaker: s, cue: null };
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
    const cueNearby = (!fullStop && hasCue(tokens, after, lex)) || (!starts && hasCue(tokens, before, lex));
    if (!speaker && kind !== 'scare' && !attr && !cueNearby) {
      const prevQuote = qi > 0 ? quotes[qi - 1] : undefined;
      const prevInPara = lastInParagraph.get(q.paragraph);
      const prevParaQuote = lastInParagraph.get(q.paragraph - 1);
      if ((q.continues || (samePrev && starts)) && prevQuote?.speaker) {
        speaker = prevQuote.speaker; // multi-paragraph or run-together quote; `"A," he said. "B."`
        cue = prevQuote.cue;
      } else if (prevInPara === undefined && q.open === para.start && prevParaQuote !== undefined) {
        speaker = quotes[prevParaQuote]!.speaker; // a continuation paragraph
      } else if (starts && !samePrev) {
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
  });

  // a multi-paragraph quote attributed only in a later paragraph: its first paragraphs take that speaker
  for (let i = spans.length - 1; i > 0; i--) {
    if (spans[i]!.continues && quotes[i]!.speaker && !quotes[i - 1]!.speaker && quotes[i - 1]!.kind !== 'scare') {
      quotes[i - 1]!.speaker = quotes[i]!.speaker;
    }
  }
  return quotes;
}
