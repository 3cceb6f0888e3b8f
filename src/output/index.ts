/**
 * The output formatters, one per file, listed in one object. The CLI picks one by name:
 * `table` (default), `json` (`--json`), `csv-quotes` (`--csv` / `--csv quotes`), `csv-people` (`--csv people`).
 */
import type { Formatter } from './format-types.js';
import { formatJson } from './json.js';
import { formatTable } from './table.js';
import { formatCsvQuotes } from './csv-quotes.js';
import { formatCsvPeople } from './csv-people.js';

export type { Formatter, FormatOptions } from './format-types.js';

/** Every formatter by name. */
export const formatters = {
  table: formatTable,
  json: formatJson,
  'csv-quotes': formatCsvQuotes,
  'csv-people': formatCsvPeople,
} satisfies Record<string, Formatter>;

/** Name of a formatter in {@link formatters}. */
export type FormatName = keyof typeof formatters;
