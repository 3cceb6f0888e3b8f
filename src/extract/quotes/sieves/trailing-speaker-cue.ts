/**
 * `trailing-speaker-cue`: `"…," NAME said` / `"…," he told reporters` / `"…," NAME, a doctor, said` /
 * `"…," NAME - then an adviser - told a press conference` / `"…," NAME (R-Ohio) said` / `"…," as a
 * memo put it`: a speaker phrase right after the quote, then its cue (after an appositive between
 * commas or dashes, a bracket, or one prepositional phrase).
 */
import type { AttributionState, Found, Sieve } from '../sieve.js';
import { nameWord } from '../coreference/words.js';
import { cueAt, skippable } from '../cue.js';
import { SPEAKER_PREPOSITIONS } from '../phrases.js';
import { npStartingAt, sentenceEndAfter, separatedAfter } from '../tokens.js';
import { cueSpan, trailingAllowed } from './shared.js';

/** Punctuation that opens an appositive after a name: a comma, or a dash with spaces. */
const APPOSITIVE = /,|\s[-\u2014\u2013]\s|^[\u2014\u2013]/;

/**
 * `director of telecoms research Tony Lavender said`: a title phrase the tagger broke (`research` read
 * as a verb), then a name and the cue: the words up to the name, when nothing separates them.
 */
function titledName(st: AttributionState, first: number, to: number): Found | null {
  const { tokens, lex } = st;
  for (let c = first + 1; c < to && c <= first + 10; c++) {
    if (separatedAfter(tokens[c - 1]!)) return null;
    const hit = cueAt(tokens, c, to, lex);
    if (!hit) continue;
    if (hit.speaker !== 'before' || !nameWord(tokens[c - 1]!, lex)) return null;
    return { cue: cueSpan(st, hit.first, hit.last), phrase: { first, last: c - 1 } };
  }
  return null;
}

export const trailingSpeakerCue: Sieve = {
  id: 'trailing-speaker-cue',
  stage: 'sentence',
  about: 'A speaker phrase right after the quote, then its cue: "…," NAME said.',
  examples: [
    { text: '"We will rebuild the bridge," Maria Lopez said.', quote: 'We will rebuild', speaker: 'Maria Lopez' },
    { text: '"Prices will rise," Karl Weber, an economist at the bank, said.', quote: 'Prices will rise', speaker: 'Karl Weber' },
    {
      text: '"We saw hustlers do this," Ivan Sorel - then an adviser to the president - told a press conference.',
      quote: 'We saw hustlers',
      speaker: 'Ivan Sorel',
    },
    { text: '"The vote was rushed," Tilda Marsh (D-Ore.) said.', quote: 'The vote was rushed', speaker: 'Tilda Marsh' },
    { text: '"Nobody saw it coming," a clerk at the station said.', quote: 'Nobody saw it', speaker: 'a clerk at the station' },
  ],
  counterExamples: [
    {
      text: 'Mr Hale asked if he was a "war criminal". Mr Finn replies: "No, I am not. I am offended." The mayor then says: "Well, you might be."',
      quote: 'No, I am not',
      speaker: 'Finn',
    },
  ],
  apply(q, st) {
    if (!trailingAllowed(q, st)) return null;
    const { tokens, lex } = st;
    const side = q.after;
    // `"…," as a memo put it`: after `as`
    const opening = tokens[side.from]!.norm === 'as' && side.from + 1 < side.to ? side.from + 1 : side.from;
    let np = npStartingAt(tokens, opening, side.to, lex);
    if (!np) return null;
    let k = np.last + 1;
    // `a narrator in the new ad asks`, `director of research Tony Lavender said`: one prepositional
    // phrase between the speaker's head and the cue belongs to the speaker phrase
    if (k < side.to && SPEAKER_PREPOSITIONS.has(tokens[k]!.norm) && !separatedAfter(tokens[k - 1]!)) {
      const pp = npStartingAt(tokens, k + 1, side.to, lex);
      // the phrase may have swallowed a cue the tagger read as a noun (`the ad asks.`)
      if (pp && pp.last - k <= 6) {
        const swallowed = pp.last > k + 1 && cueAt(tokens, pp.last, side.to, lex) !== null;
        np = { first: np.first, last: swallowed ? pp.last - 1 : pp.last };
        k = swallowed ? pp.last : pp.last + 1;
      }
    }
    /** Last token inside a bracket after the name (`NAME (R-Ohio) said`), whose `)` does not separate the cue. */
    let parenEnd = -1;
    if (k < side.to && /\(/.test(tokens[k]!.pre)) {
      while (k < side.to && k < np.last + 8 && !/\)/.test(tokens[k]!.post)) k++;
      parenEnd = k;
      k++;
    }
    const opener = tokens[k - 1]?.post ?? '';
    if (APPOSITIVE.test(opener) && !sentenceEndAfter(tokens[k - 1]!)) {
      // an appositive: the cue follows the comma or dash that closes it
      const closer = /,/.test(opener) ? /,/ : /\s[-\u2014\u2013]\s|[\u2014\u2013]/;
      for (let a = k; a < side.to && a < k + 25; a++) {
        if (sentenceEndAfter(tokens[a]!)) break;
        if (!closer.test(tokens[a]!.post)) continue;
        let c = a + 1;
        while (c < side.to && skippable(tokens[c]!, lex)) c++;
        const hit = c < side.to ? cueAt(tokens, c, side.to, lex) : null;
        if (hit && hit.speaker === 'before') return { cue: cueSpan(st, hit.first, hit.last), phrase: np, naming: hit.naming };
        if (closer.source !== ',') break;
      }
      return null;
    }
    const open = (i: number) => (i === parenEnd ? /^[.)\s]*$/.test(tokens[i]!.post) : !separatedAfter(tokens[i]!));
    while (k < side.to && skippable(tokens[k]!, lex) && open(k - 1)) k++;
    const hit = k < side.to && open(k - 1) ? cueAt(tokens, k, side.to, lex) : null;
    if (hit && hit.speaker === 'before') return { cue: cueSpan(st, hit.first, hit.last), phrase: np, naming: hit.naming };
    return titledName(st, np.first, side.to);
  },
};
