/**
 * `leading-relative`: `… by Lars Dahl, a councillor, who said the cost was "…"` / `a journal article
 * that claimed "missing" files …`: a cue after a relative pronoun; its antecedent speaks (the name
 * before an appositive, when the antecedent is one).
 */
import type { Sieve } from '../sieve.js';
import { cueAt } from '../cue.js';
import { relativeAntecedent, relativeBefore, speakerLike } from '../phrases.js';
import { cueSpan } from './shared.js';

export const leadingRelative: Sieve = {
  id: 'leading-relative',
  stage: 'sentence',
  about: 'who/which/that + cue before the quote: the relative pronoun\'s antecedent speaks.',
  examples: [
    { text: 'The plan was opposed by Ruth Ames, a teacher, who said the fee was "far too steep".', quote: 'far too steep', speaker: 'Ruth Ames' },
    { text: 'The ruling was welcomed by Ben Ortiz, who said it was "long overdue".', quote: 'long overdue', speaker: 'Ben Ortiz' },
    {
      text: 'The firm replied to a medical journal article that claimed "missing" files linked the drug to harm.',
      quote: 'missing',
      speaker: 'a medical journal article',
    },
  ],
  counterExamples: [],
  apply(q, st) {
    const { tokens, lex } = st;
    const side = q.before;
    for (let k = side.to - 1; k > side.from; k--) {
      const at = relativeBefore(tokens, side.from, k, lex);
      if (at === null) continue;
      const hit = cueAt(tokens, k, side.to, lex);
      if (!hit || hit.speaker !== 'before') continue;
      const np = relativeAntecedent(tokens, side.from, at, lex);
      if (np && (tokens[at]!.norm === 'who' || speakerLike(tokens, np, lex))) return { cue: cueSpan(st, hit.first, hit.last), phrase: np, naming: hit.naming };
    }
    return null;
  },
};
