/**
 * Discovery of inputs from command-line arguments (modelled on Prettier's expand-patterns):
 *
 * - `-` is stdin;
 * - an existing file is itself (whatever its extension; a name with glob characters that exists is a file);
 * - an existing directory is walked recursively for `.txt`, `.md`, `.markdown`, `.html`, `.htm` files
 *   (case-insensitive), skipping hidden entries, `node_modules` and symbolic links to directories;
 *   each directory's entries are read and sorted on their own, so the walk streams
 *   (depth-first, names in code-point order);
 * - anything else with glob characters is a fast-glob pattern (files only, hidden files skipped);
 *   its matches are sorted, so they are gathered per pattern;
 * - a plain path that does not exist is an `ENOENT` entry; a pattern or directory without
 *   matching files is a `NO_MATCH` entry.
 *
 * Paths are yielded as the user wrote them (joined with names found), patterns in argument order,
 * each path once (duplicates compared by absolute path).
 */
import { opendir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fg from 'fast-glob';

/** One input found by discovery: a path to read, or a pattern/path that failed. */
export type DiscoveredInput = { path: string } | { path: string; error: { code: string; message: string } };

/** File extensions read from directories (lower case, with the dot). */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Directory names never walked. */
const SKIP_DIRS = new Set(['node_modules']);

function hasTextExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function errorOf(path: string, code: string, message: string): DiscoveredInput {
  return { path, error: { code, message: `${path}: ${message}` } };
}

/** Code-point order (not locale order), so results do not depend on the machine's locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Walks a directory depth-first; entries of each directory sorted by name.
 * Unreadable subdirectories yield an error entry and the walk goes on.
 */
async function* walk(dir: string): AsyncGenerator<DiscoveredInput> {
  let names: Array<{ name: string; dir: boolean }>;
  try {
    names = [];
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) names.push({ name: entry.name, dir: true });
      } else if (hasTextExtension(entry.name)) {
        if (entry.isFile()) names.push({ name: entry.name, dir: false });
        else if (entry.isSymbolicLink()) {
          // a link to a file is read; a link to a directory is not followed (no cycles)
          const target = await stat(join(dir, entry.name)).catch(() => null);
          if (target?.isFile()) names.push({ name: entry.name, dir: false });
        }
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    // the code goes in the record's `code` (and the CLI's line ends with it): the message says what failed
    yield errorOf(dir, e.code ?? 'EREAD', e.code ? 'cannot read directory' : `cannot read directory: ${e.message}`);
    return;
  }
  names.sort((a, b) => byName(a.name, b.name));
  for (const n of names) {
    const path = join(dir, n.name);
    if (n.dir) yield* walk(path);
    else yield { path };
  }
}

/** Matches of a glob pattern, sorted. */
async function* glob(pattern: string): AsyncGenerator<string> {
  const found: string[] = [];
  for await (const p of fg.stream(pattern, { onlyFiles: true, dot: false, unique: true, suppressErrors: true })) {
    found.push(String(p));
  }
  found.sort(byName);
  yield* found;
}

/**
 * Expands CLI arguments into inputs, in a stable order, without duplicates.
 *
 * @param args paths, directories, glob patterns (quoted, or already expanded by the shell) and `-`.
 * @yields `{ path }` for each input to read (`-` for stdin), or `{ path, error: { code, message } }`
 *   for an argument that matches nothing (`ENOENT` for a missing path, `NO_MATCH` for a pattern or
 *   directory without matching files) or a directory that cannot be read (`EACCES`, …).
 * Never throws.
 */
export async function* discoverInputs(args: string[]): AsyncGenerator<DiscoveredInput> {
  // Duplicates can only arise across arguments, so a single argument needs no memory of paths.
  const seen = args.length > 1 ? new Set<string>() : null;
  const fresh = (path: string): boolean => {
    if (!seen) return true;
    const key = path === '-' ? '-' : resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };

  for (const arg of args) {
    if (arg === '-') {
      if (fresh('-')) yield { path: '-' };
      continue;
    }
    if (arg === '') {
      yield errorOf(arg, 'ENOENT', 'empty path');
      continue;
    }
    const found = await stat(arg).then(
      (info) => ({ info, err: null }),
      (err: NodeJS.ErrnoException) => ({ info: null, err }),
    );
    if (found.info) {
      if (found.info.isDirectory()) {
        let any = false;
        for await (const item of walk(arg)) {
          if ('error' in item) {
            yield item;
          } else if (fresh(item.path)) {
            any = true;
            yield item;
          } else {
            any = true;
          }
        }
        if (!any) yield errorOf(arg, 'NO_MATCH', `no ${TEXT_EXTENSIONS.join(', ')} files in directory`);
      } else if (fresh(arg)) {
        yield { path: arg };
      }
      continue;
    }
    const code = found.err?.code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      yield errorOf(arg, code ?? 'EREAD', String(found.err?.message ?? found.err).split('\n')[0]!);
      continue;
    }
    if (!fg.isDynamicPattern(arg)) {
      yield errorOf(arg, 'ENOENT', 'no such file or directory');
      continue;
    }
    let any = false;
    for await (const path of glob(arg)) {
      any = true;
      if (fresh(path)) yield { path };
    }
    if (!any) yield errorOf(arg, 'NO_MATCH', 'pattern matched no files');
  }
}
