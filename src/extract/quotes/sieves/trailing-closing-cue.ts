/**
 * `trailing-closing-cue`: `… "rising prices" are certain for years, said Omar Reyes.`: a cue after a
 * comma later in the words after the quote, its speaker (a name or a nominal) after it.
 */
import type { Sieve } from '../sieve.js';
import { cueAt } from '../cue.js';
import { speakerLike } from '../phrases.js';
import { has, npStartingAt, separatedAfter } from '../tokens.js';
import { cueSpan, trailingAllowed } from './shared.js';

export const trailingClosingCue: Sieve = {
  id: 'trailing-closing-cue',
  stage: 'sentence',
  about: 'A comma, a cue and its speaker later in the sentence after the quote: …, said NAME.',
  examples: [
    {
      text: 'Given the cost of steel, "rising prices" are certain for years, said Omar Reyes at Delta Bank.',
      quote: 'rising prices',
      speaker: 'Omar Reyes',
    },
  ],
  counterExamples: [],
  apply(q, st) {
    if (!trailingAllowed(q, st)) return null;
    const { tokens, lex } = st;
    const side = q.after;
    for (let k = side.from + 1; k < side.to; k++) {
      if (!/,/.test(tokens[k - 1]!.post)) continue;
      const hit = cueAt(tokens, k, side.to, lex);
      if (!hit || hit.speaker !== 'before' || hit.naming || separatedAfter(tokens[hit.last]!)) continue;
      const np = npStartingAt(tokens, hit.last + 1, side.to, lex);
      if (np && !has(tokens[np.first]!, 'Pronoun') && speakerLike(tokens, np, lex)) {
        return { cue: cueSpan(st, hit.first, hit.last), phrase: np };
      }
    }
    return null;
  },
};
