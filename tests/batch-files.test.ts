import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commonBase, makeDirectory, outputPath, safeName, OutDirWriter } from '../src/output/files.js';
import { sampleError, sampleResult } from './output-sample.js';

describe('--out file names', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'extract-files-'));
  mkdirSync(path.join(root, 'corpus/tech'), { recursive: true });
  mkdirSync(path.join(root, 'corpus/sport'), { recursive: true });
  writeFileSync(path.join(root, 'corpus/tech/001.txt'), 'x');

  test.each<[string, string[], string]>([
    ['a directory is its own base', ['corpus'], 'corpus'],
    ['a file: its directory', ['corpus/tech/001.txt'], 'corpus/tech'],
    ['two directories: their parent', ['corpus/tech', 'corpus/sport'], 'corpus'],
    ['a glob: its static part', ['corpus/*/*.txt'], 'corpus'],
    ['stdin is ignored', ['-', 'corpus/tech'], 'corpus/tech'],
    ['a missing path is ignored', ['corpus/tech', 'missing.txt'], 'corpus/tech'],
    ['nothing: the working directory', ['-'], ''],
  ])('commonBase: %s', (_name, args, expected) => {
    expect(commonBase(args, root)).toBe(path.join(root, expected));
  });

  test('a path mirrors the tree under the base and keeps its extension', () => {
    const base = path.join(root, 'corpus');
    expect(outputPath('out', base, path.join(root, 'corpus/tech/001.txt'), 'path')).toBe(path.join('out', 'tech', '001.txt.json'));
    expect(outputPath('out', base, '-', 'path')).toBe(path.join('out', 'stdin.json'));
  });

  test.each([
    ['a1', 'a1'],
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['..', '_..'],
    ['', '_'],
    ['article 7/ü', 'article_7__'],
  ])('safeName(%j) = %j', (id, expected) => {
    expect(safeName(id)).toBe(expected);
  });

  test('the writer writes pretty JSON, creates directories, and overwrites whole files', async () => {
    const out = path.join(root, 'out');
    const w = new OutDirWriter(out, path.join(root, 'corpus'), 'path');
    const src = path.join(root, 'corpus/tech/001.txt');
    await w.write(sampleResult(src));
    const file = path.join(out, 'tech/001.txt.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(sampleResult(src));
    await w.write(sampleError(src));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(sampleError(src));
    expect(readdirSync(path.join(out, 'tech'))).toEqual(['001.txt.json']); // no temporary files left
  });

  test('makeDirectory creates nested directories and accepts existing ones', async () => {
    const dir = path.join(root, 'deep/er/still');
    await makeDirectory(dir);
    await makeDirectory(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  test('makeDirectory fails (and does not hang) under a file or where the system refuses', async () => {
    const file = path.join(root, 'plain-file');
    writeFileSync(file, 'x');
    // the error names the file standing where a directory is needed
    await expect(makeDirectory(path.join(file, 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR', path: file });
    await expect(makeDirectory(file)).rejects.toMatchObject({ code: 'ENOTDIR', path: file });
    if (existsSync('/proc/self')) await expect(makeDirectory('/proc/no-such-dir/out')).rejects.toThrow();
  });
});

describe('--out with JSON Lines ids', () => {
  const root2 = mkdtempSync(path.join(tmpdir(), 'extract-files-ids-'));
  afterAll(() => rmSync(root2, { recursive: true, force: true }));

  test('a repeated id is written to a1~2.json, a1~3.json, never over the first record', async () => {
    const out = path.join(root2, 'jout');
    const w = new OutDirWriter(out, root2, 'id');
    expect(await w.write(sampleResult('a1'))).toEqual({ file: path.join(out, 'a1.json') });
    expect(await w.write(sampleError('a1'))).toEqual({ file: path.join(out, 'a1~2.json'), duplicateOf: path.join(out, 'a1.json') });
    expect(await w.write(sampleResult('a1'))).toEqual({ file: path.join(out, 'a1~3.json'), duplicateOf: path.join(out, 'a1.json') });
    // "a/1" and "a_1" both become a_1.json: the second is renamed too
    await w.write(sampleResult('a/1'));
    expect((await w.write(sampleResult('a_1'))).file).toBe(path.join(out, 'a_1~2.json'));
    expect(readdirSync(out).sort()).toEqual(['a1.json', 'a1~2.json', 'a1~3.json', 'a_1.json', 'a_1~2.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'a1.json'), 'utf8'))).toEqual(sampleResult('a1'));
    expect(JSON.parse(readFileSync(path.join(out, 'a1~2.json'), 'utf8'))).toEqual(sampleError('a1'));
  });

  test('a write that fails names the target file, not the temporary file', async () => {
    const out = path.join(root2, 'jout2');
    mkdirSync(path.join(out, 'b7.json'), { recursive: true }); // a directory where the file should go
    const w = new OutDirWriter(out, root2, 'id');
    const err = await w.write(sampleResult('b7')).then(
      () => null,
      (e: Error) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.message).toContain(path.join(out, 'b7.json'));
    expect(err!.message).not.toMatch(/b7\.json\.\d+/);
    expect(err!.message).toMatch(/^\S+\/jout2\/b7\.json: .+ \(EISDIR\)$/);
    expect(err).toMatchObject({ code: 'EISDIR', path: path.join(out, 'b7.json') });
  });
});
