/**
 * `leading-participle`: `Nora Lind attacked the plan, saying "…"` / `… and vowed "…"` / `Unilever is
 * to merge its boards after reporting "unsatisfactory" earnings` / `took to Twitter to accuse …`: a
 * participle, infinitive or conjoined cue has no subject of its own; the subject of the sentence
 * speaks. A document right after its issuing verb (`the Security Council issued a statement calling
 * the test "…"`) speaks for the verb's subject.
 */
import type { Token } from '../../../types.js';
import type { CueLexicon } from '../../../lexicons/cues.js';
import type { AttributionState, Found, Sieve } from '../sieve.js';
import { cueAt, skippable } from '../cue.js';
import { sentenceSubject, subjectBefore, type Side } from '../phrases.js';
import { has, isCapitalized, separatedAfter, type TokenRange } from '../tokens.js';
import { speakingHead } from '../coreference/words.js';
import { cueSpan } from './shared.js';

/** Words before a participle that leave it without a subject of its own (`after reporting`, `despite admitting`). */
const BEFORE_PARTICIPLE = new Set(['after', 'before', 'while', 'when', 'by', 'in', 'on', 'without', 'since', 'also', 'despite', 'though', 'although']);

/** Verbs whose object is a document its subject put out (`issued a statement calling …`). */
const ISSUING = new Set(['issued', 'released', 'published', 'sent', 'posted', 'put', 'tweeted', 'wrote', 'filed', 'issues', 'releases', 'publishes']);

/**
 * True when the cue at `k` has no subject of its own: a participle after a comma, a preposition or
 * another verb (`, saying`, `after reporting`, `is heard asking`) or an object that cannot speak
 * (`backed the proposals saying`), an infinitive (`to accuse`), or a verb conjoined by `and`/`but`
 * (`and has said`).
 */
export function isParticipleCue(tokens: Token[], side: Side, k: number, lex: CueLexicon): boolean {
  const prev = k - 1 >= side.from ? tokens[k - 1] : undefined;
  const ing = /ing$/.test(tokens[k]!.norm);
  if (ing && (!prev || /,/.test(prev.post) || BEFORE_PARTICIPLE.has(prev.norm))) return true;
  if (ing && prev && has(prev, 'Verb') && !has(prev, 'Auxiliary') && !has(prev, 'Copula') && !separatedAfter(prev)) return true;
  if (prev && prev.norm === 'to' && !ing) return true;
  // `backed the proposals saying …`: a participle right after an object that cannot speak
  if (ing && prev && has(prev, 'Noun') && !isCapitalized(prev) && !has(prev, 'Pronoun') && !has(prev, 'Actor') &&
      !speakingHead(prev.norm, lex) && !separatedAfter(prev)) return true;
  let j = k - 1;
  while (j > side.from && skippable(tokens[j]!, lex)) j--;
  const conj = j >= side.from ? tokens[j] : undefined;
  return conj !== undefined && (conj.norm === 'and' || conj.norm === 'but') && !has(tokens[k]!, 'Noun');
}

/**
 * `issued a statement calling …`: when the phrase before the cue at `k` is a document right after an
 * issuing verb, the sentence subject that issued it; else null.
 */
export function issuerOf(st: AttributionState, side: Side, np: TokenRange, k: number): TokenRange | null {
  const { tokens, lex } = st;
  if (!lex.documentHeads.has(tokens[np.last]!.norm)) return null;
  let v = np.first - 1;
  while (v > side.from && (tokens[v]!.norm === 'out' || has(tokens[v]!, 'Adverb'))) v--;
  if (v < side.from || !ISSUING.has(tokens[v]!.norm)) return null;
  return sentenceSubject(tokens, side, k, lex);
}

/** The `leading-participle` pattern on any stretch of a sentence. */
export function leadingParticipleIn(side: Side, st: AttributionState): Found | null {
  const { tokens, lex } = st;
  for (let k = side.to - 1; k >= side.from; k--) {
    const hit = cueAt(tokens, k, side.to, lex);
    if (!hit || hit.speaker !== 'before') continue;
    const cue = cueSpan(st, hit.first, hit.last);
    if (/ing$/.test(tokens[k]!.norm)) {
      const doc = subjectBefore(tokens, side.from, k, lex);
      const issuer = doc ? issuerOf(st, side, doc, k) : null;
      if (issuer) return { cue, phrase: issuer, naming: hit.naming };
    }
    if (!isParticipleCue(tokens, side, k, lex)) continue;
    const np = sentenceSubject(tokens, side, k, lex);
    if (np) return { cue, phrase: np, naming: hit.naming };
  }
  return null;
}

export const leadingParticiple: Sieve = {
  id: 'leading-participle',
  stage: 'sentence',
  about: 'A participle, infinitive or conjoined cue before the quote: the subject of the sentence speaks.',
  examples: [
    { text: 'Nora Lind attacked the plan on Monday, saying "it will fail."', quote: 'it will fail', speaker: 'Nora Lind' },
    {
      text: 'Internet provider (ISP) Fibrenet also backed the proposals saying "we will be happy if they pass".',
      quote: 'we will be happy',
      speaker: 'Fibrenet',
    },
    {
      text: 'After the vote, the Harbour Council issued a statement calling the result "a clear breach of trust".',
      quote: 'a clear breach',
      speaker: 'Harbour Council',
    },
    { text: 'Dana Wolfe took to social media to accuse the board of being "asleep at the wheel".', quote: 'asleep at the wheel', speaker: 'Dana Wolfe' },
  ],
  counterExamples: [],
  apply(q, st) {
    if (q.starts && q.before.from === q.before.to) return null;
    return leadingParticipleIn(q.before, st);
  },
};
