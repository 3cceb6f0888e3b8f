/**
 * The extraction pipeline, stage by stage, on one article:
 *
 * 1. `createDocument` — header metadata, paragraphs, sentences (src/document)
 * 2. `tagDocument`    — tokens and tags from the tagger (src/nlp)
 * 3. `extractEntities` — people with roles, countries, organizations (src/extract/entities)
 * 4. `extractQuotes`  — quotations and their speakers (src/extract/quotes)
 */
import type { ArticleDocument, ArticleResult } from './types.js';
import { createDocument } from './document/model.js';
import { tagDocument } from './nlp/tagger.js';
import { extractEntities } from './extract/entities/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { loadLexicon, type Lexicon } from './lexicons/index.js';

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Where the text came from; copied to `result.source`. Default `-`. */
  source?: string;
  /** A loaded lexicon (`loadLexicon`); default the built-in one. */
  lexicon?: Lexicon;
  /** `article` (default) parses the header layout; `plain` treats all of the text as body. */
  layout?: 'article' | 'plain';
}

/**
 * Runs the whole pipeline on one article's decoded text.
 *
 * @param text the article; offsets in the result are UTF-16 code units into it, end exclusive.
 * @returns the result record, the same object `--json` prints.
 * @throws TypeError when `text` is not a string (decode bytes first, e.g. with the CLI's readers).
 * Never throws on odd text; an internal failure of a stage propagates as an Error (the CLI turns it
 * into an error record for that article).
 */
export function extract(text: string, options: ExtractOptions = {}): ArticleResult {
  if (typeof text !== 'string') {
    throw new TypeError(`extract: text must be a string (decoded article text), got ${text === null ? 'null' : typeof text}`);
  }
  const doc = createDocument(text, options.source ?? '-', { layout: options.layout });
  return extractDocument(doc, options.lexicon ?? loadLexicon());
}

/**
 * Runs stages 2–4 on a document already built (e.g. by the HTML reader, which fills `meta` itself).
 *
 * @param doc the document; its `tokens` and `diagnostics` are filled in place.
 */
export function extractDocument(doc: ArticleDocument, lexicon: Lexicon): ArticleResult {
  tagDocument(doc);
  const entities = extractEntities(doc, lexicon);
  const quotes = extractQuotes(doc, entities, lexicon);
  const result: ArticleResult = {
    source: doc.source,
    meta: doc.meta,
    people: entities.people,
    countries: entities.countries,
    organizations: entities.organizations,
    quotes,
  };
  const warnings = doc.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) result.diagnostics = warnings;
  return result;
}
