/**
 * Entity lexicons: countries, demonyms, capitals, titles, honorifics, given names, organization cues
 * and known organizations.
 */

/** The entity part of the lexicon. Fields are added as the entity extractor grows. */
export interface EntityLexicon {
  /** Placeholder until the real fields land. */
  version: number;
}

/** Loads the built-in entity lexicon. */
export function loadEntityLexicon(): EntityLexicon {
  return { version: 1 };
}

/**
 * Returns a copy of `base` with the entries of a user lexicon file added.
 *
 * @throws Error (one line, naming the file) when the file cannot be read or is not a valid lexicon.
 */
export function mergeUserLexicon(base: EntityLexicon, file: string): EntityLexicon {
  void file;
  return { ...base };
}
