/**
 * `sentence-final-cue`: `It was a "major breakthrough" in the talks, Mr Ode said.` / `His only
 * "motivation" was to win, he insisted.` / `…, said Jo Bell.`: an attribution that closes the
 * quote's sentence covers every quote in that sentence.
 */
import type { Sieve } from '../sieve.js';
import { finalAttribution, WINDOW } from '../phrases.js';
import { tokenAt } from '../tokens.js';
import { cueSpan } from './shared.js';

export const sentenceFinalCue: Sieve = {
  id: 'sentence-final-cue',
  stage: 'sentence',
  about: 'A cue and speaker closing the sentence (", NAME said.") attribute every quote before them in it.',
  examples: [
    { text: 'It was a "major breakthrough" in the talks, Mr Ode said.', quote: 'major breakthrough', speaker: 'Ode' },
    {
      text: 'Mr Ode spoke in Leeds. His only "motivation" was to win the vote, he insisted.',
      quote: 'motivation',
      speaker: 'Ode',
    },
    {
      text: 'Voters face a "clear choice" at the election, either "more waste" or lower taxes, Tom Vance said.',
      quote: 'clear choice',
      speaker: 'Tom Vance',
    },
  ],
  counterExamples: [
    { text: 'Ann Lee said: "We lost the house." The council denied the claims, a spokesman said.', quote: 'We lost the house', speaker: 'Ann Lee' },
  ],
  apply(q, st) {
    const { tokens } = st;
    if (!q.span.closed) return null;
    const from = tokenAt(tokens, q.span.close);
    const inside = tokens[tokenAt(tokens, q.span.start)];
    if (from >= tokens.length || !inside) return null;
    const sentence = tokens[from - 1]?.sentence ?? inside.sentence;
    if (tokens[from]!.sentence !== sentence) return null; // the quote ends its sentence
    let to = from;
    while (to < tokens.length && to - from < 2 * WINDOW && tokens[to]!.sentence === sentence) to++;
    if (to - from >= 2 * WINDOW || tokens[to - 1]!.end > st.doc.paragraphs[q.span.paragraph]!.end) return null;
    const fin = finalAttribution(tokens, { from, to }, st.lex);
    if (!fin || tokens[fin.speaker.first]!.start < q.span.close) return null;
    return { cue: cueSpan(st, fin.cue, fin.cueLast), phrase: fin.speaker };
  },
};
