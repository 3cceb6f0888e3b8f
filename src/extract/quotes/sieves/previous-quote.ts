/**
 * `previous-quote`: a quote that continues the one before it (a multi-paragraph quote, paragraphs run
 * together on one line, or `"A," he said. "B."`) has its speaker. A scare quote or title in between
 * (`"A," Smith said on "Face the Nation." "B."`) does not break the chain.
 */
import type { Sieve } from '../sieve.js';

export const previousQuote: Sieve = {
  id: 'previous-quote',
  stage: 'context',
  about: 'A quote continuing the one before it (next paragraph, run-on paragraph, "A," he said. "B.") has its speaker.',
  examples: [
    { text: '"We are tired," Lena Fischer said. "But we will stay."', quote: 'But we will stay', speaker: 'Lena Fischer' },
    {
      text: 'Ruth Adler said: "The water came at night.\n\n"We carried the children upstairs.',
      quote: 'We carried',
      speaker: 'Ruth Adler',
    },
    {
      text: '"We lost the final," Jon Aske said on "Sports Tonight." "But next year is ours."',
      quote: 'But next year',
      speaker: 'Jon Aske',
    },
  ],
  counterExamples: [],
  apply(q, st) {
    if (!(q.span.continues || (q.samePrev && q.starts))) return null;
    let prev = st.quotes[q.index - 1];
    const spoken = st.lastSpoken.get(q.span.paragraph);
    if (q.samePrev && prev?.kind === 'scare' && spoken !== undefined) prev = st.quotes[spoken];
    return prev?.speaker ? { cue: prev.cue, carried: prev.speaker } : null;
  },
};
