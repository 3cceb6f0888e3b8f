/**
 * Cue words: finds the speech cue (`said`, `told`, `according to`, a naming verb such as `called`)
 * starting at a token, reading the cue lexicon (`src/lexicons/data/cues.json`) and the tagger's
 * tags. Used by every attribution sieve; O(1) per call (a cue phrase has a few words).
 */
import type { Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import { has, isCapitalized, sentenceEndAfter, separatedAfter } from './tokens.js';

/** A cue found at a token: the tokens it covers and where its speaker stands. */
export interface CueHit {
  first: number;
  last: number;
  /** `before`: the cue's subject speaks (`NAME said`); `after`: the phrase after it (`according to NAME`); `none`: no speaker. */
  speaker: 'after' | 'before' | 'none';
  /** True for a naming verb (`called`, `dubbed`): weaker evidence of speech. */
  naming: boolean;
}

/**
 * Words that may stand between a subject and its cue verb (`has said`, `also told`, `later told`):
 * adverbs, auxiliaries, modals, negation, and the words of the cue lexicon's `betweenSubjectAndCue`
 * (which the tagger sometimes reads otherwise: `later` as a comparative adjective).
 */
export function skippable(t: Token, lex: CueLexicon): boolean {
  return (
    has(t, 'Adverb') || has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Negative') || has(t, 'Copula') ||
    lex.betweenSubjectAndCue.has(t.norm)
  );
}

/** The cue starting at token `k`, if any. */
export function cueAt(tokens: Token[], k: number, hi: number, lex: CueLexicon): CueHit | null {
  const t = tokens[k]!;
  const phrases = lex.phrases.get(t.norm);
  if (phrases) {
    for (const p of phrases) {
      if (k + p.words.length > hi) continue;
      let ok = true;
      for (let w = 1; w < p.words.length && ok; w++) {
        ok = tokens[k + w]!.norm === p.words[w] && !separatedAfter(tokens[k + w - 1]!);
      }
      if (ok) return { first: k, last: k + p.words.length - 1, speaker: p.speaker, naming: false };
    }
  }
  // `Republican claims`, `his warning`, `the said report`: a noun or adjective, not a verb
  const prev = tokens[k - 1];
  // `he later said`: `later` read as an adjective; `the cardinal said`: a speaker noun read as one
  const speakerNoun = prev !== undefined && (lex.nominalSingular.has(prev.norm) || lex.nominalPlural.has(prev.norm));
  if (prev && !separatedAfter(prev) && !lex.betweenSubjectAndCue.has(prev.norm) && !speakerNoun &&
      (has(prev, 'Adjective') || has(prev, 'Determiner') || has(prev, 'Possessive') ||
       (has(prev, 'Value') && !has(t, 'PastTense')))) return null; // `the two replied` is a cue
  if (!has(t, 'Verb')) {
    // `the United States' military`: a capitalised word inside its sentence is a name, not a cue
    if (isCapitalized(t) && prev && prev.sentence === t.sentence && !sentenceEndAfter(prev)) return null;
    // `a flurry of late-night tweets targeting …`: a plural noun after a common noun, inside its clause,
    // is not a cue (`Johnson tells`, `the narrator asks.` are)
    if (has(t, 'Plural') && has(t, 'Noun') && prev && !separatedAfter(prev) && !isCapitalized(prev) &&
        has(prev, 'Noun') && !has(prev, 'Pronoun') && !has(prev, 'Actor') && !separatedAfter(t)) return null;
    // `32% of Republican claims`, `the Democratic claims`: a plural noun after a modifier of a noun phrase
    const prev2 = tokens[k - 2];
    if (has(t, 'Plural') && has(t, 'Noun') && prev && prev2 && !separatedAfter(prev2) && isCapitalized(prev) &&
        (has(prev2, 'Preposition') || has(prev2, 'Determiner') || has(prev2, 'Value'))) return null;
  }
  // the tagger sometimes reads a cue as a noun or adjective (`telling worshippers`): lexicon verbs count anyway
  if (lex.verbs.has(t.norm)) return { first: k, last: k, speaker: 'before', naming: false };
  const verbish = has(t, 'Verb') || t.tags.length === 0;
  if (verbish && lex.naming.has(t.norm) && !/-$/.test(t.pre)) return { first: k, last: k, speaker: 'before', naming: true };
  return null;
}

