/**
 * Quotation extraction and attribution. For each article:
 *
 * 1. `spans.ts` pairs the quote marks of each paragraph (top-level passages only);
 * 2. `candidate.ts` reads each quote's sentence once (its two sides and their flags);
 * 3. the attribution sieves (`sieves/index.ts`, in order) find who said it: in-sentence patterns,
 *    then the kind (`kinds.ts`), then context for quotes that are not scare, then a backward pass;
 * 4. the coreference rules (`coreference/index.ts`, in order) turn the speaker phrase into a person,
 *    organization, country or nominal, reading the entity stage's mentions (`../mentions.ts`).
 *
 * Each speaker records the sieve (`rule`) and the coreference rule (`coreference`) that decided it.
 * Pronouns and nominals resolved to a person are added to that person's `mentions`.
 */
import type { ArticleDocument, Mention, Quote, Speaker } from '../../types.js';
import type { Lexicon } from '../../lexicons/index.js';
import type { Entities } from '../entities/index.js';
import { buildMentionLayer, type MentionLayer } from '../mentions.js';
import { findQuoteSpans } from './spans.js';
import { buildCandidate, hasCue } from './candidate.js';
import { classify, secondHalf } from './kinds.js';
import { createCoreference, remember, resolveSpeaker } from './coreference/index.js';
import type { Site } from './coreference/context.js';
import { sievesOf } from './sieves/index.js';
import { leadingCueIn } from './sieves/leading-cue.js';
import { previousSentence } from './sieves/previous-sentence.js';
import type { AttributionState, Candidate, Found } from './sieve.js';
import { has, isCapitalized, separatedAfter, tokenAt } from './tokens.js';

/** The title word written right before a person's mention (`Cardinal` before `Cormac Murphy-O'Connor`), lower case. */
function titleBefore(doc: ArticleDocument, lexicon: Lexicon): (start: number) => string | null {
  return (start) => {
    const t = doc.tokens[tokenAt(doc.tokens, start) - 1];
    if (!t || t.end > start || !isCapitalized(t) || separatedAfter(t)) return null;
    const w = t.norm.replace(/\.$/, '');
    return lexicon.cues.titleHeads.has(w) ? w : null;
  };
}

/**
 * `A spokeswoman for the agency said it was looking. "We are …," she said.`: a he/she that finds no
 * person takes the nominal speaker of the sentence before the quote (this or the previous paragraph).
 */
function nominalBeforePronoun(st: AttributionState, found: Found, q: Candidate, site: Site, rule: string): Speaker | null {
  const r = found.phrase;
  if (!r || r.first !== r.last) return null;
  const pron = st.tokens[r.first]!;
  if (!['he', 'she'].includes(pron.norm)) return null;
  const paragraph = q.span.paragraph;
  const bound = st.doc.paragraphs[paragraph - 1]?.start ?? st.doc.paragraphs[paragraph]!.start;
  const prev = previousSentence(st, q.first, bound);
  const a = prev ? leadingCueIn(prev, st) : null;
  if (!a?.phrase || (a.phrase.first === a.phrase.last && has(st.tokens[a.phrase.first]!, 'Pronoun'))) return null;
  const s = resolveSpeaker(st.coref, a.phrase, site, rule);
  return s && s.type === 'nominal' ? { ...s, start: pron.start, end: pron.end, text: pron.text, coreference: 'pronoun' } : null;
}

/** The speaker a sieve's finding gives, recorded with the sieve's id. */
function speakerFrom(st: AttributionState, found: Found, q: Candidate, rule: string): Speaker | null {
  if (found.carried !== undefined) return found.carried ? { ...found.carried, rule } : null;
  if (!found.phrase) return null;
  const site = { paragraph: q.span.paragraph, first: q.first };
  return resolveSpeaker(st.coref, found.phrase, site, rule) ?? nominalBeforePronoun(st, found, q, site, rule);
}

/**
 * `«…», a déclaré Jean Ferrand.`: words after the quote that hand over to a capitalised name but hold
 * no cue the lexicon knows (another language, an unknown verb). Such a quote is attributed, only not
 * readably, so it takes no speaker from context.
 */
function unreadAttribution(q: Candidate, st: AttributionState): boolean {
  const { tokens, text } = st;
  const { after } = q;
  if (!q.span.closed || after.from >= after.to || !/,/.test(text.slice(q.span.end, tokens[after.from]!.start))) return false;
  for (let k = after.from + 1; k < after.to && k < after.from + 6; k++) if (isCapitalized(tokens[k]!)) return true;
  return false;
}

