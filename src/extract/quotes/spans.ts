/**
 * Quote-mark pairing: finds the quoted passages of each paragraph in one left-to-right pass.
 *
 * Marks handled: straight `"`, curly `“ ”`, `« »`, low-high `„ “`, and single `‘ ’` / `'` for texts
 * that quote speech with single marks. An apostrophe (`don't`, `Assad’s`, `'90s`, `the Joneses'`) is
 * never taken for a quote mark. Quotes inside quotes are kept inside the outer quote (only top-level
 * passages are returned). A quote still open at the end of its paragraph ends there (`closed: false`),
 * so an unclosed mark never swallows the rest of the article. A new opening mark after a sentence end
 * inside an open quote (`…end of para. "Start of next…`, paragraphs run together on one line) ends the
 * open quote there and starts a new one that continues it.
 *
 * Linear time: one pass per paragraph plus one backward pass for single-mark closers.
 */
import type { Paragraph } from '../../types.js';

/** A top-level quoted passage found by {@link findQuoteSpans}. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First character inside the marks. */
  start: number;
  /** End of the text inside the marks (exclusive). */
  end: number;
  /** End of the closing mark (exclusive), or `end` when unclosed. */
  close: number;
  /** Whether a closing mark was found. */
  closed: boolean;
  /** Index of the paragraph. */
  paragraph: number;
  /** True when this passage continues the previous one (multi-paragraph or run-together quote). */
  continues: boolean;
}

type Kind = 'double' | 'single' | 'guillemet' | 'low';

interface Open {
  kind: Kind;
  at: number;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f]/;
