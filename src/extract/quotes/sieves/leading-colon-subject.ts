/**
 * `leading-colon-subject`: `President Obama is rolling out a new campaign message: "It's about
 * me."` / `The piece used one of her quotes as its headline: "…"`: a clause with no cue that ends in
 * a colon before the quote introduces its subject's words, when the subject can speak.
 */
import type { Sieve } from '../sieve.js';
import { sentenceSubject, speakerLike } from '../phrases.js';

export const leadingColonSubject: Sieve = {
  id: 'leading-colon-subject',
  stage: 'sentence',
  about: 'A clause ending in a colon before the quote, with no cue: its subject speaks.',
  examples: [
    { text: 'Mayor Ida Kranz is trying out a new slogan: "The town is yours."', quote: 'The town is yours', speaker: 'Ida Kranz' },
  ],
  counterExamples: [
    { text: 'The results were clear: "no change" in any district.', quote: 'no change', speaker: null },
  ],
  apply(q, st) {
    const { tokens, lex } = st;
    const side = q.before;
    if (side.from >= side.to || q.leadingCue || !/:\s*$/.test(tokens[side.to - 1]!.post)) return null;
    const np = sentenceSubject(tokens, side, side.to, lex);
    return np && speakerLike(tokens, np, lex) ? { cue: null, phrase: np } : null;
  },
};