/** Adds the pronouns and nominals that resolved to a person to that person's mentions. */
function addCoreferentMentions(quotes: Quote[], mentions: MentionLayer): void {
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.type !== 'person' || !s.ref || (s.coreference === 'name' || s.coreference === 'name-run')) continue;
    const person = mentions.byId.get(s.ref)?.person;
    if (!person || person.mentions.some((m) => m.start === s.start)) continue;
    const m: Mention = { start: s.start, end: s.end, text: s.text, kind: s.coreference === 'pronoun' ? 'pronoun' : 'nominal' };
    const at = person.mentions.findIndex((x) => x.start > m.start);
    person.mentions.splice(at < 0 ? person.mentions.length : at, 0, m);
  }
}

/**
 * Finds the quotations of a tagged document and attributes each to its speaker.
 *
 * @param doc a document whose `tokens` are filled.
 * @param entities the people, organizations and countries already found (speakers resolve to them);
 *   resolved pronoun and nominal mentions are appended to `entities.people[].mentions`.
 * @param lexicon the loaded lexicon (cue verbs among others, `lexicon.cues`).
 * @returns quotes in text order; `start`/`end` are the text inside the marks.
 * Linear in the text length: every quote looks at a bounded window of tokens and sentences.
 */
export function extractQuotes(doc: ArticleDocument, entities: Entities, lexicon: Lexicon): Quote[] {
  const lex = lexicon.cues;
  const tokens = doc.tokens;
  const spans = findQuoteSpans(doc.text, doc.paragraphs, lex.elisions);
  const mentions = buildMentionLayer(entities, doc.text, titleBefore(doc, lexicon));
  const st: AttributionState = {
    doc, text: doc.text, tokens, lex, mentions, coref: createCoreference(doc, lex, mentions, spans), spans,
    candidates: [], quotes: [], found: [], lastInParagraph: new Map(), lastSpoken: new Map(),
  };
  const [sentence, context, backward] = [sievesOf('sentence'), sievesOf('context'), sievesOf('backward')];
  spans.forEach((span, qi) => {
    const q = buildCandidate(doc, spans, qi, lex);
    st.candidates.push(q);
    let found: Found | null = null;
    let rule = '';
    for (const s of sentence) {
      found = s.apply(q, st);
      if (found) {
        rule = s.id;
        break;
      }
    }
    st.found.push(found);
    const governed = found !== null && (found.phrase !== undefined || !!found.carried);
    const prev = q.samePrev ? st.quotes[qi - 1] : undefined;
    const between = q.samePrev ? doc.text.slice(q.samePrev.close, span.open) : '';
    const cueBetween = found?.cue != null && q.samePrev !== undefined && found.cue.start >= q.samePrev.close && found.cue.end <= span.open;
    const kind = found?.kind ?? (secondHalf(prev, between, cueBetween) ? 'direct' : classify(tokens, q.inner, q.before, q.starts, governed, lex));
    let speaker = found && kind !== 'scare' ? speakerFrom(st, found, q, rule) : null;
    let cue = found?.cue ?? null;
    const cueNearby = (!q.fullStop && hasCue(tokens, q.after, lex)) || (!q.starts && hasCue(tokens, q.before, lex));
    if (!speaker && kind !== 'scare' && !found && !cueNearby && !unreadAttribution(q, st)) {
      for (const s of context) {
        const f = s.apply(q, st);
        const sp = f ? speakerFrom(st, f, q, s.id) : null;
        if (f && sp) {
          speaker = sp;
          cue = f.cue;
          break;
        }
      }
    }
    if (speaker) remember(st.coref, speaker, span.paragraph, span.open);
    st.quotes.push({
      start: span.start, end: span.end, text: q.inner, kind, cue: speaker || kind !== 'scare' ? cue : null, speaker, closed: span.closed,
    });
    st.lastInParagraph.set(span.paragraph, qi);
    if (kind !== 'scare') st.lastSpoken.set(span.paragraph, qi);
  });
  for (let i = spans.length - 1; i >= 0; i--) {
    const out = st.quotes[i]!;
    if (out.speaker || out.kind === 'scare') continue;
    for (const s of backward) {
      const f = s.apply(st.candidates[i]!, st);
      const sp = f ? speakerFrom(st, f, st.candidates[i]!, s.id) : null;
      if (sp) {
        out.speaker = sp;
        break;
      }
    }
  }
  addCoreferentMentions(st.quotes, mentions);
  return st.quotes;
}
