/**
 * Error records — kept apart from the extraction code so the main thread can build them without
 * loading the pipeline (with worker threads, only the workers load compromise and the lexicon).
 */
import type { ErrorRecord } from '../types.js';

/**
 * Builds an error record. The message is reduced to one line and a leading `source: ` (or
 * `<stdin>: ` for `-`) is removed, since the source is a field of its own.
 *
 * @param source the input: path, pattern, `-`, or JSON Lines id.
 * @param code stable code (`ENOENT`, `BAD_LINE`, `EXTRACT`, …); `ERROR` when empty.
 * @param message one human-readable line; the code when empty.
 */
export function errorRecord(source: string, code: string, message: string): ErrorRecord {
  let m = message.replace(/\s+/g, ' ').trim();
  for (const name of source === '-' ? ['-', '<stdin>'] : [source]) {
    if (m.startsWith(`${name}: `)) m = m.slice(name.length + 2);
  }
  return { source, error: { code: code || 'ERROR', message: m || code || 'failed' } };
}
