/**
 * Entity extraction: people (with roles), countries and organizations.
 */
import type { ArticleDocument, Country, Organization, Person } from '../../types.js';
import type { Lexicon } from '../../lexicons/index.js';

/** The entities of one article, passed on to the quotation stage. */
export interface Entities {
  people: Person[];
  countries: Country[];
  organizations: Organization[];
}

/**
 * Finds the people, countries and organizations of a tagged document.
 *
 * @param doc a document whose `tokens` are filled (`tagDocument`).
 * @param lexicon the loaded lexicon.
 * @returns entities in order of first mention; every mention a span of `doc.text`.
 */
export function extractEntities(doc: ArticleDocument, lexicon: Lexicon): Entities {
  void doc;
  void lexicon;
  return { people: [], countries: [], organizations: [] };
}
