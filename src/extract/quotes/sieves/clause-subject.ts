/**
 * `clause-subject`: `Ms Hale sent the winner her "heartfelt thanks".` / `Mr Brandt later gave the
 * plan his "grudging support".` / `The cardinal used a Christmas message to denounce the war as a
 * "terrible" waste.` / `IATA, which has attacked the package as a "bad piece of legislation"`: a
 * fragment in the object of a verb that conveys the subject's words (give, send, offer, express,
 * attack, denounce, welcome …, from `conveyVerbs` in cues.json) is the subject's partial quote.
 */
import type { AttributionState, Candidate, Found, Sieve } from '../sieve.js';
import { relativeAntecedent, relativeBefore, sentenceSubject, speakerLike, subjectBefore } from '../phrases.js';
import { has, isCapitalized } from '../tokens.js';
import { cueSpan } from './shared.js';

/** Most words between the verb and the quote. */
const REACH = 12;

/** Auxiliaries that make the verb after them passive (`was greeted`). */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);

/**
 * `Reid has been pounding Trump as a "con artist"`: a fragment after `as` (and an article) whose
 * clause has a named or pronoun subject: the subject's characterisation. (`known as`, `billed as`
 * are scare frames, settled by `kinds.ts`.)
 */
function asFrame(q: Candidate, st: AttributionState): Found | null {
  const { tokens, lex } = st;
  const side = q.before;
  let a = side.to - 1;
  if (a > side.from && has(tokens[a]!, 'Determiner')) a--;
  if (a <= side.from || tokens[a]!.norm !== 'as') return null;
  let verb = false;
  for (let k = side.from; k < a; k++) if (has(tokens[k]!, 'Verb') && !has(tokens[k]!, 'Auxiliary') && !has(tokens[k]!, 'Copula')) verb = true;
  const np = verb ? sentenceSubject(tokens, side, a, lex) : null;
  if (!np) return null;
  const head = tokens[np.last]!;
  return isCapitalized(head) || (np.first === np.last && has(head, 'Pronoun')) ? { cue: null, phrase: np } : null;
}

export const clauseSubject: Sieve = {
  id: 'clause-subject',
  stage: 'sentence',
  about: 'A fragment in the object of a verb that conveys words (gave … his "support", attacked it as "…"): the verb\'s subject.',
  examples: [
    { text: 'Ms Hale sent the winner her "heartfelt thanks".', quote: 'heartfelt thanks', speaker: 'Hale' },
    { text: 'Mr Brandt later gave the plan his "grudging support".', quote: 'grudging support', speaker: 'Brandt' },
    {
      text: 'The Air Carriers Association, which has attacked the package as a "bad piece of law", will appeal.',
      quote: 'bad piece of law',
      speaker: 'Air Carriers Association',
    },
    { text: 'Senator Ida Roth has been pounding the governor as a "con artist" for months.', quote: 'con artist', speaker: 'Ida Roth' },
  ],
  counterExamples: [
    { text: 'The town gave the new tax a "green" label on its website.', quote: 'green', speaker: null },
    { text: 'Ruth Ames was greeted with chants of "Ruth!" at the rally.', quote: 'Ruth!', speaker: null },
  ],
  apply(q, st) {
    const { tokens, lex } = st;
    const side = q.before;
    if (q.starts) return null;
    for (let k = side.to - 1; k >= side.from && k >= side.to - REACH; k--) {
      const t = tokens[k]!;
      if (!lex.conveyVerbs.has(t.norm) || !has(t, 'Verb')) continue;
      // `was greeted with "…"`: a passive verb's subject is whom the words were addressed to
      if (PASSIVE.has(tokens[k - 1]?.norm ?? '')) return null;
      const rel = relativeBefore(tokens, side.from, k, lex);
      const prev = tokens[k - 1];
      let np = null;
      if (rel !== null) np = relativeAntecedent(tokens, side.from, rel, lex);
      else if (prev && (prev.norm === 'to' || /,/.test(prev.post))) np = sentenceSubject(tokens, side, k, lex);
      else {
        np = subjectBefore(tokens, side.from, k, lex);
        if (!np || !speakerLike(tokens, np, lex)) np = sentenceSubject(tokens, side, k, lex);
      }
      if (np && speakerLike(tokens, np, lex)) return { cue: cueSpan(st, k, k), phrase: np };
      return null;
    }
    return asFrame(q, st);
  },
};
