/**
 * `according-to`: `According to Lena Fischer, "…"` / `"…", according to the ministry` / `in the words
 * of NAME`: a cue phrase whose speaker follows it, on either side of the quote (before it first).
 */
import type { Sieve } from '../sieve.js';
import { cueAt } from '../cue.js';
import type { Side } from '../phrases.js';
import { npStartingAt } from '../tokens.js';
import type { AttributionState, Found } from '../sieve.js';
import { cueSpan, trailingAllowed } from './shared.js';

/** `according to NAME` inside a stretch of tokens. */
export function accordingIn(side: Side, st: AttributionState): Found | null {
  const { tokens, lex } = st;
  for (let k = side.from; k < side.to; k++) {
    const hit = lex.phrases.has(tokens[k]!.norm) ? cueAt(tokens, k, side.to, lex) : null;
    if (hit && hit.speaker === 'after') {
      const np = npStartingAt(tokens, hit.last + 1, side.to, lex);
      if (np) return { cue: cueSpan(st, hit.first, hit.last), phrase: np };
    }
  }
  return null;
}

export const accordingTo: Sieve = {
  id: 'according-to',
  stage: 'sentence',
  about: 'according to NAME (or in the words of NAME) before the quote, or after it when no cue stands before it.',
  examples: [
    { text: 'According to Lena Fischer, "the plan is dead."', quote: 'the plan is dead', speaker: 'Lena Fischer' },
    { text: 'The plan is "dead and buried", according to Lena Fischer.', quote: 'dead and buried', speaker: 'Lena Fischer' },
  ],
  counterExamples: [],
  apply(q, st) {
    return accordingIn(q.before, st) ?? (trailingAllowed(q, st) && !q.leadingCue ? accordingIn(q.after, st) : null);
  },
};
