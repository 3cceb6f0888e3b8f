/**
 * `organization` and `country`: the phrase's head is an organization or a country the entity stage
 * found (`the Foreign Ministry said`, `Russia said`, `Washington warned`). A name or honorific before
 * a demonym-like head makes the phrase a person (`Mr Irish`), not a country.
 */
import type { TokenRange } from '../../tokens.js';
import { mentionWithin } from '../../../mentions.js';
import { rangeSpan, type Coreference, type CoreferenceRule } from '../context.js';
import { honorificLed, nameWord } from '../words.js';

export const organization: CoreferenceRule = {
  id: 'organization',
  about: 'The head of the phrase is an organization of the entity stage.',
  examples: [
    { text: 'The Foreign Ministry of Norway said: "No comment."', quote: 'No comment', speaker: 'Foreign Ministry of Norway' },
  ],
  counterExamples: [],
  resolve(r, _site, cx) {
    const { tokens, mentions } = cx;
    const phrase = rangeSpan(cx, r);
    const head = tokens[r.last]!;
    const org = mentionWithin(mentions.organizations, head.start, head.end + 1) ?? mentionWithin(mentions.organizations, phrase.start, phrase.end);
    if (!org || org.end < head.end) return null;
    return { start: org.start, end: org.end, text: cx.text.slice(org.start, org.end), name: org.ref.name, type: 'organization', ref: org.ref.id };
  },
};

/** True when a name or honorific stands before the phrase's head (`Oliver Irish`, `Mr Irish`). */
function nameLed(cx: Coreference, r: TokenRange, headIsCountry: boolean): boolean {
  return honorificLed(cx.tokens, r, cx.lex) || (r.last > r.first && !headIsCountry && nameWord(cx.tokens[r.last - 1]!, cx.lex));
}

export const country: CoreferenceRule = {
  id: 'country',
  about: 'The head of the phrase is a country (name, capital acting for its government, demonym).',
  examples: [
    { text: 'Russia said it would veto "any draft of this kind."', quote: 'any draft', speaker: 'Russia' },
  ],
  counterExamples: [
    { text: '"The queue starts at dawn," said Mr Welsh.', quote: 'The queue starts', speaker: 'Welsh' },
  ],
  resolve(r, _site, cx) {
    const { tokens, mentions } = cx;
    const phrase = rangeSpan(cx, r);
    const head = tokens[r.last]!;
    const hit = mentionWithin(mentions.countries, head.start, head.end + 1) ?? mentionWithin(mentions.countries, phrase.start, phrase.end);
    if (!hit || hit.end < head.end) return null;
    const inCountry = r.last > r.first && hit.start <= tokens[r.last - 1]!.start;
    if (nameLed(cx, r, inCountry)) return null;
    return { start: hit.start, end: hit.end, text: cx.text.slice(hit.start, hit.end), name: hit.ref.name, type: 'country', ref: hit.ref.code };
  },
};
