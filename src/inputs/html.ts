/**
 * HTML pages reduced to the article's readable text (Mozilla Readability over linkedom).
 *
 * The text produced uses the common article layout that the document parser (src/document/header.ts)
 * already understands, so header metadata gets honest offsets into the produced text:
 *
 * ```
 * Title
 *
 * By Byline
 *
 * 2021-03-04T10:00:00Z
 *
 * First paragraph …
 *
 * Second paragraph …
 *
 * Original url: <https://…>
 * ```
 *
 * Every offset of the result refers to this produced text, not to the HTML source. Lines without a
 * value are left out. Paragraphs are the page's leaf block elements (`<p>`, headings, list items,
 * block quotes …) with whitespace collapsed, separated by blank lines.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { parseDate } from '../document/dates.js';

/** Metadata read from the page (plain strings, whitespace collapsed; null when absent). */
export interface HtmlMeta {
  /** `og:title`, else Readability's title, else `<title>`. */
  title: string | null;
  /** `meta[name=author]`, `article:author` (when not a URL), else Readability's byline; without a leading "By". */
  byline: string | null;
  /** Publication date as found (`article:published_time`, `datePublished`, `<time datetime>`, …). */
  date: string | null;
  /** `og:site_name`. */
  siteName: string | null;
  /** `link[rel=canonical]` or `og:url` (http/https only). */
  url: string | null;
  /** `<html lang>`. */
  lang: string | null;
}

/** The article text of a page, in the common article layout, and the page's metadata. */
export interface HtmlArticle {
  text: string;
  meta: HtmlMeta;
}

/** Minimal DOM shapes used here (the project compiles without the DOM library). */
interface El {
  textContent: string | null;
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El> & { length: number };
  replaceWith(...nodes: unknown[]): void;
  parentElement: El | null;
}
interface Doc extends El {
  documentElement: El | null;
  body: El | null;
  createTextNode(text: string): unknown;
}

/** Meta tags tried for each field, in order (sources: Open Graph, Dublin Core, schema.org, common CMS tags). */
const META_SOURCES = {
  title: ['meta[property="og:title"]', 'meta[name="twitter:title"]'],
  byline: ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]'],
  date: [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
    'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]', 'meta[property="og:published_time"]',
  ],
  siteName: ['meta[property="og:site_name"]', 'meta[name="application-name"]'],
  url: ['link[rel="canonical"]', 'meta[property="og:url"]'],
};

/** Block elements whose text forms a paragraph. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th';

/** Collapses runs of ASCII whitespace (not no-break spaces) to one space and trims. */
export function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ').trim();
}

function first(doc: Doc, selectors: string[], attr = 'content'): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const value = collapse(el?.getAttribute(el.tagName.toLowerCase() === 'link' ? 'href' : attr));
    if (value) return value;
  }
  return null;
}

/** Reads the page's metadata before Readability changes the document. */
function pageMeta(doc: Doc): HtmlMeta {
  const byline = (first(doc, META_SOURCES.byline) ?? '').split(/\s*,\s*(?=https?:)/)[0]!;
  const time = doc.querySelector('time[datetime]');
  const url = first(doc, META_SOURCES.url);
  return {
    title: first(doc, META_SOURCES.title),
    byline: byline && !/^https?:/i.test(byline) ? byline : null,
    date: first(doc, META_SOURCES.date) ?? (collapse(time?.getAttribute('datetime')) || null),
    siteName: first(doc, META_SOURCES.siteName),
    url: url && /^https?:\/\/\S+$/i.test(url) ? url : null,
    lang: collapse(doc.documentElement?.getAttribute('lang')) || null,
  };
}

/** A date line the header parser recognises, or null: the date as written, else normalised to ISO 8601. */
export function dateLine(date: string | null): string | null {
  if (!date) return null;
  const d = collapse(date);
  if (d.length <= 60 && typeof parseDate(d) === 'string') return d;
  const ms = Date.parse(d);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Text of the leaf block elements under `root` (a block holding other blocks gives way to them). */
function paragraphsOf(root: El, doc: Doc): string[] {
  for (const br of [...root.querySelectorAll('br')]) br.replaceWith(doc.createTextNode(' '));
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const text = collapse(el.textContent);
    if (text) out.push(text);
  }
  if (out.length === 0) {
    for (const line of (root.textContent ?? '').split(/\n\s*\n|\r\n\s*\r\n/)) {
      const text = collapse(line);
      if (text) out.push(text);
    }
  }
  return out;
}

/** Cleans a byline: whitespace collapsed, a leading "By" removed, too-long values dropped. */
function cleanByline(byline: string | null | undefined): string | null {
  const b = collapse(byline).replace(/^by[:\s]\s*/i, '');
  return b && b.length <= 100 ? b : null;
}

/**
 * Reduces an HTML page to its article text in the common article layout (see the module comment).
 *
 * @param html the decoded page.
 * @returns the produced text (offsets of the pipeline refer to it) and the page's metadata.
 *   `text` is empty when the page has no readable text. Never throws.
 */
export function htmlToArticle(html: string): HtmlArticle {
  let doc: Doc;
  try {
    doc = parseHTML(html).document as unknown as Doc;
  } catch {
    return { text: '', meta: { title: null, byline: null, date: null, siteName: null, url: null, lang: null } };
  }
  const meta = pageMeta(doc);
  const fallbackTitle = collapse(doc.querySelector('title')?.textContent) || collapse(doc.querySelector('h1')?.textContent) || null;

  let paragraphs: string[] = [];
  try {
    const article = new Readability(doc as never, { serializer: (node: unknown) => node }).parse();
    if (article) {
      meta.title ??= collapse(article.title) || null;
      meta.byline ??= collapse(article.byline) || null;
      meta.date ??= collapse(article.publishedTime) || null;
      meta.siteName ??= collapse(article.siteName) || null;
      meta.lang ??= collapse(article.lang) || null;
      if (article.content) paragraphs = paragraphsOf(article.content as unknown as El, doc);
    }
  } catch {
    // Readability failed on this page: fall back to the page's own blocks below.
  }
  if (paragraphs.length === 0) {
    try {
      const again = parseHTML(html).document as unknown as Doc;
      for (const junk of [...again.querySelectorAll('script, style, noscript, template, nav, header, footer')]) junk.replaceWith();
      paragraphs = again.body ? paragraphsOf(again.body, again) : [];
    } catch {
      paragraphs = [];
    }
  }
  meta.title ??= fallbackTitle;
  meta.byline = cleanByline(meta.byline);

  // The page's own h1, byline and date lines repeat the metadata: keep them once, in the header.
  const date = dateLine(meta.date);
  const repeats = new Set(
    [meta.title, meta.byline, meta.byline && `By ${meta.byline}`, meta.date, date].filter((x): x is string => !!x).map((x) => x.toLowerCase()),
  );
  while (paragraphs.length > 0 && repeats.has(paragraphs[0]!.toLowerCase())) paragraphs.shift();
  if (paragraphs.length === 0) return { text: '', meta };

  const lines: string[] = [];
  if (meta.title && meta.title.length <= 200) lines.push(meta.title);
  if (meta.byline) lines.push(`By ${meta.byline}`);
  if (date) lines.push(date);
  lines.push(...paragraphs);
  if (meta.url) lines.push(`Original url: <${meta.url}>`);
  return { text: lines.join('\n\n'), meta };
}
