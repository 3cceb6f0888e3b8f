/**
 * `--input-format jsonl`: reads JSON Lines, one article per line, `{"id": …, "text": …}`.
 * Blank lines are skipped. A line that is not a JSON object with a string `text` becomes an
 * error record (code `BAD_LINE`) naming the line number; a `text` that is empty or only whitespace
 * gives `EMPTY`, as an empty file does; the run goes on.
 *
 * The record's `source` is the line's `id` (a string, or a number written as a string); lines
 * without an id (or with an empty one), and lines that are not JSON objects, get `NAME:LINE` (e.g. `stdin:12`), so the
 * line number is always in the source or (for a line with an id) in the message.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ErrorRecord } from '../types.js';
import { isBlankText } from '../inputs/blank.js';
import { errorRecord } from './errors.js';
import type { Task } from './task.js';

/** One parsed line: a task to run, or the error record of a bad line. */
export type JsonlItem = { task: Task } | { record: ErrorRecord };

/**
 * Parses one line.
 *
 * @param line the line, without its line break.
 * @param lineNo 1-based line number.
 * @param name the stream's name for sources without id (`stdin` or the file path).
 * @param maxBytes longest accepted line, in UTF-8 bytes.
 * @returns null for a blank line.
 */
export function parseJsonlLine(line: string, lineNo: number, name: string, maxBytes = Infinity): JsonlItem | null {
  if (line.trim() === '') return null;
  const fallback = `${name}:${lineNo}`;
  if (line.length > maxBytes || Buffer.byteLength(line, 'utf8') > maxBytes) {
    return { record: errorRecord(fallback, 'TOO_LARGE', `line longer than ${maxBytes} bytes`) };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { record: errorRecord(fallback, 'BAD_LINE', `invalid JSON (${(err as Error).message})`) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { record: errorRecord(fallback, 'BAD_LINE', 'not a JSON object') };
  }
  const obj = value as { id?: unknown; text?: unknown };
  // an empty or blank id names nothing: the line number does
  const source = (typeof obj.id === 'string' && obj.id.trim() !== '') || typeof obj.id === 'number' ? String(obj.id) : fallback;
  if (typeof obj.text !== 'string') {
    return { record: errorRecord(source, 'BAD_LINE', `line ${lineNo}: "text" must be a string`) };
  }
  if (isBlankText(obj.text)) {
    return { record: errorRecord(source, 'EMPTY', `line ${lineNo}: "text" is empty or only whitespace`) };
  }
  return { task: { source, text: obj.text } };
}

/**
 * Reads JSON Lines from a stream, lazily (one line at a time; lines of any length of `\n` or `\r\n`).
 *
 * @param input the stream (stdin or a file stream), read as UTF-8.
 * @param name used in sources of lines without id.
 */
export async function* readJsonl(input: Readable, name: string, maxBytes = Infinity): AsyncGenerator<JsonlItem> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    const item = parseJsonlLine(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line, lineNo, name, maxBytes);
    if (item) yield item;
  }
}
