/**
 * A hand-built article result (and an error record) for the output tests. Spans are located with
 * indexOf in the text below, so `text.slice(start, end) === span.text` holds by construction.
 */
import type { ArticleResult, ErrorRecord, Span } from '../src/types.js';

export const SAMPLE_TEXT =
  'Pier Vote in Tromsø\n\nAnna Berg, the Norwegian mayor, said: "We will rebuild the pier, whatever it costs." ' +
  'Berg said the UN had promised "support".\n';

/** The span of the `nth` (0-based) occurrence of `sub`. */
export function span(sub: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = SAMPLE_TEXT.indexOf(sub, at + 1);
    if (at < 0) throw new Error(`not in sample: ${sub}`);
  }
  return { start: at, end: at + sub.length, text: sub };
}

export function sampleResult(source = 'news/pier.txt'): ArticleResult {
  return {
    source,
    meta: { title: span('Pier Vote in Tromsø'), byline: null, publisher: null, date: null, url: null },
    people: [
      {
        id: 'p1',
        name: 'Anna Berg',
        aliases: ['Berg'],
        gender: 'female',
        roles: [{ ...span('Norwegian mayor'), title: 'mayor', country: { code: 'NO', name: 'Norway' }, organization: null }],
        mentions: [
          { ...span('Anna Berg'), kind: 'name' },
          { ...span('Berg', 1), kind: 'alias' },
        ],
      },
    ],
    countries: [{ code: 'NO', name: 'Norway', forms: ['Norwegian'], mentions: [{ ...span('Norwegian'), kind: 'demonym' }] }],
    organizations: [
      { id: 'o1', name: 'United Nations', acronym: 'UN', aliases: [], mentions: [{ ...span('UN'), kind: 'acronym' }] },
    ],
    quotes: [
      {
        ...span('We will rebuild the pier, whatever it costs.'),
        kind: 'direct',
        cue: span('said'),
        speaker: { ...span('Anna Berg'), name: 'Anna Berg', type: 'person', ref: 'p1', rule: 'trailing-speaker-cue', coreference: 'name' },
        closed: true,
      },
      {
        ...span('support'),
        kind: 'partial',
        cue: null,
        speaker: { ...span('the UN'), name: 'United Nations', type: 'organization', ref: 'o1', rule: 'according-to', coreference: 'organization' },
        closed: true,
      },
    ],
  };
}

export function sampleError(source = 'news/missing.txt'): ErrorRecord {
  return { source, error: { code: 'ENOENT', message: 'no such file' } };
}
