/**
 * CSV formatter for `--csv people`: one row per person per article.
 * Columns: source, name, aliases (`; `-separated), roles (`; `-separated, each `title (country,
 * organization)`), mentions (number of name mentions). Error records give no rows.
 */
import { stringify } from 'csv-stringify/sync';
import { isErrorRecord, type OutputRecord } from '../types.js';
import type { FormatOptions } from './format-types.js';
import { describeRole } from './describe.js';

/** Column names of `--csv people`. */
export const PEOPLE_COLUMNS = ['source', 'name', 'aliases', 'roles', 'mentions'];

/**
 * @param records results in input order; error records are skipped.
 * @param options `header` (default true) writes the header row first.
 */
export function formatCsvPeople(records: OutputRecord[], options: FormatOptions): string {
  const rows: Array<Array<string | number>> = [];
  for (const r of records) {
    if (isErrorRecord(r)) continue;
    for (const p of r.people) {
      rows.push([r.source, p.name, p.aliases.join('; '), p.roles.map(describeRole).join('; '), p.mentions.length]);
    }
  }
  const header = options.header ?? true;
  if (rows.length === 0 && !header) return '';
  return stringify(rows, { header, columns: PEOPLE_COLUMNS });
}
