/**
 * Speech cue lexicon: verbs and phrases that attribute a quotation (`said`, `told`, `according to`).
 */

/** The cue part of the lexicon. Fields are added as the quotation extractor grows. */
export interface CueLexicon {
  /** Placeholder until the real fields land. */
  version: number;
}

/** Loads the built-in cue lexicon. */
export function loadCueLexicon(): CueLexicon {
  return { version: 1 };
}
