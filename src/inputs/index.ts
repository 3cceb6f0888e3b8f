/**
 * Discovery and reading of inputs: paths, directories, glob patterns and `-` (stdin), decoded to text.
 *
 * - {@link discoverInputs} (discover.ts) expands CLI arguments into paths, streaming, in a stable order;
 * - {@link readInput} (read.ts) reads one input: size limit, refusals of binary/empty/unreadable
 *   inputs, decoding (decode.ts: BOM, UTF-8, UTF-16, legacy encodings), HTML (html.ts) and
 *   Markdown (markdown.ts).
 *
 * How offsets relate to the file:
 * - plain text: offsets are into the decoded text; a byte-order mark is not part of it, so an
 *   offset is one less than the UTF-16 position in a file that starts with U+FEFF;
 * - Markdown: markup and code blocks (fenced, indented) are blanked with spaces (same length), so
 *   offsets are also into the decoded file;
 * - HTML: offsets are into the produced article text (`Title\n\nBy Byline\n\nDate\n\nparagraph…`),
 *   which the CLI can print with `ReadResult.text`; they do not point into the HTML source.
 */
export { discoverInputs, TEXT_EXTENSIONS, type DiscoveredInput } from './discover.js';
export { readInput, isBlankText, DEFAULT_MAX_BYTES, type ReadResult, type ReadOptions, type InputFormat } from './read.js';
export { decodeBytes, forcedDoubt, type Decoded, type DecodeFailure } from './decode.js';
export { htmlToArticle, stripSiteName, type HtmlArticle, type HtmlMeta } from './html.js';
export { blankMarkdown, blankCodeBlocks } from './markdown.js';
export { looksLikeHtml } from './sniff.js';
