/**
 * `later-paragraph` (backward pass): a multi-paragraph quote attributed only in a later paragraph
 * (`"First part.` ¶ `"Second part," she said.`): its earlier paragraphs take that speaker.
 */
import type { Sieve } from '../sieve.js';

export const laterParagraph: Sieve = {
  id: 'later-paragraph',
  stage: 'backward',
  about: 'An unattributed paragraph of a multi-paragraph quote takes the speaker its continuation names.',
  examples: [
    {
      text: 'The vote was close.\n\n"We lost by a hair.\n\n"But we will be back," said Nils Brede.',
      quote: 'We lost by a hair',
      speaker: 'Nils Brede',
    },
  ],
  counterExamples: [],
  apply(q, st) {
    const next = st.quotes[q.index + 1];
    const nextSpan = st.spans[q.index + 1];
    if (!next || !nextSpan?.continues || !next.speaker) return null;
    return { cue: null, carried: next.speaker };
  },
};
