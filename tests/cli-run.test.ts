/**
 * The `extract` command run as a user runs it: `node bin/extract …` in a child process, on the
 * built tree (`flock /tmp/build.lock npm run build` first; `npm test` builds in `pretest`).
 * These tests check the plumbing — exit codes, streams, record counts and order, error records,
 * files — which does not depend on how good the extractors are.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { jest } from '@jest/globals';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const BIN = path.join(ROOT, 'bin/extract');
const BATCH = 'fixtures/batch';
/** The fixture articles in discovery order (directories walked depth-first, names sorted). */
const BATCH_FILES = ['fixtures/batch/harbour/ferry-fares.txt', 'fixtures/batch/harbour/pier-vote.txt', 'fixtures/batch/schools/library-hours.txt'];

jest.setTimeout(120_000);

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Ran {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !['FORCE_COLOR', 'NO_COLOR', 'CI'].includes(k)) env[k] = v;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...env, ...options.env },
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ndjson(text: string): Array<Record<string, any>> {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}

const tmp = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js')) || !existsSync(path.join(ROOT, 'dist/batch/worker.js'))) {
    throw new Error('dist/ is missing: run `flock /tmp/build.lock npm run build` first');
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('usage', () => {
  test.each([
    ['an unknown option', ['--bogus', BATCH], /unknown option '--bogus'/],
    ['no input', [], /no input given/],
    ['a bad --jobs', ['--jobs', 'two', BATCH], /--jobs/],
    ['an unknown --csv kind', ['--csv=places', BATCH], /places/],
    ['--json with --csv', ['--json', '--csv', BATCH], /cannot be used with/],
    ['an unknown encoding', ['--encoding', 'klingon-8', BATCH], /Unknown encoding "klingon-8"/],
    ['--jobs above 64', ['--jobs', '100000', '--json', BATCH_FILES[0]!], /--jobs must be at most 64/],
    ['--jobs 0', ['--jobs', '0', BATCH], /--jobs must be a whole number from 1 to 64/],
    ['--csv with a word that is neither a kind nor a file', ['--csv', 'bogus', BATCH_FILES[0]!], /--csv takes quotes or people, not "bogus"/],
    ['--out with --csv people', ['--out', 'never-written', '--csv', 'people', BATCH], /--out writes JSON files and cannot be used with --csv/],
    ['--summary with --csv people', ['--summary', '--csv', 'people', BATCH], /--summary writes its own CSV/],
    ['--out with --csv', ['--csv', '--out', 'never-written', BATCH], /cannot be used with --csv/],
    ['a bad --max-bytes', ['--max-bytes', 'lots', BATCH], /Expected a size such as/],
  ])('%s: exit 2, one line and a pointer to --help on stderr, nothing on stdout', (_name, args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^extract: /);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).not.toMatch(/\. [a-z]/); // no lowercase word after a full stop
    expect(lines[1]).toBe("Try 'extract --help'.");
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(ROOT, 'never-written'))).toBe(false);
  });

  test('--jobs 64 on one file: one worker is enough, the run succeeds', () => {
    const r = cli(['--jobs', '64', '--json', BATCH_FILES[0]!]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe(BATCH_FILES[0]);
  });

  test('--help matches behaviour: .markdown files and --input-format auto are described', () => {
    const r = cli(['--help']);
    expect(r.stdout).toContain('.markdown');
    expect(r.stdout).toMatch(/auto: each file read as text, Markdown/);
  });

  test('--help prints usage and examples on stdout, exit 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: extract');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--input-format');
  });

  test('--version prints the package version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('no input matched: exit 2', () => {
    const r = cli(['--json', 'no-such-dir/', 'fixtures/batch/*.nothing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: no-such-dir\/: .+ \(ENOENT\)$/m);
    expect(r.stderr).toMatch(/^extract: no input matched$/m);
  });
});

