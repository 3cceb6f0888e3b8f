/** Test helpers for the quotation stage: run it on a sentence with hand-built entities. */
import { createDocument } from '../../src/document/model.js';
import { tagDocument } from '../../src/nlp/tagger.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { loadCueLexicon } from '../../src/lexicons/cues.js';
import type { Lexicon } from '../../src/lexicons/index.js';
import type { Entities } from '../../src/extract/entities/index.js';
import type { Mention, Quote } from '../../src/types.js';

/** A lexicon with the cue part only: the quotation stage reads nothing else. */
export const cueLexicon = { entity: {}, cues: loadCueLexicon() } as unknown as Lexicon;

/** No entities at all (the stage falls back to the tagger's names). */
export const NO_ENTITIES: Entities = { people: [], countries: [], organizations: [] };

/**
 * Every whole-word occurrence of each form in the text, as mentions in text order; the first form's
 * mentions are `name`, the others `alias`. Overlapping later forms are skipped.
 */
export function mentionsOf(text: string, forms: string[]): Mention[] {
  const out: Mention[] = [];
  for (const f of forms) {
    const re = new RegExp(`\\b${f.replace(/[.]/g, '\\.')}\\b`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (out.some((o) => o.start <= m!.index && m!.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + f.length, text: f, kind: f === forms[0] ? 'name' : 'alias' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The quotes of a text read as plain body (no headline), with the given entities. */
export function quotesOf(text: string, entities: Entities = NO_ENTITIES): Quote[] {
  const doc = createDocument(text, 't', { layout: 'plain' });
  tagDocument(doc);
  return extractQuotes(doc, entities, cueLexicon);
}
