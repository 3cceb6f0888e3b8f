/**
 * `next-sentence`: `"Nobody expected it." Those were the words of engineer Omar Haddad.`: a quote
 * that is a whole sentence, attributed by the sentence right after it in the same paragraph, when
 * that sentence opens with a pointing word (`Those`, `These`, `Such`, `So`) and names its source
 * after a cue phrase (`the words of`, `said`).
 */
import type { Sieve } from '../sieve.js';
import { cueAt } from '../cue.js';
import { npStartingAt, sentenceEndAfter, tokenAt } from '../tokens.js';
import { cueSpan } from './shared.js';

/** Words that open a sentence pointing back at the quote before it. */
const POINTING = new Set(['those', 'these', 'such', 'so', 'that', 'this']);

export const nextSentence: Sieve = {
  id: 'next-sentence',
  stage: 'context',
  about: 'A sentence right after the quote that points back to it names the speaker: Those were the words of NAME.',
  examples: [
    { text: '"Nobody expected it." Those were the words of engineer Omar Haddad.', quote: 'Nobody expected it', speaker: 'Omar Haddad' },
  ],
  counterExamples: [],
  apply(q, st) {
    const { tokens, lex } = st;
    if (!q.span.closed || !q.starts) return null;
    const para = st.doc.paragraphs[q.span.paragraph]!;
    const from = tokenAt(tokens, q.span.close);
    const open = tokens[from];
    if (!open || open.end > para.end || !POINTING.has(open.norm)) return null;
    let to = from;
    while (to < tokens.length && to - from < 20 && tokens[to]!.end <= para.end) {
      if (sentenceEndAfter(tokens[to++]!)) break;
    }
    for (let k = from + 1; k < to; k++) {
      const hit = cueAt(tokens, k, to, lex);
      if (!hit) continue;
      if (hit.speaker === 'none') return null;
      const np = npStartingAt(tokens, hit.last + 1, to, lex);
      return np ? { cue: cueSpan(st, hit.first, hit.last), phrase: np } : null;
    }
    return null;
  },
};