describe('--json', () => {
  test('one article: one pretty object', () => {
    const r = cli(['--json', '--jobs', '1', BATCH_FILES[1]!]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
    expect(r.stdout.startsWith('{\n  "source": "fixtures/batch/harbour/pier-vote.txt",')).toBe(true);
    expect(JSON.parse(r.stdout).source).toBe(BATCH_FILES[1]);
    expect(r.stderr).toBe('');
  });

  test.each([['1'], ['2']])('several articles (--jobs %s): NDJSON, one line per input, in input order', (jobs) => {
    const r = cli(['--json', '--jobs', jobs, BATCH]);
    expect(r.code).toBe(0);
    const records = ndjson(r.stdout);
    expect(records.map((x) => x.source)).toEqual(BATCH_FILES);
    expect(records.every((x) => Array.isArray(x.people) && Array.isArray(x.quotes))).toBe(true);
  });

  test('order follows the arguments, with a missing file in the middle as an error record', () => {
    const r = cli(['--json', '--jobs', '2', BATCH_FILES[2]!, 'missing.txt', BATCH_FILES[0]!]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records.map((x) => x.source)).toEqual([BATCH_FILES[2], 'missing.txt', BATCH_FILES[0]]);
    expect(records[1]).toEqual({ source: 'missing.txt', error: { code: 'ENOENT', message: expect.any(String) } });
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^extract: missing\.txt: .+ \(ENOENT\)$/)]);
  });

  test('an unreadable (binary) file: error record, one stderr line, the batch goes on, exit 1', () => {
    const bin = path.join(tmp, 'binary.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const r = cli(['--json', '--jobs', '1', bin, BATCH_FILES[0]!]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records).toHaveLength(2);
    expect(records[0]!.source).toBe(bin);
    expect(records[0]!.error.code).toMatch(/^[A-Z_]+$/);
    expect(records[1]!.source).toBe(BATCH_FILES[0]);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`extract: ${bin}: `)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('stdin: - reads the article from stdin', () => {
    const r = cli(['--json', '--jobs', '1', '-'], { input: 'Ferry Strike Ends\n\nThe ferry strike ended on Tuesday.\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: '-', meta: { title: { text: 'Ferry Strike Ends' } } });
  });

  test('every record follows the JSON Schema', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'dist/output/schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
    const r = cli(['--json', BATCH, 'fixtures/articles', 'missing.txt']);
    const records = ndjson(r.stdout);
    expect(records.length).toBeGreaterThanOrEqual(BATCH_FILES.length + 1);
    for (const rec of records) {
      if (!validate(rec)) throw new Error(`${rec.source}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });
});

describe('reading options', () => {
  test('--max-bytes: larger inputs get TOO_LARGE error records (in the worker threads too), exit 1', () => {
    const r = cli(['--json', '--jobs', '2', '--max-bytes', '200', BATCH]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records.map((x) => x.source)).toEqual(BATCH_FILES);
    // ferry-fares (280 bytes) and pier-vote (326 bytes) are over 200 bytes; library-hours (174) is not
    expect(records.map((x) => x.error?.code ?? 'ok')).toEqual(['TOO_LARGE', 'TOO_LARGE', 'ok']);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  test('an article larger than the worker heap allows is processed in the main thread, not lost', () => {
    // EXTRACT_WORKER_HEAP_MB=48 shrinks the worker cap so that a ~100 KB article is "large" (with
    // the default 256 MB cap the same happens from 1.5 MB, e.g. an 8 MB file).
    const para =
      'The harbour board of Vellmar met on Tuesday. Anna Berg, the mayor, said the work would begin in March. ' +
      '"We have waited long enough," Berg told reporters. The plan was opposed by Lars Dahl, a councillor.\n\n';
    const big = path.join(tmp, 'big.txt');
    writeFileSync(big, 'Harbour plan\n\n' + para.repeat(Math.ceil(100_000 / para.length)));
    const r = cli(['--json', '--jobs', '2', big, BATCH_FILES[2]!], { env: { EXTRACT_WORKER_HEAP_MB: '48' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const records = ndjson(r.stdout);
    expect(records.map((x) => x.source)).toEqual([big, BATCH_FILES[2]]);
    expect(records[0]!.error).toBeUndefined();
    expect(records[0]!.people.map((p: any) => p.name)).toEqual(expect.arrayContaining(['Anna Berg', 'Lars Dahl']));
  });

  test('--lexicon with a missing file: usage error naming it, exit 2', () => {
    const r = cli(['--lexicon', 'no-such-lexicon.json', BATCH]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: .*no-such-lexicon\.json/m);
    expect(r.stdout).toBe('');
  });
});

describe('--out DIR', () => {
  test('writes one JSON file per article mirroring the tree; a re-run overwrites cleanly', () => {
    const out = path.join(tmp, 'out');
    const first = cli(['--out', out, BATCH, 'missing.txt']);
    expect(first.code).toBe(1);
    expect(first.stdout).toBe('');
    const list = () =>
      readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(out, path.join(d.parentPath, d.name)))
        .sort();
    const expected = ['harbour/ferry-fares.txt.json', 'harbour/pier-vote.txt.json', 'schools/library-hours.txt.json'];
    expect(list()).toEqual(expected);
    for (const [i, f] of expected.entries()) {
      expect(JSON.parse(readFileSync(path.join(out, f), 'utf8')).source).toBe(BATCH_FILES[i]);
    }
    const second = cli(['--out', out, '--jobs', '1', BATCH]);
    expect(second.code).toBe(0);
    expect(list()).toEqual(expected); // same files, no temporary files left behind
    expect(JSON.parse(readFileSync(path.join(out, expected[0]!), 'utf8')).source).toBe(BATCH_FILES[0]);
  });

  test('an output directory that cannot be made: a usage error naming it, before any work, exit 2', () => {
    const file = path.join(tmp, 'not-a-dir');
    writeFileSync(file, 'x');
    const under = cli(['--out', path.join(file, 'out'), '--jobs', '1', BATCH]);
    expect(under.code).toBe(2);
    expect(under.stderr.trimEnd().split('\n')).toEqual([`extract: --out ${path.join(file, 'out')}: ${file}: not a directory (ENOTDIR)`]);
    const itself = cli(['--out', file, BATCH]);
    expect(itself.code).toBe(2);
    expect(itself.stderr.trimEnd().split('\n')).toEqual([`extract: --out ${file}: not a directory (ENOTDIR)`]);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  test('one file that cannot be written fails that article only: a line, the others written, the summary printed, exit 1', () => {
    const out = path.join(tmp, 'blocked');
    // a directory where the file for the second article should go
    mkdirSync(path.join(out, 'harbour', 'pier-vote.txt.json'), { recursive: true });
    const r = cli(['--out', out, '--summary', '--json', '--jobs', '1', BATCH]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `extract: ${BATCH_FILES[1]}: cannot write ${path.join(out, 'harbour', 'pier-vote.txt.json')}: illegal operation on a directory (EISDIR)`,
    ]);
    expect(existsSync(path.join(out, 'harbour', 'ferry-fares.txt.json'))).toBe(true);
    expect(existsSync(path.join(out, 'schools', 'library-hours.txt.json'))).toBe(true);
    expect(JSON.parse(r.stdout).summary.articles).toBe(3);
  });

  test('standard output that fails (a full disk): a line naming it, exit 1', () => {
    if (!existsSync('/dev/full')) {
      console.warn('skipped: no /dev/full on this system');
      return;
    }
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '--json', '--jobs', '1', BATCH], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr.trimEnd().split('\n')).toEqual(['extract: cannot write to standard output: no space left on device (ENOSPC)']);
    } finally {
      closeSync(fd);
    }
  });
});

describe('--input-format jsonl', () => {
  const input = [
    JSON.stringify({ id: 'art-1', text: 'Pier Opens\n\nThe new pier opened on Friday.' }),
    '{"id": "art-2", "text": ',
    '',
    JSON.stringify({ id: 3, text: 'Ferry Fares\n\nFares rose again this spring.' }),
  ].join('\n');

  test('one record per line, source = id, a bad line named by its number, exit 1', () => {
    const r = cli(['--input-format', 'jsonl'], { input });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((x) => x.source)).toEqual(['art-1', 'stdin:2', '3']);
    expect(records[1].error.code).toBe('BAD_LINE');
    expect(r.stderr).toMatch(/^extract: stdin:2: invalid JSON/m);
  });

  test('a single line still gives one compact line (a mapper never pretty-prints)', () => {
    const r = cli(['--input-format', 'jsonl', '--jobs', '1'], { input: JSON.stringify({ id: 'x', text: 'Quiet Day\n\nNothing happened.' }) + '\n' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(r.stdout).source).toBe('x');
  });

  test('--out: one file per id', () => {
    const out = path.join(tmp, 'out-jsonl');
    const r = cli(['--input-format', 'jsonl', '--out', out], { input });
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['3.json', 'art-1.json', 'stdin_2.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'art-1.json'), 'utf8')).source).toBe('art-1');
  });

  test('--out: a repeated id goes to a1~2.json with a warning, never over the first record', () => {
    const out = path.join(tmp, 'out-dup');
    const dup = [
      JSON.stringify({ id: 'a1', text: 'First Story\n\nThe pier opened.' }),
      JSON.stringify({ id: 'a1', text: 'Second Story\n\nThe ferry left.' }),
    ].join('\n');
    const r = cli(['--input-format', 'jsonl', '--jobs', '1', '--out', out], { input: dup });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a1.json', 'a1~2.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'a1.json'), 'utf8')).meta.title.text).toBe('First Story');
    expect(JSON.parse(readFileSync(path.join(out, 'a1~2.json'), 'utf8')).meta.title.text).toBe('Second Story');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^extract: a1: warning: duplicate id, written to .*a1~2\.json/)]);
  });

  test('empty input: no output, exit 0', () => {
    const r = cli(['--input-format', 'jsonl'], { input: '' });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  (hasParallel ? test : test.skip)(`through GNU parallel --pipe${hasParallel ? '' : ' (skipped: GNU parallel not installed)'}`, () => {
    const many = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: `Report ${i}\n\nThe council met on day ${i}.` })).join('\n') + '\n';
    const r = spawnSync('parallel', ['--will-cite', '--pipe', '-N', '10', '--keep-order', process.execPath, BIN, '--input-format', 'jsonl', '--jobs', '1'], {
      cwd: ROOT,
      input: many,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((x) => x.source)).toEqual(Array.from({ length: 40 }, (_, i) => `doc-${i}`));
  });
});

describe('--summary', () => {
  test('--json: one {summary} object counting articles and failures', () => {
    const r = cli(['--summary', '--json', BATCH, 'missing.txt']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout).summary;
    expect(s.articles).toBe(3);
    expect(s.failed).toBe(1);
    expect(s.errors).toEqual([{ source: 'missing.txt', error: { code: 'ENOENT', message: expect.any(String) } }]);
    for (const k of ['people', 'speakers', 'countries', 'organizations']) expect(Array.isArray(s[k])).toBe(true);
  });

  test('table: a summary header and the four lists', () => {
    const r = cli(['--summary', '--jobs', '1', BATCH]);
    expect(r.code).toBe(0);
    for (const t of ['Summary: 3 articles, 0 failed', 'Most mentioned people', 'Most quoted speakers', 'Countries', 'Organizations']) {
      expect(r.stdout).toContain(t);
    }
  });
});

describe('--csv', () => {
  test('quotes: the header once, however many articles', () => {
    const r = cli(['--csv', '--jobs', '1', BATCH]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('source,speaker,speaker_type,quote,kind,cue,start,end');
    expect(lines.filter((l) => l.startsWith('source,'))).toHaveLength(1);
    // `--csv FILE` reads FILE as an input, it is not taken for the CSV kind
    expect(cli(['--jobs', '1', '--csv', BATCH_FILES[0]!]).stdout.split('\n')[0]).toBe('source,speaker,speaker_type,quote,kind,cue,start,end');
  });

  test('people: the people header', () => {
    const r = cli(['--csv', 'people', '--jobs', '1', BATCH]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('source,name,aliases,roles,mentions');
  });
});

describe('tables', () => {
  test('section titles, no ANSI codes when stdout is not a terminal', () => {
    const r = cli(['--jobs', '1', BATCH_FILES[1]!]);
    expect(r.code).toBe(0);
    for (const t of ['fixtures/batch/harbour/pier-vote.txt', 'Work on the new pier to begin in March', 'People (', 'Countries (', 'Organizations (', 'Quotes (']) {
      expect(r.stdout).toContain(t);
    }
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('FORCE_COLOR colours; --no-color and NO_COLOR do not', () => {
    expect(cli(['--jobs', '1', BATCH_FILES[1]!], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli(['--no-color', '--jobs', '1', BATCH_FILES[1]!], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(cli(['--jobs', '1', BATCH_FILES[1]!], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(cli(['--color', '--jobs', '1', BATCH_FILES[1]!]).stdout).toContain('\u001b[');
  });

  test('no progress bar when stderr is not a terminal', () => {
    expect(cli(['--jobs', '1', BATCH]).stderr).toBe('');
  });
});
