/**
 * The attribution sieves, in the order they run (as CoreNLP's QuoteAttributionAnnotator runs
 * `tri, dep, onename, voc, paraend, conv, sup, loose`). For each quote:
 *
 * 1. the `sentence` sieves look in the quote's own sentence; the first that finds something decides;
 * 2. the quote's kind is settled (`kinds.ts`): a `scare` quote keeps no speaker;
 * 3. for a quote that is not scare, has no attribution yet and no cue beside it, the `context` sieves
 *    look at the quotes and sentences around it;
 * 4. after all quotes, the `backward` sieves fill quotes from later ones, last to first.
 *
 * Adding a pattern: one file in this folder (a {@link Sieve} with examples and counter-examples),
 * one line here. `tests/extract/quotes/sieves.test.ts` runs every sieve's cases.
 */
import type { Sieve } from '../sieve.js';
import { transcriptLabelSieve } from './transcript-label.js';
import { trailingDash } from './trailing-dash.js';
import { trailingCueSpeaker } from './trailing-cue-speaker.js';
import { trailingSpeakerCue } from './trailing-speaker-cue.js';
import { trailingClosingCue } from './trailing-closing-cue.js';
import { accordingTo } from './according-to.js';
import { leadingRelative } from './leading-relative.js';
import { leadingParticiple } from './leading-participle.js';
import { leadingInverted } from './leading-inverted.js';
import { leadingCue } from './leading-cue.js';
import { leadingVerbInQuote } from './leading-verb-in-quote.js';
import { leadingColon } from './leading-colon.js';
import { leadingColonSubject } from './leading-colon-subject.js';
import { sentenceFinalCue } from './sentence-final-cue.js';
import { clauseSubject } from './clause-subject.js';
import { sameSentence } from './same-sentence.js';
import { sentenceBetween } from './sentence-between.js';
import { previousQuote } from './previous-quote.js';
import { continuationParagraph } from './continuation-paragraph.js';
import { previousSentenceSieve } from './previous-sentence.js';
import { nextSentence } from './next-sentence.js';
import { laterParagraph } from './later-paragraph.js';

/** Every sieve, in order; each one's `stage` says when it runs. */
export const SIEVES: readonly Sieve[] = [
  transcriptLabelSieve,
  trailingDash,
  trailingCueSpeaker,
  trailingSpeakerCue,
  trailingClosingCue,
  accordingTo,
  leadingParticiple,
  leadingRelative,
  leadingInverted,
  leadingCue,
  leadingVerbInQuote,
  leadingColon,
  leadingColonSubject,
  sentenceFinalCue,
  clauseSubject,
  sameSentence,
  sentenceBetween,
  previousQuote,
  continuationParagraph,
  previousSentenceSieve,
  nextSentence,
  laterParagraph,
];

/** The sieves of one stage, in order. */
export function sievesOf(stage: Sieve['stage']): Sieve[] {
  return SIEVES.filter((s) => s.stage === stage);
}
