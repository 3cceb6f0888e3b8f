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
  /**
   * `og:title` (or `twitter:title`), else the `<h1>` of the article (`article h1`, `main h1`,
   * `[itemprop=headline]`, or the page's only `<h1>`), else `<title>`, else Readability's title; a
   * trailing site name (` | Site`, ` - Site`, ` – Site`, ` — Site`) is removed from the last two.
   */
  title: string | null;
  /**
   * The author: `meta[name=author]`, `article:author` (when not a URL), else Readability's byline;
   * without a leading "By", a trailing `, Site name`, or a tail after ` · `, ` | `, ` • ` (a date
   * found there fills `date` when the page gives none).
   */
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

/** Elements holding the article's headline, in order of trust. */
const HEADLINE_SELECTORS = ['article h1', 'main h1', '[itemprop="headline"]', '[role="main"] h1'];

/** The article's `<h1>` (read before Readability changes the document), or null. */
function articleHeadline(doc: Doc): string | null {
  for (const sel of HEADLINE_SELECTORS) {
    const text = collapse(doc.querySelector(sel)?.textContent);
    if (text) return text;
  }
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length === 1) return collapse([...h1s][0]!.textContent) || null;
  return null;
}

/** A separator before a site name at the end (or start) of a page title. */
const TITLE_SEPARATOR = / (?:\||-|–|—|::|·) /g;
/** Longest site name removed without knowing the site's name (characters, words). */
const MAX_SUFFIX_CHARS = 40;
const MAX_SUFFIX_WORDS = 5;

/**
 * A page title without its site name: `Harbour deal signed | Example News` → `Harbour deal signed`.
 * The part after the last separator (`|`, `-`, `–`, `—`, `::`, `·` between spaces) is removed when it
 * is the site name, or — with `guess` (a `<title>`, which usually ends with the site) — when it is
 * short (≤ 40 characters, ≤ 5 words) and the title before it has 2+ words; a leading `Site name | `
 * is removed when it is the site name. Otherwise the title is kept whole.
 */
export function stripSiteName(title: string, siteName: string | null, guess: boolean): string {
  const site = siteName?.toLowerCase();
  let t = title;
  if (site) {
    const lead = /^(.+?) (?:\||-|–|—|::|·) /.exec(t);
    if (lead && lead[1]!.toLowerCase() === site && t.length > lead[0].length) t = t.slice(lead[0].length);
  }
  let last: RegExpExecArray | null = null;
  for (const m of t.matchAll(TITLE_SEPARATOR)) last = m as RegExpExecArray;
  if (!last) return t;
  const head = t.slice(0, last.index).trim();
  const tail = t.slice(last.index + last[0].length).trim();
  if (!head || !tail) return t;
  if (site && tail.toLowerCase() === site) return head;
  if (!guess) return t;
  const short = tail.length <= MAX_SUFFIX_CHARS && tail.split(/\s+/).length <= MAX_SUFFIX_WORDS;
  return short && head.split(/\s+/).length >= 2 ? head : t;
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

/**
 * Cleans a byline: whitespace collapsed, a leading "By" removed, a tail after ` · `, ` | `, ` • `
 * or ` — ` cut off (returned as `tail`: often the date), a trailing `, Site name` removed, too-long
 * values dropped.
 */
function cleanByline(byline: string | null | undefined, siteName: string | null): { byline: string | null; tail: string | null } {
  let b = collapse(byline).replace(/^by[:\s]\s*/i, '');
  let tail: string | null = null;
  const cut = / (?:·|\||•|—) /.exec(b);
  if (cut) {
    tail = b.slice(cut.index + cut[0].length).trim() || null;
    b = b.slice(0, cut.index).trim();
  }
  if (siteName && b.toLowerCase().endsWith(`, ${siteName.toLowerCase()}`)) b = b.slice(0, b.length - siteName.length - 2).trim();
  return { byline: b && b.length <= 100 ? b : null, tail };
}

/** How many leading paragraphs may repeat the header (h1, byline, date, site name). */
const HEADER_REPEAT_WINDOW = 4;
/** Longest paragraph taken for a repeated byline line. */
const MAX_BYLINE_LINE = 150;

/**
 * True when a paragraph near the top repeats the header: the title, the date, the site name, or a
 * byline line naming the author (`By Jane Doe`, `By Jane Doe, Example News`, `Jane Doe · March 3, 2025`).
 */
function repeatsHeader(paragraph: string, repeats: Set<string>, author: string | null): boolean {
  const p = paragraph.toLowerCase();
  if (repeats.has(p)) return true;
  if (!author || paragraph.length > MAX_BYLINE_LINE) return false;
  const a = author.toLowerCase();
  const rest = p.replace(/^by[:\s]\s*/, '');
  if (rest === a) return true;
  const after = rest.slice(a.length);
  return rest.startsWith(a) && !/^[\p{L}\p{N}]/u.test(after) && !/[.!?]["”’]?$/.test(after.trim());
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
  const headline = articleHeadline(doc);
  const pageTitle = collapse(doc.querySelector('title')?.textContent) || null;
  const anyH1 = collapse(doc.querySelector('h1')?.textContent) || null;
  meta.title ??= headline ?? (pageTitle && stripSiteName(pageTitle, meta.siteName, true));

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
  meta.title ??= anyH1;
  if (meta.title && meta.siteName) meta.title = stripSiteName(meta.title, meta.siteName, false);
  const cleaned = cleanByline(meta.byline, meta.siteName);
  meta.byline = cleaned.byline;
  if (!meta.date && cleaned.tail && typeof parseDate(cleaned.tail) === 'string') meta.date = cleaned.tail;

  // The page's own h1, byline and date lines repeat the metadata: keep them once, in the header.
  const date = dateLine(meta.date);
  const repeats = new Set(
    [meta.title, headline, pageTitle, meta.byline && `By ${meta.byline}`, meta.date, date, meta.siteName]
      .filter((x): x is string => !!x)
      .map((x) => x.toLowerCase()),
  );
  const kept: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i >= HEADER_REPEAT_WINDOW || !repeatsHeader(p, repeats, meta.byline)) kept.push(p);
  });
  paragraphs = kept;
  if (paragraphs.length === 0) return { text: '', meta };

  const lines: string[] = [];
  if (meta.title && meta.title.length <= 200) lines.push(meta.title);
  // The byline line names the author only (the header parser reads it as the publisher); the site
  // name is in `meta.siteName`, and stands in the byline only when the page names no author.
  if (meta.byline) lines.push(`By ${meta.byline}`);
  else if (meta.siteName && meta.siteName.length <= 100) lines.push(`By ${meta.siteName}`);
  if (date) lines.push(date);
  lines.push(...paragraphs);
  if (meta.url) lines.push(`Original url: <${meta.url}>`);
  return { text: lines.join('\n\n'), meta };
}
