/**
 * One unit of batch work — read one input and extract one article — shared by the worker thread
 * (`worker.ts`) and the inline path (`--jobs 1`). Never throws: every failure becomes an
 * {@link ErrorRecord}.
 */
import { isErrorRecord, type Diagnostic, type OutputRecord } from '../types.js';
import type { ReadOptions } from '../inputs/index.js';
import { readInput } from '../inputs/index.js';
import { extract } from '../pipeline.js';
import type { Lexicon } from '../lexicons/index.js';
import { errorRecord } from './errors.js';

export { errorRecord } from './errors.js';

/** What to process: a path to read (never `-`), or text already read (stdin, a JSON Lines line). */
export type Task = { path: string } | { source: string; text: string; diagnostics?: Diagnostic[] };

/** What a task needs besides itself. */
export interface TaskContext {
  lexicon: Lexicon;
  read: ReadOptions;
}

/**
 * Reads (for a path) and extracts one article. Reader warnings (e.g. `DECODE`) are put first in
 * the result's `diagnostics`.
 *
 * @returns the article result, or an error record: the reader's code (`ENOENT`, `TOO_LARGE`, …),
 * or `EXTRACT` when the extractor throws (message = the exception's message, one line, no stack).
 */
export async function processTask(task: Task, ctx: TaskContext): Promise<OutputRecord> {
  let source: string;
  let text: string;
  let warnings: Diagnostic[] | undefined;
  if ('path' in task) {
    source = task.path;
    const r = await readInput(task.path, ctx.read);
    if (!r.ok) return errorRecord(source, r.code, r.message);
    text = r.text;
    warnings = r.diagnostics;
  } else {
    source = task.source;
    text = task.text;
    warnings = task.diagnostics;
  }
  const record = extractSafely(text, source, ctx.lexicon);
  if (warnings && warnings.length > 0 && !isErrorRecord(record)) {
    record.diagnostics = [...warnings, ...(record.diagnostics ?? [])];
  }
  return record;
}

/** `extract`, with an exception turned into an `EXTRACT` error record. */
export function extractSafely(text: string, source: string, lexicon: Lexicon): OutputRecord {
  try {
    return extract(text, { source, lexicon });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return errorRecord(source, 'EXTRACT', `extraction failed: ${msg}`);
  }
}
