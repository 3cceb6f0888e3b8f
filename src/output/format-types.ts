/**
 * Shared shapes of the output formatters (`src/output/*.ts`).
 */
import type { OutputRecord } from '../types.js';

/** Options every formatter accepts; each formatter reads only the fields it needs. */
export interface FormatOptions {
  /** Use ANSI colours (table formatter only; the others never colour). */
  color: boolean;
  /**
   * JSON: pretty-print (2-space indent) instead of one compact object per line.
   * Default: pretty when exactly one record is given.
   */
  pretty?: boolean;
  /** CSV: write the header row (default true). False for the later chunks of a streamed run. */
  header?: boolean;
  /** Table: terminal width in columns, used to wrap long cells (default 100). */
  width?: number;
}

/**
 * A formatter turns records into the text written to stdout. Records come in input order; a
 * streamed run calls the formatter once per record (or per small batch) and concatenates the
 * results, so every formatter's output for `[a, b]` equals its output for `[a]` followed by `[b]`
 * (with `header: false` / `pretty: false` for the later chunks).
 */
export type Formatter = (records: OutputRecord[], options: FormatOptions) => string;
