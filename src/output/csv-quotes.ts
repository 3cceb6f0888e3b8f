/**
 * CSV formatter for `--csv quotes` (the default CSV): one row per quotation.
 * Columns: source, speaker, speaker_type, quote, kind, cue, start, end (offsets in UTF-16 code
 * units into the decoded input, end exclusive). Error records give no rows (they are reported on
 * stderr). RFC 4180 quoting by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import { isErrorRecord, type OutputRecord } from '../types.js';
import type { FormatOptions } from './format-types.js';
import { cueText, speakerName } from './describe.js';

/** Column names of `--csv quotes`. */
export const QUOTE_COLUMNS = ['source', 'speaker', 'speaker_type', 'quote', 'kind', 'cue', 'start', 'end'];

/**
 * @param records results in input order; error records are skipped.
 * @param options `header` (default true) writes the header row first.
 */
export function formatCsvQuotes(records: OutputRecord[], options: FormatOptions): string {
  const rows: Array<Array<string | number>> = [];
  for (const r of records) {
    if (isErrorRecord(r)) continue;
    for (const q of r.quotes) {
      rows.push([r.source, speakerName(q.speaker), q.speaker?.type ?? '', q.text, q.kind, cueText(q), q.start, q.end]);
    }
  }
  const header = options.header ?? true;
  if (rows.length === 0 && !header) return '';
  return stringify(rows, { header, columns: QUOTE_COLUMNS });
}
