/**
 * `sentence-between`: `"A," he said. Then Smith spoke. "B."`: a sentence of its own between two
 * quotes of a paragraph names the speaker of the second (its attribution or its subject), unless it
 * is the first quote's own attribution (`"A," he said. "B."`).
 */
import type { Sieve } from '../sieve.js';
import { tokenAt } from '../tokens.js';
import { previousSentence, speakerOfSentence } from './previous-sentence.js';

export const sentenceBetween: Sieve = {
  id: 'sentence-between',
  stage: 'context',
  about: 'A sentence between two quotes of a paragraph names the speaker of the second.',
  examples: [
    {
      text: '"Rates will rise," Lene Brun said. Her rival, Ake Dahl, disagreed with the forecast. "They will fall."',
      quote: 'They will fall',
      speaker: 'Ake Dahl',
    },
  ],
  counterExamples: [],
  apply(q, st) {
    const prev = q.samePrev;
    if (!prev || !q.starts || q.span.continues) return null;
    const side = previousSentence(st, tokenAt(st.tokens, q.span.open), prev.close);
    if (!side || side.from >= side.to) return null;
    const prevCue = st.found[q.index - 1]?.cue;
    if (prevCue && prevCue.start >= st.tokens[side.from]!.start) return null;
    const named = speakerOfSentence(st, side, q.span.paragraph, q.first);
    return named ? { cue: named.cue, carried: named.speaker } : null;
  },
};
