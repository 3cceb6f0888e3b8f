/**
 * Quotation extraction and speaker attribution.
 */
import type { ArticleDocument, Quote } from '../../types.js';
import type { Lexicon } from '../../lexicons/index.js';
import type { Entities } from '../entities/index.js';

/**
 * Finds the quotations of a tagged document and attributes each to its speaker.
 *
 * @param doc a document whose `tokens` are filled.
 * @param entities the people, organizations and countries already found (speakers resolve to them).
 * @param lexicon the loaded lexicon (cue verbs among others).
 * @returns quotes in text order; `start`/`end` are the text inside the marks.
 */
export function extractQuotes(doc: ArticleDocument, entities: Entities, lexicon: Lexicon): Quote[] {
  void doc;
  void entities;
  void lexicon;
  return [];
}
