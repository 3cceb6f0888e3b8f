/**
 * `leading-colon`: `NAME: "…"`: a short phrase that is a name, then a colon, then the quote.
 */
import type { Sieve } from '../sieve.js';
import { has, npEndingAt } from '../tokens.js';

export const leadingColon: Sieve = {
  id: 'leading-colon',
  stage: 'sentence',
  about: 'A name and a colon right before the quote: NAME: "…".',
  examples: [
    { text: 'Minutes later the crowd fell silent.\n\nTom Becker: "We are not going anywhere."', quote: 'We are not going', speaker: 'Tom Becker' },
  ],
  counterExamples: [],
  apply(q, st) {
    const { tokens, lex } = st;
    const side = q.before;
    if (side.from >= side.to || side.to - side.from > 8) return null;
    const lastTok = tokens[side.to - 1]!;
    if (!/:/.test(lastTok.post)) return null;
    const np = npEndingAt(tokens, side.to - 1, side.from, lex);
    if (!np || np.first !== side.from || !has(tokens[np.last]!, 'ProperNoun')) return null;
    const at = lastTok.end + lastTok.post.indexOf(':');
    return { cue: { start: at, end: at + 1, text: ':' }, phrase: np };
  },
};
