import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The real extractor never throws on text; to test what happens when it does, it is replaced here
// by one that throws on a marker word and otherwise returns an empty result.
jest.unstable_mockModule('../src/pipeline.js', () => ({
  extract: (text: string, options: { source: string }) => {
    if (text.includes('EXPLODE')) throw new Error('boom\n    at someFunction (file.js:1:1)');
    return { source: options.source, meta: { title: null, byline: null, publisher: null, date: null, url: null }, people: [], countries: [], organizations: [], quotes: [] };
  },
}));

const { processTask, errorRecord } = await import('../src/batch/task.js');
const ctx = { lexicon: {} as never, read: {} };

describe('processTask', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-task-'));
  const good = path.join(dir, 'good.txt');
  const bad = path.join(dir, 'bad.txt');
  writeFileSync(good, 'A calm day in the harbour.\n');
  writeFileSync(bad, 'This text will EXPLODE the extractor.\n');

  test('reads and extracts a file', async () => {
    const r = await processTask({ path: good }, ctx);
    expect(r).toMatchObject({ source: good, people: [] });
  });

  test('an exception in the extractor becomes an EXTRACT error record, one line, no stack', async () => {
    const r = await processTask({ path: bad }, ctx);
    expect(r).toEqual({ source: bad, error: { code: 'EXTRACT', message: 'extraction failed: boom at someFunction (file.js:1:1)' } });
  });

  test('text tasks (stdin, JSON Lines) are extracted under their source', async () => {
    expect(await processTask({ source: 'line-7', text: 'EXPLODE' }, ctx)).toMatchObject({ source: 'line-7', error: { code: 'EXTRACT' } });
  });

  test('a missing file becomes an error record naming the reader code', async () => {
    const missing = path.join(dir, 'missing.txt');
    const r = await processTask({ path: missing }, ctx);
    expect(r).toMatchObject({ source: missing, error: { code: 'ENOENT' } });
    expect((r as { error: { message: string } }).error.message.startsWith(missing)).toBe(false);
  });
});

describe('errorRecord', () => {
  test.each([
    ['a.txt', 'ENOENT', 'a.txt: no such file', 'no such file'],
    ['-', 'EMPTY', '<stdin>: empty input', 'empty input'],
    ['a.txt', 'X', 'two\nlines', 'two lines'],
    ['a.txt', 'X', '', 'X'],
  ])('(%j, %j, %j) → message %j', (source, code, message, expected) => {
    expect(errorRecord(source, code, message)).toEqual({ source, error: { code, message: expected } });
  });
});
