/**
 * JSON formatter: one JSON object per record — pretty-printed when the run has a single article,
 * otherwise one compact object per line (NDJSON), so `jq` reads either form.
 * The objects follow `src/output/schema.json` (ArticleResult or ErrorRecord).
 */
import type { OutputRecord } from '../types.js';
import type { FormatOptions } from './format-types.js';

/**
 * @param records article results and error records, in input order.
 * @param options `pretty` (default: true for exactly one record).
 * @returns the text, ending with a newline (empty string for no records).
 */
export function formatJson(records: OutputRecord[], options: FormatOptions): string {
  const pretty = options.pretty ?? records.length === 1;
  let out = '';
  for (const r of records) out += (pretty ? JSON.stringify(r, null, 2) : JSON.stringify(r)) + '\n';
  return out;
}
