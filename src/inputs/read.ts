/**
 * Reading one input (a file or stdin) into article text: size limit, refusals, decoding, and the
 * HTML / Markdown readers. Never throws; every failure is a `{ ok: false, code, message }` whose
 * message is one line naming the input.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Diagnostic } from '../types.js';
import { decodeBytes } from './decode.js';
import { htmlToArticle, type HtmlMeta } from './html.js';
import { blankMarkdown } from './markdown.js';
import { looksLikeHtml } from './sniff.js';
import { isBlankText } from './blank.js';

export { isBlankText } from './blank.js';

/** Input formats. */
export type InputFormat = 'text' | 'markdown' | 'html';

/** A decoded article, or the reason it could not be read. */
export type ReadResult =
  | {
      ok: true;
      /** The text to hand to `extract`; every offset of the result refers to it (see `format`). */
      text: string;
      /** Encoding of the bytes, lower case (`utf-8`, `utf-16le`, `windows-1252`, …). */
      encoding: string;
      /**
       * `text`: the decoded file as is (a BOM removed). `markdown`: the decoded file with markup
       * characters replaced by spaces — same length, so offsets are also offsets into the file.
       * `html`: the article text produced from the page (title, byline, date, paragraphs), offsets
       * refer to that produced text.
       */
      format: InputFormat;
      /** True when the bytes began with a byte-order mark (removed from `text`). */
      bom?: boolean;
      /** The page's metadata, for HTML inputs. */
      meta?: HtmlMeta;
      /**
       * Warnings met while reading: `DECODE` for invalid UTF-8 read as windows-1252, or for a forced
       * encoding that does not seem to fit the bytes (U+FFFD produced, ASCII read as UTF-16, UTF-8
       * read as a single-byte encoding).
       */
      diagnostics?: Diagnostic[];
    }
  | { ok: false; code: string; message: string };

/** Options for reading inputs. */
export interface ReadOptions {
  /** Force this encoding (an iconv-lite name) instead of detecting it; an unknown name is an `ENCODING` error. */
  encoding?: string;
  /** Refuse inputs larger than this many bytes (`TOO_LARGE`). Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Force the format instead of choosing it from the extension (or, for stdin, the content). */
  format?: InputFormat;
  /** The stream read for `-`; default `process.stdin` (tests pass their own). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Default size limit: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Format by file extension; null when the extension says nothing (the content decides). */
function formatOfPath(path: string): InputFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text') return 'text';
  return null;
}

function fail(code: string, path: string, message: string): ReadResult {
  const name = path === '-' ? '<stdin>' : path;
  return { ok: false, code, message: `${name}: ${message}` };
}

/** The unit for sizes compared with `limit`: MB from 1 MiB, KB from 1 KiB, else bytes. */
function unitOf(limit: number): { name: string; size: number } {
  if (limit >= 1024 * 1024) return { name: 'MB', size: 1024 * 1024 };
  if (limit >= 1024) return { name: 'KB', size: 1024 };
  return { name: 'bytes', size: 1 };
}

/**
 * A size in the unit chosen for `limit`, with the exact bytes in brackets unless the unit is bytes:
 * `7.6 MB (7969177 bytes)`, `100 KB (102400 bytes)`, `233 bytes`. One decimal, none when whole.
 */
function sizeText(bytes: number, limit: number): string {
  const unit = unitOf(limit);
  if (unit.size === 1) return `${bytes} bytes`;
  const value = bytes / unit.size;
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${unit.name} (${bytes} bytes)`;
}

function systemError(path: string, err: unknown): ReadResult {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file (a part of the path is not a directory)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory, not a file',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'file name too long',
    EMFILE: 'too many open files',
  };
  const code = e.code ?? 'EREAD';
  return fail(code, path, reasons[code] ?? `cannot read (${(e.message ?? String(err)).split('\n')[0]})`);
}

/** Reads a stream up to `max` bytes; returns null once the stream goes past the limit. */
async function readLimited(stream: AsyncIterable<Uint8Array | string>, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.length;
    if (total > max) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/** Reads a file's bytes after checking with stat that it is a file within the limit. */
async function readFileBytes(path: string, max: number): Promise<Buffer | ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    return systemError(path, err);
  }
  if (info.isDirectory()) return fail('EISDIR', path, 'is a directory, not a file');
  if (info.isFile() && info.size > max) {
    return fail('TOO_LARGE', path, `file too large: ${sizeText(info.size, max)}; the limit is ${sizeText(max, max)}`);
  }
  if (info.isFile() && info.size === 0) return fail('EMPTY', path, 'empty file');
  let handle;
  try {
    handle = await open(path, 'r');
    // Read as a stream with the limit: pipes and devices have no size, and a file may grow after stat.
    const bytes = await readLimited(handle.createReadStream({ autoClose: false }), max);
    if (bytes === null) return fail('TOO_LARGE', path, `input too large: more than the limit of ${sizeText(max, max)}`);
    return bytes;
  } catch (err) {
    return systemError(path, err);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The encoding an HTML page declares in its first kilobytes (`<meta charset>`), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head)?.[1];
}

/**
 * Reads and decodes one input (`-` = stdin) into the text handed to `extract`.
 *
 * @param path a file path, or `-` for stdin.
 * @param options encoding override, size limit (default 20 MB), format override, stdin stream.
 * @returns `{ ok: true, text, encoding, format, … }`, or `{ ok: false, code, message }` with code
 *   `ENOENT`, `EACCES`, `EISDIR`, `EMPTY`, `TOO_LARGE`, `BINARY`, `ENCODING`, `EREAD` and a one-line
 *   message naming the input. Never throws.
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  if (path === '-') {
    try {
      const got = await readLimited(options.stdin ?? process.stdin, max);
      if (got === null) return fail('TOO_LARGE', path, `input too large: more than the limit of ${sizeText(max, max)}`);
      bytes = got;
    } catch (err) {
      return systemError(path, err);
    }
  } else {
    const got = await readFileBytes(path, max);
    if (!Buffer.isBuffer(got)) return got;
    bytes = got;
  }
  if (bytes.length === 0) return fail('EMPTY', path, 'empty input');

  let format = options.format ?? (path === '-' ? null : formatOfPath(path));
  const decoded = decodeBytes(bytes, {
    encoding: options.encoding,
    declared: format === 'html' || format === null ? declaredCharset(bytes) : undefined,
  });
  if (!decoded.ok) return fail(decoded.code, path, decoded.message);
  format ??= looksLikeHtml(decoded.text) ? 'html' : 'text';

  const base = { ok: true as const, encoding: decoded.encoding, bom: decoded.bom };
  const diagnostics = decoded.diagnostics.map((d) => ({ ...d, message: `${path === '-' ? '<stdin>' : path}: ${d.message}` }));
  const extra = diagnostics.length > 0 ? { diagnostics } : {};
  if (isBlankText(decoded.text)) return fail('EMPTY', path, 'no text (only whitespace)');

  if (format === 'html') {
    const article = htmlToArticle(decoded.text);
    if (isBlankText(article.text)) return fail('EMPTY', path, 'no readable article text in the HTML page');
    return { ...base, text: article.text, format, meta: article.meta, ...extra };
  }
  if (format === 'markdown') return { ...base, text: blankMarkdown(decoded.text), format, ...extra };
  return { ...base, text: decoded.text, format, ...extra };
}
