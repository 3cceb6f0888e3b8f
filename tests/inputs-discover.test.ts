import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverInputs, type DiscoveredInput } from '../src/inputs/index.js';

async function all(args: string[]): Promise<DiscoveredInput[]> {
  const out: DiscoveredInput[] = [];
  for await (const d of discoverInputs(args)) out.push(d);
  return out;
}

let root: string;
const p = (...parts: string[]) => join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ne-discover-'));
  const files = [
    'news/b.txt',
    'news/a.md',
    'news/Z.TXT',
    'news/page.HTM',
    'news/sub/c.html',
    'news/sub/deeper/d.txt',
    'news/notes.csv',
    'news/.hidden.txt',
    'news/.git/e.txt',
    'news/node_modules/f.txt',
    'other/g.txt',
    'other/h.txt',
    'weird/[draft].txt',
  ];
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'Text.');
  }
  mkdirSync(p('empty-dir'));
  symlinkSync(p('news', 'sub'), p('news', 'loop')); // a link to a directory is not followed
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverInputs', () => {
  test('a directory is walked depth-first in code-point order for .txt/.md/.html/.htm files; hidden, node_modules and other extensions skipped', async () => {
    expect(await all([p('news')])).toEqual([
      { path: p('news', 'Z.TXT') },
      { path: p('news', 'a.md') },
      { path: p('news', 'b.txt') },
      { path: p('news', 'page.HTM') },
      { path: p('news', 'sub', 'c.html') },
      { path: p('news', 'sub', 'deeper', 'd.txt') },
    ]);
  });

  test('a file named explicitly is read whatever its extension', async () => {
    expect(await all([p('news', 'notes.csv')])).toEqual([{ path: p('news', 'notes.csv') }]);
  });

  test('a glob pattern yields its matches sorted', async () => {
    expect(await all([`${root}/**/[gh].txt`])).toEqual([{ path: p('other', 'g.txt') }, { path: p('other', 'h.txt') }]);
    expect(await all([`${root}/news/*.{md,txt}`])).toEqual([{ path: p('news', 'a.md') }, { path: p('news', 'b.txt') }]);
  });

  test('a file whose name has glob characters is a file when it exists', async () => {
    expect(await all([p('weird', '[draft].txt')])).toEqual([{ path: p('weird', '[draft].txt') }]);
  });

  test('arguments keep their order; duplicates (also across a file and its directory) are dropped', async () => {
    const got = await all([p('other', 'h.txt'), '-', p('other'), `${root}/other/*.txt`, '-']);
    expect(got).toEqual([{ path: p('other', 'h.txt') }, { path: '-' }, { path: p('other', 'g.txt') }]);
  });

  test('a missing path is ENOENT, a pattern or directory without matches is NO_MATCH, and discovery goes on', async () => {
    const missing = p('nope.txt');
    const pattern = `${root}/nothing/*.txt`;
    const got = await all([missing, pattern, p('empty-dir'), p('other', 'g.txt')]);
    expect(got).toEqual([
      { path: missing, error: { code: 'ENOENT', message: `${missing}: no such file or directory` } },
      { path: pattern, error: { code: 'NO_MATCH', message: `${pattern}: pattern matched no files` } },
      {
        path: p('empty-dir'),
        error: { code: 'NO_MATCH', message: `${p('empty-dir')}: no .txt, .md, .markdown, .html, .htm files in directory` },
      },
      { path: p('other', 'g.txt') },
    ]);
  });

  test('the committed bad-input fixtures are all discovered, one entry per file', async () => {
    const got = await all(['fixtures/bad']);
    const names = readdirSync('fixtures/bad').sort();
    expect(got).toEqual(names.map((n) => ({ path: join('fixtures/bad', n) })));
  });
});
