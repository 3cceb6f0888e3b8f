/**
 * `trailing-cue-speaker`: `"…," said NAME` / `"…," said the spokesman` / `"…," added Dr Roe`: the
 * cue right after the quote, then its speaker.
 */
import type { Sieve } from '../sieve.js';
import { cueAt } from '../cue.js';
import { has, npStartingAt, separatedAfter } from '../tokens.js';
import { cueSpan, trailingAllowed } from './shared.js';

export const trailingCueSpeaker: Sieve = {
  id: 'trailing-cue-speaker',
  stage: 'sentence',
  about: 'A cue right after the quote, then its speaker: "…," said NAME.',
  examples: [
    { text: '"The harbour is closed," said Tom Becker.', quote: 'The harbour is closed', speaker: 'Tom Becker' },
    { text: '"No ships will sail today," said the harbour master.', quote: 'No ships', speaker: 'the harbour master' },
  ],
  counterExamples: [
    { text: 'Ann Lee said: "We lost the house." Said the judge later: "That is enough."', quote: 'We lost the house', speaker: 'Ann Lee' },
  ],
  apply(q, st) {
    if (!trailingAllowed(q, st)) return null;
    const { tokens, lex } = st;
    const side = q.after;
    const c0 = cueAt(tokens, side.from, side.to, lex);
    if (!c0 || c0.speaker !== 'before' || c0.naming || separatedAfter(tokens[c0.last]!)) return null;
    let k = c0.last + 1;
    while (k < side.to && has(tokens[k]!, 'Adverb') && !separatedAfter(tokens[k - 1]!)) k++;
    const np = npStartingAt(tokens, k, side.to, lex);
    return np ? { cue: cueSpan(st, c0.first, c0.last), phrase: np } : null;
  },
};
