/**
 * `leading-verb-in-quote`: `Jo Bell "strongly condemned" the plan`: a name opening the sentence,
 * the quote opening with its cue verb.
 */
import type { Sieve } from '../sieve.js';
import { has, isCapitalized, npEndingAt } from '../tokens.js';
import { cueSpan } from './shared.js';

export const leadingVerbInQuote: Sieve = {
  id: 'leading-verb-in-quote',
  stage: 'sentence',
  about: 'A name opening the sentence right before a quote that starts with a cue verb: NAME "condemned" ….',
  examples: [
    { text: 'Mara Olsen "strongly condemned" the closure of the library on Monday.', quote: 'strongly condemned', speaker: 'Mara Olsen' },
  ],
  counterExamples: [],
  apply(q, st) {
    const { tokens, lex } = st;
    const side = q.before;
    if (side.from >= side.to || side.to - side.from > 6) return null;
    const v = tokens[side.to] && has(tokens[side.to]!, 'Adverb') ? side.to + 1 : side.to;
    const inside = tokens[v];
    if (!inside || !lex.verbs.has(inside.norm) || !/ed$/.test(inside.norm)) return null;
    const np = npEndingAt(tokens, side.to - 1, side.from, lex);
    if (!np || np.first !== side.from || !isCapitalized(tokens[np.last]!) || !/^\s*["“‘']?\s*$/.test(tokens[np.last]!.post)) return null;
    return { cue: cueSpan(st, v, v), phrase: np };
  },
};
