/**
 * The NLP layer: the only module that imports compromise. It tags each body sentence and maps the
 * terms back to offsets of the original text as {@link Token}s.
 *
 * What is handed to the tagger is bounded: compromise is superlinear on some inputs (long runs of
 * quote marks, capitalised words or commas in one "sentence"), so a sentence longer than
 * {@link MAX_CHUNK} characters is tagged in pieces cut at whitespace.
 */
import nlp from 'compromise';
import type { ArticleDocument, Token } from '../types.js';
import { bulkMatch } from './sweep.js';

/**
 * Installs the output-identical, faster post-tagger rule sweep of `sweep.ts` in place of
 * compromise's own `methods.one.bulkMatch`, through compromise's plugin API. Done once when this
 * module loads; exported for the test that checks it.
 */
export function installSweep(): void {
  nlp.plugin({ methods: { one: { bulkMatch } } });
}
installSweep();

/** Longest piece of text handed to the tagger at once, in UTF-16 code units. */
export const MAX_CHUNK = 400;

/**
 * Adds lexicon words to the tagger (compromise's `addWords`), e.g. `{ 'gatilov': 'LastName' }`.
 * Called once per process by the lexicon loader; later calls add more words.
 *
 * @param words lower-case word or multi-word phrase → compromise tag name.
 */
export function addTaggerWords(words: Record<string, string>): void {
  nlp.addWords(words);
}

/** Cuts [start, end) into pieces of at most `max` units, preferring whitespace. */
export function chunkRange(text: string, start: number, end: number, max = MAX_CHUNK): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = start;
  while (end - a > max) {
    let cut = a + max;
    const window = text.slice(a + Math.floor(max / 2), a + max);
    const ws = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    if (ws >= 0) cut = a + Math.floor(max / 2) + ws + 1;
    // never split a UTF-16 surrogate pair
    if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut++;
    out.push([a, cut]);
    a = cut;
  }
  if (a < end) out.push([a, end]);
  return out;
}

/** The parts of a compromise term this layer reads (`View.docs` after `compute('offset')`). */
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** Tags one piece of text; returns its terms with offsets relative to the piece. */
function tagPiece(piece: string): Term[] {
  const view = nlp(piece);
  view.compute('offset');
  return (view.docs as unknown as Term[][]).flat();
}

/** Lower-cased form for lexicon look-ups: curly apostrophes straightened, edge punctuation removed. */
export function normalizeWord(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.']+$/gu, '');
}

/**
 * Tags every sentence of the document and fills `doc.tokens` (in text order).
 *
 * @param doc a document from `createDocument`; its `tokens` are replaced.
 * Never throws on odd text: a piece the tagger fails on gets plain untagged tokens and a warning.
 */
export function tagDocument(doc: ArticleDocument): void {
  const tokens: Token[] = [];
  doc.sentences.forEach((sentence, si) => {
    for (const [a, b] of chunkRange(doc.text, sentence.start, sentence.end)) {
      const piece = doc.text.slice(a, b);
      let terms: Term[];
      try {
        terms = tagPiece(piece);
      } catch (err) {
        doc.diagnostics.push({
          severity: 'warning',
          code: 'TAGGER',
          message: `tagger failed on characters ${a}-${b}: ${(err as Error).message}`,
        });
        terms = plainTerms(piece);
      }
      for (const t of terms) {
        const start = a + t.offset.start;
        const end = start + t.offset.length;
        if (end <= start || doc.text.slice(start, end) !== t.text) {
          // the silent half of a contraction (`don't` → `do` + `not`) holds the punctuation after the word
          const prev = tokens[tokens.length - 1];
          if (end <= start && prev && prev.sentence === si && t.post && !prev.post.includes(t.post.trim() || ' ')) prev.post += t.post;
          continue; // defensive: keep offsets honest
        }
        tokens.push({
          start,
          end,
          text: t.text,
          norm: normalizeWord(t.text),
          tags: [...t.tags],
          sentence: si,
          pre: t.pre,
          post: t.post,
        });
      }
    }
  });
  doc.tokens = tokens;
}

/** Whitespace tokens with no tags, used when the tagger fails. */
function plainTerms(piece: string): Term[] {
  const out: Term[] = [];
  const re = /\S+/g;
  for (let m = re.exec(piece); m !== null; m = re.exec(piece)) {
    out.push({ text: m[0], pre: '', post: ' ', tags: new Set(), offset: { start: m.index, length: m[0].length } });
  }
  return out;
}
