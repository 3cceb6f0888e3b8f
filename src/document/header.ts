/**
 * Header and trailer metadata of the common article layout:
 *
 * ```
 * Headline line
 * By [Publisher](#)          ← byline (markdown link reduced to its text)
 * February 12, 2014          ← date line
 * Publisher                  ← the publisher repeated (header, not body)
 * body …
 * Original url: <https://…>  ← trailer (URL on the same or the next line)
 * ```
 *
 * Header lines are metadata, not news text: nothing is extracted from them.
 */
import type { ArticleMeta, Span } from '../types.js';
import { parseDate } from './dates.js';
import { splitSentences } from './sentences.js';

/** A line of the input with its offsets (end excludes the line break). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines, recognising `\n`, `\r\n` and lone `\r`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start: last, end: m.index, text: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  lines.push({ start: last, end: text.length, text: text.slice(last) });
  return lines;
}

/** Whitespace, including no-break and zero-width characters that scraped text carries. */
const BLANK = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/;

/** True when a line holds nothing but whitespace. */
export function isBlank(line: Line): boolean {
  return BLANK.test(line.text);
}

/** A string without leading/trailing whitespace, no-break and zero-width characters (`trim()` keeps U+200B). */
function stripEdges(s: string): string {
  const span = trimSpan(s, 0, s.length); // index loops: linear even on a long run of spaces
  return span ? span.text : '';
}

/** The trimmed span of a line (or of a part of it), or null when it is blank. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(text[end - 1]!)) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

const BYLINE = /^\s*by\s+(.+?)\s*$/i;
/** `[text](url)` markdown link: the span of `text`. */
const MD_LINK = /^\[([^\]]+)\]\([^)]*\)$/;

/** A byline: `By NAME`, short, not a sentence (`By 2025, 40% of homes…` is body text). */
function isByline(line: string): boolean {
  const m = BYLINE.exec(line);
  if (!m) return false;
  const who = m[1]!;
  if (MD_LINK.test(who)) return true;
  return who.length <= 80 && !/[.!?;:]$/.test(who) && /^\p{Lu}/u.test(who) && !/^\p{Lu}\p{Ll}*,/u.test(who);
}
const URL_TRAILER = /^\s*(?:original\s+(?:url|link|article)|source(?:\s+url)?)\s*:\s*(.*)$/i;
const URL_TEXT = /<?(https?:\/\/[^\s>]+)>?/i;

/** Lower-cased, whitespace-collapsed, for comparing a repeated publisher line. */
function squash(s: string): string {
  return stripEdges(s.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, ' ')).toLowerCase();
}

/**
 * Headline heuristics: one short line that is not running text — no sentence break inside, and
 * either without final punctuation, or short (≤ 150 characters; lead paragraphs are longer), or in
 * Title Case (`Stealth Over Health: Mayor Was Headed to Clinic.`).
 */
function looksLikeHeadline(line: string): boolean {
  const t = stripEdges(line);
  if (t.length === 0 || t.length > 200) return false;
  if (isByline(t) || /:$/.test(t)) return false;
  if (t.length <= 60 && parseDate(t) !== undefined) return false; // a date line opening the article is its date
  const sentences = splitSentences(t, 0, t.length).length;
  if (sentences > 2 || (sentences === 2 && t.length > 80)) return false;
  const final = /[.!?]["”’']?$/.test(t);
  // Headlines report in the present tense (`Minister says …`): a sentence with `said`/`told` is a lead.
  if (final && /\b(?:said|told)\b/i.test(t)) return false;
  if (!final || t.length <= 150) return true;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= 0.6;
}

/** Result of header/trailer parsing: the metadata and the body range. */
export interface HeaderParse {
  meta: ArticleMeta;
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Finds header metadata and the body range of an article.
 *
 * @param text the decoded input.
 * @param lines `splitLines(text)`.
 * @returns meta (every field a span of `text`, or null) and the body's [start, end) offsets.
 * Never throws; text without a recognisable header is all body.
 */
export function parseHeader(text: string, lines: Line[]): HeaderParse {
  const meta: ArticleMeta = { title: null, byline: null, publisher: null, date: null, url: null };
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && isBlank(lines[i]!)) i++;
  };
  skipBlank();
  let bodyStart = i < lines.length ? lines[i]!.start : text.length;

  // A headline needs a following blank line or header line, so a one-paragraph text stays body.
  // A second headline-like line before the blank line is a deck (sub-headline): header too.
  const first = lines[i];
  const next = lines[i + 1];
  const deck = next && !isBlank(next) && looksLikeHeadline(next.text) && lines[i + 2] && isBlank(lines[i + 2]!);
  // ... and body text after it: a text of one paragraph is all body.
  const bodyAfter = lines.slice(i + 1).some((l) => !isBlank(l));
  if (first && next && bodyAfter && looksLikeHeadline(first.text) && (isBlank(next) || isByline(next.text) || deck)) {
    meta.title = trimSpan(text, first.start, first.end);
    i += deck ? 2 : 1;
    skipBlank();
    bodyStart = i < lines.length ? lines[i]!.start : text.length;
  }

  // Header lines: byline, date, publisher repeated; in any order, each at most once.
  for (;;) {
    const line = lines[i];
    if (!line) break;
    const by = isByline(line.text) ? BYLINE.exec(line.text) : null;
    if (!meta.byline && by) {
      meta.byline = trimSpan(text, line.start, line.end);
      const nameStart = line.start + line.text.indexOf(by[1]!);
      const nameEnd = nameStart + by[1]!.length;
      const link = MD_LINK.exec(by[1]!);
      meta.publisher = link
        ? trimSpan(text, nameStart + 1, nameStart + 1 + link[1]!.length)
        : trimSpan(text, nameStart, nameEnd);
    } else if (!meta.date && stripEdges(line.text).length <= 60 && parseDate(stripEdges(line.text)) !== undefined) {
      const span = trimSpan(text, line.start, line.end)!;
      meta.date = { ...span, iso: parseDate(span.text) ?? null };
    } else if (meta.publisher && squash(line.text) === squash(meta.publisher.text)) {
      // the publisher's name repeated on its own line (a scraped logo)
    } else {
      break;
    }
    i++;
    skipBlank();
    bodyStart = i < lines.length ? lines[i]!.start : text.length;
  }

  // Trailer: "Original url:" with the URL on the same line or the next non-blank one.
  let bodyEnd = text.length;
  for (let j = lines.length - 1, seen = 0; j >= 0 && seen < 3; j--) {
    const line = lines[j]!;
    if (isBlank(line)) continue;
    seen++;
    const m = URL_TRAILER.exec(line.text);
    if (!m) continue;
    let url = URL_TEXT.exec(m[1]!);
    let host: Line = line;
    let offsetInLine = line.text.length - m[1]!.length;
    if (!url) {
      for (let k = j + 1; k < lines.length; k++) {
        if (isBlank(lines[k]!)) continue;
        url = URL_TEXT.exec(lines[k]!.text);
        host = lines[k]!;
        offsetInLine = 0;
        break;
      }
    }
    if (url) {
      const s = host.start + offsetInLine + host.text.slice(offsetInLine).indexOf(url[1]!);
      meta.url = { start: s, end: s + url[1]!.length, text: url[1]! };
    }
    bodyEnd = line.start;
    break;
  }
  if (bodyEnd < bodyStart) bodyEnd = bodyStart;
  return { meta, bodyStart, bodyEnd };
}
