/**
 * Ctrl-C (SIGINT) during a run: one stderr line `extract: interrupted after N of M articles`, then
 * the process dies of the signal (a shell shows exit status 130). Runs `bin/extract` on the built
 * tree. Also: how many inputs the CLI can count without walking (it starts no more worker threads).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { plainInputCount } from '../src/cli/main.js';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const BIN = path.join(ROOT, 'bin/extract');
const FILES = ['fixtures/batch/harbour/ferry-fares.txt', 'fixtures/batch/harbour/pier-vote.txt', 'fixtures/batch/schools/library-hours.txt'];
jest.setTimeout(120_000);

const tmp = mkdtempSync(path.join(tmpdir(), 'extract-int-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('SIGINT after the first record: one line naming how many of the 4 articles were done, then death by SIGINT', async () => {
  // a slow fourth article (about 300 KB of a made-up paragraph) keeps the run going
  const para = 'The ferry board of Vellmar met again. Odd Moen, the chairman, said fares would rise in May.\n\n';
  const slow = path.join(tmp, 'slow.txt');
  writeFileSync(slow, 'Ferry board\n\n' + para.repeat(Math.ceil(300_000 / para.length)));
  const child = spawn(process.execPath, [BIN, '--json', '--jobs', '2', ...FILES, slow], { cwd: ROOT, env: { ...process.env, CI: '1' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdout.once('data', () => child.kill('SIGINT'));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  expect(signal === 'SIGINT' || code === 130).toBe(true);
  expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^extract: interrupted after [0-3] of 4 articles$/)]);
});

test.each<[string, string[], number | null]>([
  ['plain files and stdin are counted', [...FILES, '-'], 4],
  ['one file', [FILES[0]!], 1],
  ['a directory is not counted without walking it', ['fixtures/batch'], null],
  ['a glob is not counted', ['fixtures/batch/**/*.txt'], null],
  ['a missing file is not counted', ['no-such-file.txt'], null],
])('plainInputCount: %s', (_name, inputs, expected) => {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    expect(plainInputCount(inputs)).toBe(expected);
  } finally {
    process.chdir(cwd);
  }
});
