/**
 * Library API of news-extract: `import { extract } from 'news-extract'`.
 * The CLI is a thin layer over these functions.
 */
export { extract, extractDocument, type ExtractOptions } from './pipeline.js';
export { createDocument } from './document/model.js';
export { loadLexicon, type Lexicon } from './lexicons/index.js';
export * from './types.js';
