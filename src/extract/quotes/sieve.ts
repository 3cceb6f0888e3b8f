/**
 * The shape of an attribution sieve, and the state the sieves share over one article.
 *
 * A sieve is one attribution pattern: it looks at one quote and either finds who said it (a speaker
 * phrase to resolve, or a speaker carried over from an earlier quote) or passes. Sieves run in the
 * order of `sieves/index.ts`; the first that finds something decides, and later sieves skip the
 * quote (as in CoreNLP's QuoteAttributionAnnotator). The speaker records the sieve's `id` as
 * `speaker.rule`.
 */
import type { ArticleDocument, Quote, Span, Speaker, Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import type { MentionLayer } from '../mentions.js';
import type { QuoteSpan } from './spans.js';
import type { Side } from './phrases.js';
import type { TokenRange } from './tokens.js';
import type { Coreference } from './coreference/context.js';

/** One quote with what every sieve reads about it, computed once (`candidate.ts`). */
export interface Candidate {
  /** Index of the quote among the article's quotes. */
  index: number;
  span: QuoteSpan;
  /** The text inside the marks. */
  inner: string;
  /** Tokens of the quote's sentence before the opening mark (back to the previous quote of the sentence). */
  before: Side;
  /** Tokens after the closing mark to the sentence end (empty for an unclosed quote). */
  after: Side;
  /** The previous quote when it is in the same paragraph. */
  samePrev: QuoteSpan | undefined;
  /** `before` starts at a sentence or paragraph start (not right after another quote of the sentence). */
  boundary: boolean;
  /** The quote opens its sentence (nothing before it but a cue and its subject ending in `:` or `,`). */
  starts: boolean;
  /** The quote ends with a full stop inside the marks (`"…ends here."`). */
  fullStop: boolean;
  /** The quote hands over to what follows (ends in `,` `?` `!` or a dash, or opens its sentence). */
  handsOver: boolean;
  /** A cue word stands in `before` (so the text before the quote may attribute it). */
  leadingCue: boolean;
  /** Index of the first token at or after the opening mark. */
  first: number;
}

/** What a sieve found for a quote. */
export interface Found {
  /** The cue (`said`, `according to`, `:`), or null. */
  cue: Span | null;
  /** The speaker's phrase, resolved by the coreference rules; or */
  phrase?: TokenRange;
  /** a speaker already resolved (for an earlier quote, or by the pattern itself), carried over. */
  carried?: Omit<Speaker, 'rule'> | null;
  /** The cue is a naming verb (`called`): weaker evidence of speech. */
  naming?: boolean;
  /** The kind the pattern implies, when it settles it (a transcript turn is `direct`). */
  kind?: Quote['kind'];
}

/** A made-up example of a sieve or coreference rule: a snippet, a quote in it, the speaker expected. */
export interface RuleCase {
  /** The snippet (an article body: paragraphs separated by blank lines). */
  text: string;
  /** The opening words of the quote the case is about (inside the marks). */
  quote: string;
  /** The speaker's name; null when the quote has no speaker. For a counter-example, the speaker that the whole pipeline gives instead (undefined: not checked). */
  speaker?: string | null;
}

/** Stages of attribution: in-sentence patterns, then (for quotes not labelled scare) context, then a backward pass. */
export type SieveStage = 'sentence' | 'context' | 'backward';

/** One attribution pattern. */
export interface Sieve {
  /** Stable id, recorded as `speaker.rule` (kebab-case). */
  id: string;
  stage: SieveStage;
  /** What the pattern is, in one or two sentences. */
  about: string;
  /** Cases this sieve decides (run by `tests/extract/quotes/sieves.test.ts`). */
  examples: RuleCase[];
  /** Cases this sieve must not decide. */
  counterExamples: RuleCase[];
  /** The attribution of one quote, or null to pass it on. */
  apply(q: Candidate, st: AttributionState): Found | null;
}

/** State shared by the sieves over one article. */
export interface AttributionState {
  doc: ArticleDocument;
  text: string;
  tokens: Token[];
  lex: CueLexicon;
  mentions: MentionLayer;
  coref: Coreference;
  spans: QuoteSpan[];
  /** Candidates of the quotes seen so far (same index as `spans`). */
  candidates: Candidate[];
  /** Results of the quotes done so far (same index as `spans`). */
  quotes: Quote[];
  /** The in-sentence attribution of each quote done so far (null when none). */
  found: Array<Found | null>;
  /** Paragraph → index of its last quote so far. */
  lastInParagraph: Map<number, number>;
  /** Paragraph → index of its last quote so far that is not a scare quote. */
  lastSpoken: Map<number, number>;
}
