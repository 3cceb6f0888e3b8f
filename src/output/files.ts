/**
 * `--out DIR`: one pretty JSON file per article (or its error record), mirroring the input tree
 * relative to the common base directory of the inputs: with inputs `corpus/` the file
 * `corpus/tech/001.txt` is written to `DIR/tech/001.txt.json`. Each file is written atomically
 * (write-file-atomic: a temporary file renamed over the target), so a killed run never leaves a
 * half-written file, and a re-run replaces files whole.
 *
 * Names: a path keeps its own name plus `.json` (so `a.txt` and `a.html` never collide); stdin is
 * `stdin.json`; a JSON Lines id becomes a file name with characters other than letters, digits,
 * `.`, `_` and `-` replaced by `_`. Two JSON Lines records whose ids give the same file name (the
 * same id twice, or `a/b` and `a_b`) never overwrite each other within a run: the later ones get
 * `~2`, `~3`, … before `.json` (`a1.json`, `a1~2.json`), and the CLI warns on stderr.
 */
import { access, constants, mkdir, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import writeFileAtomic from 'write-file-atomic';
import type { OutputRecord } from '../types.js';

/**
 * The deepest directory holding every input named on the command line: a directory argument
 * counts as itself, a file as its directory, a glob as its static part (`corpus/*\/*.txt` →
 * `corpus`). `-` and missing paths are ignored. Absolute path; `cwd` when there is nothing else.
 */
export function commonBase(args: string[], cwd = process.cwd()): string {
  const dirs: string[] = [];
  for (const arg of args) {
    if (arg === '-') continue;
    if (fg.isDynamicPattern(arg)) {
      for (const t of fg.generateTasks([arg])) dirs.push(path.resolve(cwd, t.base));
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      continue; // a missing input gives no file, so it does not move the base
    }
    dirs.push(isDir ? abs : path.dirname(abs));
  }
  if (dirs.length === 0) return path.resolve(cwd);
  let base = dirs[0]!;
  for (const d of dirs.slice(1)) {
    while (!isInside(d, base)) {
      const up = path.dirname(base);
      if (up === base) break;
      base = up;
    }
  }
  return base;
}

function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A JSON Lines id as a safe file name (never empty, never `.` or `..`). */
export function safeName(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
  return s === '' || /^\.+$/.test(s) ? `_${s}` : s;
}

/** How sources map to file names. */
export type SourceKind = 'path' | 'id';

/**
 * The output file for a record's source.
 *
 * @param outDir `--out DIR`.
 * @param base {@link commonBase} of the inputs (absolute).
 * @param source the record's source.
 * @param kind `path` for file inputs, `id` for JSON Lines ids.
 */
export function outputPath(outDir: string, base: string, source: string, kind: SourceKind): string {
  if (kind === 'id') return path.join(outDir, safeName(source) + '.json');
  if (source === '-') return path.join(outDir, 'stdin.json');
  const abs = path.resolve(source);
  const rel = isInside(abs, base) ? path.relative(base, abs) : safeName(abs);
  return path.join(outDir, rel + '.json');
}

/**
 * `mkdir -p`, one level at a time. (`mkdir(dir, { recursive: true })` never settles in Node 20
 * when the parent refuses new entries with ENOENT, as `/proc` does.)
 *
 * @throws the file system error of the first level that cannot be created.
 */
export async function makeDirectory(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    // missing: create it below
  }
  const parent = path.dirname(dir);
  if (parent !== dir) await makeDirectory(parent);
  try {
    await mkdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    if (!(await stat(dir)).isDirectory()) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', path: dir });
    }
  }
}

/**
 * Makes sure `--out DIR` can take files before a run starts: creates it (with its parents) when
 * missing, and checks that it is a directory this process may write in.
 *
 * @throws Error whose message names the directory and the reason, e.g.
 * `out: not a directory (ENOTDIR)`, `out: permission denied (EACCES)`; `code` is kept.
 */
export async function prepareOutDir(dir: string): Promise<void> {
  try {
    await makeDirectory(dir);
    await access(dir, constants.W_OK);
  } catch (err) {
    const at = (err as NodeJS.ErrnoException).path;
    // name the level that failed when it is not DIR itself (`out/sub` under a file `out`)
    throw writeError(err, at && path.resolve(at) !== path.resolve(dir) ? `${dir}: ${at}` : dir);
  }
}

/** What {@link OutDirWriter.write} did. */
export interface Written {
  /** The file written. */
  file: string;
  /** For a JSON Lines id whose file name was already used in this run: that earlier file. */
  duplicateOf?: string;
}

/**
 * The error of a failed write, naming the target file rather than write-file-atomic's temporary
 * file: `EISDIR: illegal operation on a directory, rename 'out/a.json.3571' -> 'out/a.json'`
 * becomes `out/a.json: illegal operation on a directory (EISDIR)`. Keeps `code`; `path` = the target.
 */
function writeError(err: unknown, file: string): Error {
  const e = (err ?? {}) as { code?: unknown };
  return Object.assign(new Error(`${file}: ${fsReason(err)}`), { code: e.code, path: file });
}

/**
 * A file system error as a short reason with its code: `ENOSPC: no space left on device, write`
 * becomes `no space left on device (ENOSPC)`. Other errors: their message on one line.
 */
export function fsReason(err: unknown): string {
  const e = (err ?? {}) as { message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(err);
  const sys = /^([A-Z][A-Z0-9_]+): ([^,]+)/.exec(message);
  return sys ? `${sys[2]!.trim()} (${sys[1]})` : message.split(/\s+/).join(' ');
}

/** Writes records to `--out DIR`. */
export class OutDirWriter {
  private lastDir = '';
  /** File names already used for JSON Lines ids in this run (paths are unique by themselves). */
  private readonly used = new Set<string>();

  constructor(
    private readonly outDir: string,
    private readonly base: string,
    private readonly kind: SourceKind,
  ) {}

  /**
   * Writes one record atomically (pretty JSON, newline-terminated).
   *
   * @returns the path written, and for a repeated JSON Lines id the file of the first record.
   * @throws the file system error when the file cannot be written (the CLI reports it and goes
   * on, or stops when the device is full or read-only); its message names the target file.
   */
  async write(record: OutputRecord): Promise<Written> {
    const first = outputPath(this.outDir, this.base, record.source, this.kind);
    let file = first;
    if (this.kind === 'id') {
      for (let n = 2; this.used.has(file); n++) file = first.replace(/\.json$/, `~${n}.json`);
      this.used.add(file);
    }
    const dir = path.dirname(file);
    if (dir !== this.lastDir) {
      try {
        await makeDirectory(dir);
      } catch (err) {
        throw writeError(err, dir);
      }
      this.lastDir = dir;
    }
    try {
      await writeFileAtomic(file, JSON.stringify(record, null, 2) + '\n');
    } catch (err) {
      throw writeError(err, file);
    }
    return file === first ? { file } : { file, duplicateOf: first };
  }
}
