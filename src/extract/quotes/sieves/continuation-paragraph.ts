/**
 * `continuation-paragraph`: a paragraph that opens with a quote and has no attribution of its own
 * continues the quotes of the paragraph before it: same speaker.
 */
import type { Sieve } from '../sieve.js';

export const continuationParagraph: Sieve = {
  id: 'continuation-paragraph',
  stage: 'context',
  about: 'A paragraph that is only a quote, right after a quoted paragraph, has that paragraph\'s last speaker.',
  examples: [
    { text: '"The river rose overnight," said Tom Becker.\n\n"Nobody expected it to come so fast."', quote: 'Nobody expected', speaker: 'Tom Becker' },
  ],
  counterExamples: [
    {
      text: '"The river rose overnight," said Tom Becker.\n\n«Personne ne l\'attendait», a déclaré Jean Ferrand.',
      quote: 'Personne',
      speaker: undefined,
    },
  ],
  apply(q, st) {
    const para = st.doc.paragraphs[q.span.paragraph]!;
    if (st.lastInParagraph.get(q.span.paragraph) !== undefined || q.span.open !== para.start) return null;
    const prev = st.lastInParagraph.get(q.span.paragraph - 1);
    if (prev === undefined || !st.quotes[prev]!.speaker) return null;
    return { cue: null, carried: st.quotes[prev]!.speaker };
  },
};
