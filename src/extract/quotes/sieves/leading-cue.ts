/**
 * `leading-cue`: `NAME said: "…"` / `NAME said that "…"` / `NAME said Moscow would … "…"` / `Jo Bell,
 * a doctor, told …`: a cue before the quote in its sentence, and the cue's subject. The rightmost
 * cue whose subject can speak wins; a pronoun subject yields to a named one further left
 * (`Northgate said that it did not comment on "…"`).
 */
import type { AttributionState, Found, Sieve } from '../sieve.js';
import { cueAt } from '../cue.js';
import { relativeAntecedent, relativeBefore, sentenceSubject, speakerLike, subjectBefore, type Side } from '../phrases.js';
import { has } from '../tokens.js';
import { cueSpan } from './shared.js';
import { isParticipleCue } from './leading-participle.js';

/**
 * The `leading-cue` pattern on any stretch of a sentence (also read by `previous-sentence`).
 *
 * @returns the cue and its subject, or null.
 */
export function leadingCueIn(side: Side, st: AttributionState): Found | null {
  const { tokens, lex } = st;
  let deferred: Found | null = null;
  for (let k = side.to - 1; k >= side.from; k--) {
    const hit = cueAt(tokens, k, side.to, lex);
    if (!hit || hit.speaker !== 'before') continue;
    if (isParticipleCue(tokens, side, k, lex) || relativeBefore(tokens, side.from, k, lex) !== null) continue;
    let np = subjectBefore(tokens, side.from, hit.first, lex);
    // `Ms Robinson, who presents The Weakest Link tells …`: the object of a relative clause is no subject
    const v = np ? np.first - 1 : -1;
    const rel = np && v > side.from && has(tokens[v]!, 'Verb') ? relativeBefore(tokens, side.from, v, lex) : null;
    if (rel !== null && tokens[rel]!.norm === 'who') np = relativeAntecedent(tokens, side.from, rel, lex) ?? np;
    // `a boy ran along the line of tractors shouting "…"`: a thing before a participle is no speaker
    if (/ing$/.test(tokens[k]!.norm) && np && !speakerLike(tokens, np, lex)) np = sentenceSubject(tokens, side, k, lex);
    if (!np) continue;
    if (!speakerLike(tokens, np, lex)) {
      if (hit.naming) continue;
      // `Protesters marching through the streets chanted "…"`: the subject of the sentence when it is a speaker
      const subj = sentenceSubject(tokens, side, k, lex);
      if (subj && subj.last < np.first && speakerLike(tokens, subj, lex)) np = subj;
      else if (lex.nonSpeakerHeads.has(tokens[np.last]!.norm)) continue; // `his remarks, had accused …`
    }
    const a: Found = { cue: cueSpan(st, hit.first, hit.last), phrase: np, naming: hit.naming };
    if (np.first === np.last && has(tokens[np.first]!, 'Pronoun')) {
      deferred ??= a;
      continue;
    }
    return a;
  }
  return deferred;
}

export const leadingCue: Sieve = {
  id: 'leading-cue',
  stage: 'sentence',
  about: 'A cue before the quote in its sentence, and its subject: NAME said: "…" / NAME said that "…".',
  examples: [
    { text: 'Anna Berg said: "The results are clear."', quote: 'The results are clear', speaker: 'Anna Berg' },
    { text: 'Anna Berg said that "the results are clear."', quote: 'the results are clear', speaker: 'Anna Berg' },
    {
      text: 'Ivan Petrov said Tuesday that talks would go on only if they were "free of threats" from either side.',
      quote: 'free of threats',
      speaker: 'Ivan Petrov',
    },
    { text: 'The mayor Lisa Horn dismissed the rival plan as a "hollow" promise.', quote: 'hollow', speaker: 'Lisa Horn' },
    { text: 'Wes Carter spoke first. He later told the BBC: "The port will reopen in May."', quote: 'The port will', speaker: 'Wes Carter' },
    { text: 'Farmers driving through the village square chanted "No more cuts to our land!"', quote: 'No more cuts', speaker: 'Farmers' },
  ],
  counterExamples: [
    { text: 'Anna Berg criticised the so-called "green deal" on Monday.', quote: 'green deal', speaker: null },
  ],
  apply(q, st) {
    if (q.starts && q.before.from === q.before.to) return null;
    return leadingCueIn(q.before, st);
  },
};
