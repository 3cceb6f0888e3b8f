/**
 * `same-sentence`: `Cruz called Trump a "liar" who is "amoral"`: a quote after another in the same
 * sentence, with no attribution of its own, shares the attribution of the one before it.
 */
import type { Sieve } from '../sieve.js';

export const sameSentence: Sieve = {
  id: 'same-sentence',
  stage: 'sentence',
  about: 'A later quote of the same sentence shares the earlier quote\'s attribution.',
  examples: [
    { text: 'Ruth Ames called the plan a "disgrace" and the fee "far too steep".', quote: 'far too steep', speaker: 'Ruth Ames' },
  ],
  counterExamples: [],
  apply(q, st) {
    if (!q.samePrev || q.boundary) return null;
    const prev = st.found[q.index - 1];
    return prev && (prev.phrase || prev.carried) ? { ...prev, kind: undefined } : null;
  },
};
