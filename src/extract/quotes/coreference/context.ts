/**
 * The state coreference keeps over one article: the speakers already given (for pronouns and
 * carried-over speakers), where the quotations are (names inside a quote are the speaker's words,
 * not the reporter's, so they are never antecedents), and the clause subjects of each sentence
 * (`salience.ts`). Built once per article, read and extended by the coreference rules.
 */
import type { ArticleDocument, Organization, Speaker, Token } from '../../../types.js';
import type { CueLexicon } from '../../../lexicons/cues.js';
import type { MentionLayer, PersonEntity } from '../../mentions.js';
import type { QuoteSpan } from '../spans.js';
import type { TokenRange } from '../tokens.js';
import type { RuleCase } from '../sieve.js';
import { firstAtOrAfter } from '../../../util/search.js';
import { tokenAt } from '../tokens.js';

/** A speaker without the ids of the rules that found and resolved it. */
export type Resolved = Omit<Speaker, 'rule' | 'coreference'>;

/** Where a speaker phrase stands: the quote it attributes. */
export interface Site {
  /** The quote's paragraph. */
  paragraph: number;
  /** Index of the first token at or after the quote's opening mark. */
  first: number;
}

/** A speaker already given to a quote. */
export interface HistoryEntry {
  speaker: Speaker;
  paragraph: number;
  /** Sentence of the quote's attribution (the later of the quote's and the mention's sentence). */
  sentence: number;
  gender: 'male' | 'female' | null;
  number: 'singular' | 'plural';
  person: PersonEntity | null;
  /** The attribution's sentence also names a document (`said in a statement`), lower case, or null. */
  document: string | null;
}

/** A clause subject found in a sentence (`salience.ts`). */
export interface Subject {
  start: number;
  end: number;
  person: PersonEntity | null;
  /** The organization, when the subject is one. */
  org: Organization | null;
  /** True for an unnamed speaker noun (`A spokeswoman for the office said …`): someone new, no person of the article. */
  nominal?: boolean;
}

/** The coreference state of one article. */
export interface Coreference {
  doc: ArticleDocument;
  text: string;
  tokens: Token[];
  lex: CueLexicon;
  mentions: MentionLayer;
  /** Top-level quotation spans (from the opening to the closing mark), in text order. */
  quotes: QuoteSpan[];
  history: HistoryEntry[];
  /** Clause subjects per sentence index, computed on first use. */
  subjects: Map<number, Subject[]>;
  /** Document phrases already resolved to who issued them (`the statement` → the club), lower case. */
  documents: Map<string, Resolved>;
  /** Resolves a speaker phrase by the rules in order (`index.ts`); for rules that resolve a part of a phrase. */
  resolve(r: TokenRange, site: Site): Speaker | null;
}

/** One coreference rule: resolves a speaker phrase (or passes). */
export interface CoreferenceRule {
  /** Stable id, recorded as `speaker.coreference`. */
  id: string;
  about: string;
  examples: RuleCase[];
  counterExamples: RuleCase[];
  /**
   * @returns the speaker; `'none'` when the phrase can be no speaker (a place); null to pass it on.
   */
  resolve(r: TokenRange, site: Site, cx: Coreference): Resolved | 'none' | null;
}


/** True when the offset lies inside a quotation (between its marks). */
export function insideQuote(cx: Coreference, offset: number): boolean {
  const i = firstAtOrAfter(cx.quotes, offset + 1, (q) => q.open) - 1;
  const q = cx.quotes[i];
  return q !== undefined && q.open <= offset && offset < q.close;
}

/** Sentence index of the token at or after an offset (the last sentence when past the end). */
export function sentenceAt(cx: Coreference, offset: number): number {
  const t = cx.tokens[Math.min(tokenAt(cx.tokens, offset), cx.tokens.length - 1)];
  return t ? t.sentence : 0;
}

/** The span of tokens [first, last]. */
export function rangeSpan(cx: Coreference, r: TokenRange): { start: number; end: number; text: string } {
  const start = cx.tokens[r.first]!.start;
  const end = cx.tokens[r.last]!.end;
  return { start, end, text: cx.text.slice(start, end) };
}

/** A person speaker at a mention. */
export function personSpeaker(p: PersonEntity, mention: { start: number; end: number; text: string }): Resolved {
  return { ...mention, name: p.name, type: 'person', ref: p.id };
}

/** True when two genders can be the same person (null is compatible with both). */
export function genderOk(want: 'male' | 'female' | null, have: 'male' | 'female' | null): boolean {
  return want === null || have === null || want === have;
}

/**
 * Records that the article calls a person by a title (`The chancellor` → Gordon Brown): the title
 * becomes one of the person's roles (span without the determiner), so later coreference knows it.
 *
 * @param span the nominal as written (`The chancellor`).
 */
export function learnRole(cx: Coreference, p: PersonEntity, span: { start: number; end: number; text: string }): void {
  const det = /^(?:the|a|an)\s+/i.exec(span.text)?.[0].length ?? 0;
  const start = span.start + det;
  const text = cx.text.slice(start, span.end);
  const title = text.replace(/\s+/g, ' ');
  const lower = title.toLowerCase();
  if (/^\d+-year-old$/.test(lower) || p.person.roles.some((r) => r.title.toLowerCase() === lower)) return;
  p.person.roles.push({ start, end: span.end, text, title, country: null, organization: null });
  const last = lower.split(' ').pop()!;
  for (const w of new Set([lower, last])) {
    p.roleWords.add(w);
    const list = cx.mentions.roleHolders.get(w) ?? [];
    if (!list.includes(p)) list.push(p);
    cx.mentions.roleHolders.set(w, list);
  }
  p.roleContexts.push(new Set(lower.split(' ')));
}
