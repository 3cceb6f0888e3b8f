/**
 * The document model: turns decoded text into the one {@link ArticleDocument} that the pipeline
 * passes along (header metadata, body paragraphs and sentences, all with offsets).
 */
import type { ArticleDocument, Paragraph, Sentence } from '../types.js';
import { isBlank, parseHeader, splitLines, trimSpan } from './header.js';
import { splitSentences } from './sentences.js';

/** Options of {@link createDocument}. */
export interface DocumentOptions {
  /** `article` (default): look for headline, byline, date and URL trailer; `plain`: all of the text is body. */
  layout?: 'article' | 'plain';
}

/**
 * Builds the document for one article.
 *
 * Paragraphs are blocks separated by blank lines; when the body has no blank line at all, each
 * line is a paragraph. The headline, byline, date and URL trailer are metadata, not paragraphs.
 *
 * @param text decoded article text; never modified, every offset refers to it.
 * @param source where it came from (path, `-`, or a JSON Lines id).
 * @param options `layout: 'plain'` treats the whole text as body (no headline, byline or URL trailer).
 * @returns a document with `tokens` empty (the NLP layer fills them).
 */
export function createDocument(text: string, source: string, options: DocumentOptions = {}): ArticleDocument {
  const lines = splitLines(text);
  const { meta, bodyStart, bodyEnd } =
    options.layout === 'plain'
      ? { meta: { title: null, byline: null, publisher: null, date: null, url: null }, bodyStart: 0, bodyEnd: text.length }
      : parseHeader(text, lines);
  const bodyLines = lines.filter((l) => l.start >= bodyStart && l.end <= bodyEnd);
  const anyBlank = bodyLines.some((l) => isBlank(l));

  const blocks: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  for (const line of bodyLines) {
    if (isBlank(line)) {
      if (open) blocks.push(open);
      open = null;
      continue;
    }
    if (!anyBlank) {
      blocks.push([line.start, line.end]);
      continue;
    }
    open = open ? [open[0], line.end] : [line.start, line.end];
  }
  if (open) blocks.push(open);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const headline = meta.title ? [[meta.title.start, meta.title.end] as [number, number]] : [];
  for (const [a, b] of [...headline, ...blocks]) {
    const span = trimSpan(text, a, b);
    if (!span) continue;
    const index = paragraphs.length;
    const para: Paragraph = { ...span, sentences: [] };
    if (meta.title && a === meta.title.start) para.headline = true;
    for (const [s, e] of splitSentences(text, span.start, span.end)) {
      para.sentences.push(sentences.length);
      sentences.push({ start: s, end: e, text: text.slice(s, e), paragraph: index });
    }
    paragraphs.push(para);
  }

  return {
    source,
    text,
    meta,
    body: { start: bodyStart, end: bodyEnd },
    paragraphs,
    sentences,
    tokens: [],
    diagnostics: [],
  };
}
