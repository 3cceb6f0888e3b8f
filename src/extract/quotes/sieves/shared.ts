/**
 * Small helpers the sieves share: the span of a cue, and when the text after a quote may attribute it.
 */
import type { Span } from '../../../types.js';
import type { AttributionState, Candidate } from '../sieve.js';
import { tokenSpan } from '../phrases.js';

/** The span of tokens [first, last]. */
export function cueSpan(st: AttributionState, first: number, last: number): Span {
  return tokenSpan(st.text, st.tokens, first, last);
}

/**
 * True when the words after the quote may attribute it: the quote is closed, it hands over to them
 * (ends in `,` `?` `!` or a dash, or opens its sentence) or nothing before it holds a cue, a full stop
 * inside the marks is followed by a short tail only (`"…." he said`), and the tail does not end in a
 * colon (`The mayor then says:` introduces the next quote).
 *
 * @param dash the pattern is a dash attribution (`"…" – NAME`), which may follow a full stop.
 */
export function trailingAllowed(q: Candidate, st: AttributionState, dash = false): boolean {
  const { after } = q;
  if (!q.span.closed || after.from >= after.to) return false;
  if (!q.handsOver && q.leadingCue) return false;
  if (q.fullStop && !dash && after.to - after.from > 5) return false;
  return !/:/.test(st.tokens[after.to - 1]!.post);
}