/** Characters after which a mark stands in opening position. */
const OPENERS = /[([{\u2014\u2013\-/]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;
/** Sentence-final punctuation, or a colon introducing speech (for run-together paragraphs). */
const SENTENCE_END = /[.!?\u2026:]/;

function isSpaceOrEdge(c: string | undefined): boolean {
  return c === undefined || SPACE.test(c);
}

/** Position of a mark: `open` (space before, text after), `close` (text before, space/punct after) or `mid`. */
function position(text: string, i: number, lo: number, hi: number, width = 1): 'open' | 'close' | 'mid' | 'alone' {
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + width < hi ? text[i + width] : undefined;
  const prevOpen = isSpaceOrEdge(prev) || OPENERS.test(prev!) || '“‘«„"\''.includes(prev!);
  const nextSpace = isSpaceOrEdge(next);
  if (prevOpen && !nextSpace) return 'open';
  if (!prevOpen && (nextSpace || !LETTER_OR_DIGIT.test(next!))) return 'close';
  if (prevOpen && nextSpace) return 'alone';
  return 'mid';
}

/** Last non-space character before offset `i` (not before `lo`). */
function prevNonSpace(text: string, i: number, lo: number): string | undefined {
  for (let j = i - 1; j >= lo && j >= i - 8; j--) if (!SPACE.test(text[j]!)) return text[j];
  return undefined;
}

/** End of the text before offset `i` with trailing spaces removed. */
function trimBack(text: string, i: number, lo: number): number {
  while (i > lo && SPACE.test(text[i - 1]!)) i--;
  return i;
}

/** True when the apostrophe at `i` starts an elided word (`'90s`, `'em`, `’til`). */
function isElision(text: string, i: number, hi: number, elisions: Set<string>): boolean {
  if (i + 2 < hi && DIGIT.test(text[i + 1]!) && DIGIT.test(text[i + 2]!)) return true;
  let j = i + 1;
  while (j < hi && j < i + 8 && /\p{L}/u.test(text[j]!)) j++;
  if (j === i + 1) return false;
  if (j < hi && /\p{L}/u.test(text[j]!)) return false;
  return elisions.has(text.slice(i + 1, j).toLowerCase());
}

/** True when the single mark at `i` can close a single-quoted passage. */
function canCloseSingle(text: string, i: number, lo: number, hi: number): boolean {
  const prev = i > lo ? text[i - 1]! : undefined;
  const next = i + 1 < hi ? text[i + 1]! : undefined;
  if (prev === undefined || SPACE.test(prev)) return false;
  if (next !== undefined && LETTER_OR_DIGIT.test(next)) return false; // don't, Assad’s
  return true;
}

/**
 * Finds the top-level quoted passages of every paragraph.
 *
 * @param text the document text.
 * @param paragraphs the body paragraphs (offsets into `text`).
 * @param elisions words written with a leading apostrophe (`em`, `til`), from the cue lexicon.
 * @returns passages in text order; `start`/`end` exclude the marks.
 */
export function findQuoteSpans(text: string, paragraphs: Paragraph[], elisions: Set<string>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let prevOpenAtEnd = false;
  paragraphs.forEach((p, pi) => {
    if (p.headline) return; // headline quote marks are titles or scare terms, not quotations
    const lo = p.start;
    const hi = p.end;
    // nextSingleClose[k]: is there a single-mark closer at or after lo+k? (backward pass, linear)
    const closerAfter = new Uint8Array(hi - lo + 1);
    for (let i = hi - 1; i >= lo; i--) {
      const c = text[i]!;
      const isCloser = (c === '’' || c === "'") && canCloseSingle(text, i, lo, hi);
      closerAfter[i - lo] = isCloser || closerAfter[i - lo + 1] === 1 ? 1 : 0;
    }
    const stack: Open[] = [];
    let top: QuoteSpan | null = null;
    const startTop = (kind: Kind, at: number, cont: boolean, width = 1) => {
      stack.length = 0;
      stack.push({ kind, at });
      top = { open: at, start: at + width, end: at + width, close: at + width, closed: false, paragraph: pi, continues: cont };
    };
    const endTop = (end: number, close: number, closed: boolean) => {
      const q = top!;
      // spaces just inside the marks (`« nous partons »`) are not part of the quote
      while (q.start < end && SPACE.test(text[q.start]!)) q.start++;
      while (end > q.start && SPACE.test(text[end - 1]!)) end--;
      q.end = end;
      q.close = close;
      q.closed = closed;
      if (q.end > q.start && /\S/.test(text.slice(q.start, q.end))) out.push(q);
      stack.length = 0;
      top = null;
    };
    for (let i = lo; i < hi; i++) {
      let c = text[i]!;
      if (!'"“”‘’\'«»„`'.includes(c)) continue;
      // doubled single marks used as a double mark: ''…'' and ``…''
      let width = 1;
      if ((c === "'" || c === '`') && text[i + 1] === c && i + 1 < hi) {
        width = 2;
        c = c === '`' ? '“' : '"';
      } else if (c === '`') continue;
      const pos = position(text, i, lo, hi, width);
      const inner = stack.length > 0 ? stack[stack.length - 1]! : null;
      if (c === '«' || c === '„') {
        if (!top) startTop(c === '«' ? 'guillemet' : 'low', i, i === lo && prevOpenAtEnd);
        else stack.push({ kind: c === '«' ? 'guillemet' : 'low', at: i });
        continue;
      }
      if (c === '»') {
        if (inner?.kind === 'guillemet') {
          stack.pop();
          if (stack.length === 0) endTop(i, i + 1, true);
        }
        continue;
      }
      const single = c === '‘' || c === '’' || c === "'";
      if (single) {
        if (inner && inner.kind !== 'single') continue; // apostrophes and inner quotes inside a double quote
        if (inner?.kind === 'single' && (c === '’' || c === "'") && canCloseSingle(text, i, lo, hi)) {
          // `the Joneses’ house` inside a single quote: an `s’` followed by a word is a possessive
          // when another closer follows later in the paragraph.
          const next = text[i + 1];
          const possessive =
            text[i - 1] === 's' && next !== undefined && SPACE.test(next) && /\p{Ll}/u.test(text[i + 2] ?? '') &&
            closerAfter[i - lo + 1] === 1;
          if (!possessive) {
            stack.pop();
            if (stack.length === 0) endTop(i, i + 1, true);
          }
          continue;
        }
        if ((c === '‘' || c === "'") && pos === 'open' && !isElision(text, i, hi, elisions) && closerAfter[i - lo + 1] === 1) {
          if (!top) startTop('single', i, i === lo && prevOpenAtEnd);
          else stack.push({ kind: 'single', at: i });
        }
        continue;
      }
      // double marks: " “ ” (and doubled single marks)
      if (!top) {
        if (c === '”' && pos !== 'open') continue;
        if (c === '"' && (pos === 'close' || pos === 'mid')) continue; // 5'10", stray closer
        if (pos === 'alone') continue;
        startTop('double', i, i === lo && prevOpenAtEnd, width);
        i += width - 1;
        continue;
      }
      if (inner!.kind === 'double' || inner!.kind === 'low') {
        const closes = c === '”' || (c === '“' && (inner!.kind === 'low' || pos === 'close')) || (c === '"' && pos !== 'open');
        if (closes) {
          stack.pop();
          if (stack.length === 0) endTop(i, i + width, true);
          i += width - 1;
          continue;
        }
        // an opening mark inside an open double quote
        if (stack.length === 1 && pos === 'open' && SENTENCE_END.test(prevNonSpace(text, i, lo) ?? '')) {
          // run-together paragraphs: `…end of para. "Start of next…`, `…end of para. He added: "Next…`
          let e = trimBack(text, i, lo);
          if (text[e - 1] === ':') {
            // `…a Muslim. He added: "The…`: the open quote ends at the sentence end before the cue
            for (let j = e - 2; j > top!.start && j > e - 200; j--) {
              if (/[.!?]/.test(text[j]!) && SPACE.test(text[j + 1] ?? '')) {
                e = j + 1;
                break;
              }
            }
          }
          endTop(e, e, false);
          startTop('double', i, text[e - 1] !== ':' && text.slice(e, i).trim() === '', width);
          i += width - 1;
          continue;
        }
        if (c !== '"') stack.push({ kind: 'double', at: i });
        i += width - 1;
        continue;
      }
      // inside a single or guillemet quote: nested double marks
      if (c === '“' || (c === '"' && pos === 'open')) stack.push({ kind: 'double', at: i });
      i += width - 1;
    }
    if (top) {
      const e = trimBack(text, hi, lo);
      endTop(e, e, false);
      prevOpenAtEnd = true;
    } else {
      prevOpenAtEnd = false;
    }
  });
  return out;
}
