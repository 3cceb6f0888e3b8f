/**
 * `previous-sentence`: a quote that opens its sentence, with no attribution of its own, takes its
 * speaker from the sentence right before it: `Smith said:` ¶ `"…"`, `The plan may fail, Smith
 * said. "…"`, `Jacques Barrot said on Wednesday that the changes were needed. "…"`, `Hale was
 * defiant. "…"`, `Her old coach, Mira Falk, called her a natural. "…"`.
 */
import type { Speaker } from '../../../types.js';
import type { AttributionState, Found, Sieve } from '../sieve.js';
import { finalAttribution, type Side } from '../phrases.js';
import { has, isCapitalized, npStartingAt, sentenceEndAfter, tokenAt, type TokenRange } from '../tokens.js';
import { resolveSpeaker } from '../coreference/index.js';
import { leadingCueIn } from './leading-cue.js';
import { leadingParticipleIn } from './leading-participle.js';
import { cueSpan } from './shared.js';

/** Tokens of the sentence before token `idx` (exclusive), not before offset `bound`. */
export function previousSentence(st: AttributionState, idx: number, bound: number): Side | null {
  const { tokens } = st;
  const to = idx;
  if (to <= 0 || tokens[to - 1]!.start < bound) return null;
  let from = to - 1;
  while (from > 0 && to - from < 40) {
    const t = tokens[from - 1]!;
    if (t.start < bound || sentenceEndAfter(t)) break;
    from--;
  }
  return { from, to };
}

/** `His former partner at the firm, Jo Smith, called …`: the name in apposition after a nominal subject. */
function appositiveName(st: AttributionState, np: TokenRange, hi: number): TokenRange | null {
  const { tokens, lex } = st;
  for (let k = np.last; k < hi && k <= np.last + 8; k++) {
    if (sentenceEndAfter(tokens[k]!)) return null;
    if (!/,/.test(tokens[k]!.post)) continue;
    const name = npStartingAt(tokens, k + 1, hi, lex);
    return name && isCapitalized(tokens[name.last]!) && /,/.test(tokens[name.last]!.post) ? name : null;
  }
  return null;
}

/**
 * The speaker a sentence gives to the quote after it: its attribution (a cue and subject, a closing
 * `, NAME said`), else its subject when that is a person (a name, or `he`/`she`).
 *
 * @param paragraph the quote's paragraph.
 */
export function speakerOfSentence(st: AttributionState, prev: Side, paragraph: number, first: number): { speaker: Speaker; cue: Found['cue'] } | null {
  const { tokens, lex } = st;
  const site = { paragraph, first };
  const tail = finalAttribution(tokens, prev, lex);
  const attributed = tail
    ? { cue: cueSpan(st, tail.cue, tail.cueLast), phrase: tail.speaker }
    : leadingCueIn(prev, st) ?? leadingParticipleIn(prev, st);
  if (attributed?.phrase && !attributed.naming) {
    const s = resolveSpeaker(st.coref, attributed.phrase, site, '');
    if (s) return { speaker: s, cue: attributed.cue };
  }
  let np = npStartingAt(tokens, prev.from, prev.to, lex);
  if (!np) return null;
  const h = tokens[np.last]!;
  if (!isCapitalized(h) || (has(h, 'Pronoun') && !lex.pronouns.has(h.norm))) np = appositiveName(st, np, prev.to) ?? np;
  const head = tokens[np.last]!;
  const pronoun = np.first === np.last && has(head, 'Pronoun');
  if (pronoun && !['he', 'she'].includes(head.norm)) return null;
  const s = resolveSpeaker(st.coref, np, site, '');
  if (!s || s.type !== 'person' || (!pronoun && !isCapitalized(head))) return null;
  return { speaker: s, cue: null };
}

export const previousSentenceSieve: Sieve = {
  id: 'previous-sentence',
  stage: 'context',
  about: 'A quote opening its sentence takes the speaker the sentence before it attributes or is about.',
  examples: [
    { text: 'Maria Lopez was defiant. "We will not leave this town."', quote: 'We will not leave', speaker: 'Maria Lopez' },
    { text: 'The mill could close within a year, Hedda Roos said. "We have no orders left."', quote: 'We have no orders', speaker: 'Hedda Roos' },
    {
      text: 'On Wednesday, Jorge Baltar, head of the port authority, said that the changes were needed. "Ships are waiting for days."',
      quote: 'Ships are waiting',
      speaker: 'Jorge Baltar',
    },
    { text: 'Her old coach at the club, Mira Falk, called her a natural. "She never missed a session."', quote: 'She never missed', speaker: 'Mira Falk' },
  ],
  counterExamples: [
    { text: 'The storm hit the coast on Monday. "Nobody expected it."', quote: 'Nobody expected', speaker: null },
  ],
  apply(q, st) {
    const para = st.doc.paragraphs[q.span.paragraph]!;
    if (!q.starts) return null;
    const prevIndex = q.index - 1;
    const spoken = st.lastSpoken.get(q.span.paragraph);
    const scareBetween = q.samePrev !== undefined && st.quotes[prevIndex]?.kind === 'scare';
    if (q.samePrev && !(scareBetween && spoken === undefined)) return null;
    const bound = q.span.open === para.start ? (st.doc.paragraphs[q.span.paragraph - 1]?.start ?? para.start) : para.start;
    const prevQuoteEnd = prevIndex >= 0 ? st.spans[prevIndex]!.close : 0;
    const prev = previousSentence(st, tokenAt(st.tokens, q.span.open), Math.max(bound, prevQuoteEnd));
    const found = prev ? speakerOfSentence(st, prev, q.span.paragraph, q.first) : null;
    return found ? { cue: found.cue, carried: found.speaker } : null;
  },
};
