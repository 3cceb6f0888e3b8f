/**
 * `trailing-dash`: `"…" – NAME` / `"…" -Commissioner Gerald Stark`: a name after a dash (or a hyphen
 * used as one) that closes the sentence.
 */
import type { Sieve } from '../sieve.js';
import { has, isCapitalized, npStartingAt, sentenceEndAfter } from '../tokens.js';
import { trailingAllowed } from './shared.js';

/** A dash between the closing mark and the name: em or en dash, `--`, or a hyphen after a space. */
const DASH = /[\u2014\u2013\u2015]|--|(?:^|\s)-(?=\s*$)/;

export const trailingDash: Sieve = {
  id: 'trailing-dash',
  stage: 'sentence',
  about: 'A name after a dash that follows the quote and ends the sentence.',
  examples: [
    { text: '"Every vote counts." – Omar Haddad', quote: 'Every vote counts', speaker: 'Omar Haddad' },
    { text: 'The port reopened on Friday.\n\n"We will act now." -Commissioner Gerald Stark', quote: 'We will act now', speaker: 'Gerald Stark' },
  ],
  counterExamples: [
    { text: 'It was "a dark day" — a metaphor for the mood in the town.', quote: 'a dark day' },
  ],
  apply(q, st) {
    if (!trailingAllowed(q, st, true)) return null;
    const { tokens, text, lex } = st;
    const side = q.after;
    let from = side.from;
    if (/^(?:[\u2014\u2013\u2015]|--|-)$/.test(tokens[from]!.text.trim())) from++;
    if (from >= side.to) return null;
    const between = text.slice(q.span.close, tokens[from]!.start);
    const dash = DASH.exec(between);
    if (!dash || /[,.]/.test(between.slice(0, dash.index))) return null;
    const np = npStartingAt(tokens, from, side.to, lex);
    // only a name that ends the sentence: `"…" — a metaphor for …` is not an attribution
    if (!np || !isCapitalized(tokens[np.last]!) || has(tokens[np.first]!, 'Pronoun')) return null;
    if (!(np.last + 1 >= side.to || sentenceEndAfter(tokens[np.last]!) || /,/.test(tokens[np.last]!.post))) return null;
    const mark = dash[0].trim();
    const at = q.span.close + dash.index + dash[0].indexOf(mark);
    return { cue: { start: at, end: at + mark.length, text: mark }, phrase: np };
  },
};
