/**
 * `transcript-label`: `"SMITH: We will …` / `"Smith: We will …`: a quote that opens its paragraph
 * with a speaker label and a colon is that speaker's turn (a direct quote); see `labels.ts`.
 */
import type { Sieve } from '../sieve.js';
import { transcriptLabel } from '../labels.js';

export const transcriptLabelSieve: Sieve = {
  id: 'transcript-label',
  stage: 'sentence',
  about: 'A quote opening its paragraph with LABEL: is the labelled speaker\'s turn.',
  examples: [
    {
      text: 'Transcript of the call:\n\n"HOLM: Where were you on Monday night?\n\n"BRACK: At home with my sister.',
      quote: 'BRACK: At home',
      speaker: 'Brack',
    },
  ],
  counterExamples: [
    { text: '"UPDATE: The road has reopened after the storm.', quote: 'UPDATE: The road', speaker: null },
  ],
  apply(q, st) {
    if (q.span.open !== st.doc.paragraphs[q.span.paragraph]!.start) return null;
    const label = transcriptLabel(st.mentions, st.lex, q.span.start, q.inner);
    if (!label) return null;
    const at = q.span.start + label.text.length;
    return { cue: { start: at, end: at + 1, text: ':' }, carried: label, kind: 'direct' };
  },
};
