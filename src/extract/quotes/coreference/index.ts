/**
 * Coreference for speakers: the ordered list of rules that turn a speaker phrase (`Gatilov`, `he`,
 * `the minister`, `the company`, `a spokesman for the ministry`) into who it refers to. The first
 * rule that decides wins; the speaker records its id as `speaker.coreference`. Each rule is one file
 * under `rules/`, with examples and counter-examples that `tests/extract/quotes/coreference.test.ts`
 * runs through the whole pipeline.
 *
 * Also here: {@link remember}, which keeps each attribution in the history that pronouns, definite
 * documents and carried-over speakers read.
 */
import type { ArticleDocument, Speaker } from '../../../types.js';
import type { CueLexicon } from '../../../lexicons/cues.js';
import type { MentionLayer } from '../../mentions.js';
import type { QuoteSpan } from '../spans.js';
import type { TokenRange } from '../tokens.js';
import { sentenceAt, type Coreference, type CoreferenceRule, type Site } from './context.js';
import { pronoun } from './rules/pronoun.js';
import { apposition } from './rules/apposition.js';
import { possessiveNominal } from './rules/possessive-nominal.js';
import { prepositional } from './rules/prepositional.js';
import { name } from './rules/name.js';
import { country, organization } from './rules/organization.js';
import { organizationKind } from './rules/organization-kind.js';
import { document } from './rules/document.js';
import { nameRunRule } from './rules/name-run.js';
import { place } from './rules/place.js';
import { roleHolder } from './rules/role-holder.js';
import { salientPerson } from './rules/salient-person.js';
import { nominal } from './rules/nominal.js';

/** The coreference rules, in the order they are tried. */
export const COREFERENCE_RULES: readonly CoreferenceRule[] = [
  pronoun,
  apposition,
  possessiveNominal,
  prepositional,
  name,
  organization,
  country,
  organizationKind,
  document,
  nameRunRule,
  place,
  roleHolder,
  salientPerson,
  nominal,
];

/**
 * Creates the coreference state of one article.
 *
 * @param quotes the article's quotation spans (names inside them are never antecedents).
 */
export function createCoreference(doc: ArticleDocument, lex: CueLexicon, mentions: MentionLayer, quotes: QuoteSpan[]): Coreference {
  const cx: Coreference = {
    doc, text: doc.text, tokens: doc.tokens, lex, mentions, quotes, history: [], subjects: new Map(), documents: new Map(),
    resolve: (r, site) => resolveSpeaker(cx, r, site, ''),
  };
  return cx;
}

/**
 * Resolves a speaker phrase by the rules in order.
 *
 * @param rule the attribution sieve's id, recorded on the speaker.
 * @returns the speaker, or null when the phrase names nobody (`I`, a place, `his remarks`).
 */
export function resolveSpeaker(cx: Coreference, r: TokenRange, site: Site, rule: string): Speaker | null {
  for (const c of COREFERENCE_RULES) {
    const out = c.resolve(r, site, cx);
    if (out === 'none') return null;
    if (out) return 'rule' in out ? { ...(out as Speaker), rule } : { ...out, rule, coreference: c.id };
  }
  return null;
}

/** Documents named as the vehicle of an attribution: `said in a statement`, `In its report, …`. */
const VEHICLE = /\b(?:in|through)\s+(?:a|an|its|his|her|their|the)\s+(?:\w+\s+)?(\w+)/gi;

/**
 * Keeps a speaker in the history (for later pronouns, definite documents and carried speakers).
 *
 * @param quoteOpen offset of the quote's opening mark.
 */
export function remember(cx: Coreference, speaker: Speaker, paragraph: number, quoteOpen: number): void {
  const person = speaker.type === 'person' && speaker.ref ? cx.mentions.byId.get(speaker.ref) ?? null : null;
  const head = speaker.name.toLowerCase().split(/\s+/).pop() ?? '';
  const number = speaker.type === 'nominal' && cx.lex.nominalPlural.has(head) ? 'plural' : 'singular';
  const sentence = Math.max(sentenceAt(cx, quoteOpen), sentenceAt(cx, speaker.start));
  const s = cx.doc.sentences[sentence];
  let document: string | null = null;
  if (s) {
    for (const m of s.text.matchAll(VEHICLE)) {
      if (cx.lex.documentHeads.has(m[1]!.toLowerCase())) document = m[1]!.toLowerCase();
    }
  }
  cx.history.push({ speaker, paragraph, sentence, gender: person?.gender ?? null, number, person, document });
}
