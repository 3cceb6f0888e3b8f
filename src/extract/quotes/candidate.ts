/**
 * Builds the {@link Candidate} of one quote: its two sides within the sentence and the flags every
 * sieve reads (opens its sentence, ends with a full stop, hands over to a trailing attribution).
 * Bounded work per quote (sides are at most `WINDOW` tokens).
 */
import type { ArticleDocument, Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import type { QuoteSpan } from './spans.js';
import type { Candidate } from './sieve.js';
import { sideAfter, sideBefore, type Side } from './phrases.js';
import { cueAt } from './cue.js';
import { opensSentence } from './kinds.js';
import { sentenceEndAfter, tokenAt } from './tokens.js';

/** True when a cue starts at any token of a side. */
export function hasCue(tokens: Token[], side: Side, lex: CueLexicon): boolean {
  for (let k = side.from; k < side.to; k++) if (cueAt(tokens, k, side.to, lex)) return true;
  return false;
}

/**
 * The candidate of quote `index`.
 *
 * @param spans all quote spans of the article, in text order.
 */
export function buildCandidate(doc: ArticleDocument, spans: QuoteSpan[], index: number, lex: CueLexicon): Candidate {
  const tokens = doc.tokens;
  const q = spans[index]!;
  const para = doc.paragraphs[q.paragraph]!;
  const prevQ = spans[index - 1];
  const nextQ = spans[index + 1];
  const samePrev = prevQ && prevQ.paragraph === q.paragraph ? prevQ : undefined;
  const before = sideBefore(tokens, q.open, samePrev ? samePrev.close : para.start);
  const after = q.closed
    ? sideAfter(tokens, q.close, nextQ && nextQ.paragraph === q.paragraph ? nextQ.open : para.end)
    : { from: 0, to: 0 };
  const inner = doc.text.slice(q.start, q.end);
  const boundaryTok = tokens[before.from - 1];
  const boundary = !boundaryTok || boundaryTok.end <= para.start || sentenceEndAfter(boundaryTok) || /:/.test(boundaryTok.post);
  const starts = opensSentence(tokens, before, boundary, lex);
  const fullStop = /\.["'”’]*\s*$/.test(inner) && !/\.\.\.$/.test(inner);
  const handsOver = /[,?!\u2014\u2013-]\s*$/.test(inner) || starts;
  return {
    index,
    span: q,
    inner,
    before,
    after,
    samePrev,
    boundary,
    starts,
    fullStop,
    handsOver,
    leadingCue: !(starts && before.from === before.to) && hasCue(tokens, before, lex),
    first: tokenAt(tokens, q.open),
  };
}
