/**
 * `leading-inverted`: `Said Ellis: "…"` / `Added the mayor, "…"`: the cue, then its speaker, then a
 * colon or comma and the quote.
 */
import type { Sieve } from '../sieve.js';
import { cueAt } from '../cue.js';
import { speakerLike } from '../phrases.js';
import { npStartingAt } from '../tokens.js';
import { cueSpan } from './shared.js';

export const leadingInverted: Sieve = {
  id: 'leading-inverted',
  stage: 'sentence',
  about: 'Cue, speaker, then a colon or comma before the quote: Said NAME: "…".',
  examples: [
    { text: 'The budget is tight. Said Corwin: "We will manage somehow."', quote: 'We will manage', speaker: 'Corwin' },
  ],
  counterExamples: [],
  apply(q, st) {
    const { tokens, lex } = st;
    const side = q.before;
    if (side.from >= side.to || !/[:,]/.test(tokens[side.to - 1]!.post)) return null;
    for (let k = side.to - 2; k >= side.from; k--) {
      if (k !== side.from && !/,/.test(tokens[k - 1]!.post)) continue;
      const hit = cueAt(tokens, k, side.to, lex);
      if (!hit || hit.speaker !== 'before' || hit.naming) continue;
      const inv = npStartingAt(tokens, hit.last + 1, side.to, lex);
      if (inv && inv.last === side.to - 1 && speakerLike(tokens, inv, lex)) return { cue: cueSpan(st, hit.first, hit.last), phrase: inv };
    }
    return null;
  },
};
