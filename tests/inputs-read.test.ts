import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInput, type ReadResult } from '../src/inputs/index.js';
import { createDocument } from '../src/document/model.js';
import { extract } from '../src/pipeline.js';

const BAD = 'fixtures/bad';
const fixture = (name: string) => join(BAD, name);

/** Reads a fixture that must decode, returning its text. */
async function text(name: string, options = {}): Promise<Extract<ReadResult, { ok: true }>> {
  const r = await readInput(fixture(name), options);
  if (!r.ok) throw new Error(`expected ${name} to read, got ${r.code}: ${r.message}`);
  return r;
}

/** The body paragraphs of a document (the headline, paragraph 0 when flagged, left out). */
function body(t: string): string[] {
  return createDocument(t, 'x').paragraphs.filter((p) => !p.headline).map((p) => p.text);
}

/** Every meta span of a document is honest against its text. */
function metaSpansHonest(t: string): boolean {
  const doc = createDocument(t, 'x');
  return Object.values(doc.meta).every((s) => s === null || t.slice(s.start, s.end) === s.text);
}

describe('readInput: encodings', () => {
  test('windows-1252 bytes decode to £, é, curly quotes and the em dash', async () => {
    const r = await text('windows-1252.txt');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('£40 rent rise');
    expect(r.text).toContain('Hélène Dubois');
    expect(r.text).toContain('“We cannot absorb it,”');
    expect(r.text).toContain('a month — the first');
    expect(r.text).toContain('Port Aldwin’s');
    expect(r.text).not.toContain('\ufffd');
  });

  test('UTF-16 LE with BOM: decoded, BOM removed', async () => {
    const r = await text('utf16le-bom.txt');
    expect(r.encoding).toBe('utf-16le');
    expect(r.bom).toBe(true);
    expect(r.text.startsWith('Ferry service to Tolvik')).toBe(true);
    expect(r.text).toContain('Ingrid Sæther told reporters in Bodø.');
  });

  test('UTF-16 BE with BOM: decoded, BOM removed', async () => {
    const r = await text('utf16be-bom.txt');
    expect(r.encoding).toBe('utf-16be');
    expect(r.text.startsWith('Ferry sailings to Tolvik')).toBe(true);
    expect(r.text).toContain('Sæther');
  });

  test('UTF-8 with BOM: the BOM is not part of the text, so the headline starts at offset 0', async () => {
    const r = await text('utf8-bom.txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.bom).toBe(true);
    expect(r.text.startsWith('Orchestra names new conductor')).toBe(true);
    expect(r.text).toContain('Zoë Achterberg');
    expect(r.text).toContain('Tomasz Wiśniewski');
    const doc = createDocument(r.text, 'x');
    expect(doc.meta.title).toEqual({ start: 0, end: 29, text: 'Orchestra names new conductor' });
  });

  test('a forced encoding is used; an unknown one is an ENCODING error naming the file', async () => {
    const latin = await text('windows-1252.txt', { encoding: 'latin1' });
    expect(latin.encoding).toBe('latin1');
    expect(latin.text).toContain('£40');
    const r = await readInput(fixture('crlf.txt'), { encoding: 'klingon-8' });
    expect(r).toEqual({ ok: false, code: 'ENCODING', message: 'fixtures/bad/crlf.txt: unknown encoding "klingon-8"' });
  });
});

describe('readInput: forced encodings that do not fit the file are warned (DECODE, naming the file)', () => {
  test('--encoding utf-8 on the windows-1252 fixture', async () => {
    const r = await text('windows-1252.txt', { encoding: 'utf-8' });
    expect(r.text).toContain('H\ufffdl\ufffdne Dubois');
    expect(r.diagnostics?.map((d) => [d.code, d.severity])).toEqual([['DECODE', 'warning']]);
    expect(r.diagnostics?.[0]?.message).toMatch(/^fixtures\/bad\/windows-1252\.txt: the text may not be in utf-8/);
  });

  test('--encoding utf-16le on a UTF-8 file', async () => {
    const r = await text('crlf.txt', { encoding: 'utf-16le' });
    expect(r.diagnostics?.map((d) => d.code)).toEqual(['DECODE']);
    expect(r.diagnostics?.[0]?.message).toMatch(/^fixtures\/bad\/crlf\.txt: the text may not be in utf-16le/);
  });

  test('--encoding utf-16le on a UTF-16 LE file: no warning', async () => {
    const r = await text('utf16le-bom.txt', { encoding: 'utf-16le' });
    expect(r.text.startsWith('Ferry service to Tolvik')).toBe(true);
    expect(r.diagnostics).toBeUndefined();
  });
});

describe('readInput: refusals', () => {
  test.each([
    ['empty.txt', 'EMPTY', 'empty file'],
    ['fake-pdf.txt', 'BINARY', 'PDF'],
    ['png-header.txt', 'BINARY', 'PNG'],
    ['nul-bytes.txt', 'BINARY', 'NUL bytes'],
  ])('%s is refused with %s', async (name, code, reason) => {
    const r = await readInput(fixture(name));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toContain(`fixtures/bad/${name}: `);
    expect(r.message).toContain(reason);
    expect(r.message).not.toContain('\n');
  });

  test('a missing file is ENOENT, a directory is EISDIR', async () => {
    expect(await readInput('fixtures/bad/no-such-file.txt')).toEqual({
      ok: false,
      code: 'ENOENT',
      message: 'fixtures/bad/no-such-file.txt: no such file',
    });
    const dir = await readInput(BAD);
    expect(dir.ok === false && dir.code).toBe('EISDIR');
    const under = await readInput('fixtures/bad/crlf.txt/x.txt');
    expect(under.ok === false && under.code).toBe('ENOTDIR');
  });

  test('a file over maxBytes is TOO_LARGE (size checked before reading)', async () => {
    const r = await readInput(fixture('crlf.txt'), { maxBytes: 100 });
    expect(r.ok === false && r.code).toBe('TOO_LARGE');
    expect(r.ok === false && r.message).toBe('fixtures/bad/crlf.txt: file too large: 233 bytes; the limit is 100 bytes');
  });

  test('TOO_LARGE sizes use one unit (the limit\'s), with the exact bytes in brackets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ne-read-'));
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'a'.repeat(3 * 1024 * 1024 + 512 * 1024)); // 3.5 MiB
    try {
      expect(await readInput(file, { maxBytes: 100 * 1024 })).toEqual({
        ok: false,
        code: 'TOO_LARGE',
        message: `${file}: file too large: 3584 KB (3670016 bytes); the limit is 100 KB (102400 bytes)`,
      });
      expect(await readInput(file, { maxBytes: 1024 * 1024 })).toEqual({
        ok: false,
        code: 'TOO_LARGE',
        message: `${file}: file too large: 3.5 MB (3670016 bytes); the limit is 1 MB (1048576 bytes)`,
      });
      expect(await readInput(file, { maxBytes: 1536 })).toMatchObject({ message: `${file}: file too large: 3584 KB (3670016 bytes); the limit is 1.5 KB (1536 bytes)` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  (root ? test.skip : test)('an unreadable file is EACCES (skipped when running as root)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ne-read-'));
    const file = join(dir, 'locked.txt');
    writeFileSync(file, 'Locked text.');
    chmodSync(file, 0o000);
    try {
      const r = await readInput(file);
      expect(r.ok === false && r.code).toBe('EACCES');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a whitespace-only file is EMPTY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ne-read-'));
    const file = join(dir, 'blank.txt');
    writeFileSync(file, ' \n\u00a0\u200b\r\n');
    try {
      const r = await readInput(file);
      expect(r.ok === false && r.code).toBe('EMPTY');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readInput: text oddities keep their characters and the header still parses', () => {
  test('CRLF line endings', async () => {
    const r = await text('crlf.txt');
    expect(r.text).toContain('vote\r\n\r\nBy Amos Fairley\r\n');
    const doc = createDocument(r.text, 'x');
    expect(doc.meta.title?.text).toBe('Water board delays reservoir vote');
    expect(doc.meta.date?.iso).toBe('2020-06-02');
    expect(body(r.text)).toEqual([
      'The Greyhollow water board postponed its vote on the Elm Reservoir until July, chairman Victor Oduya said on Monday.',
      '"We need the survey first," Oduya said.',
    ]);
    expect(metaSpansHonest(r.text)).toBe(true);
  });

  test('lone CR line endings', async () => {
    const r = await text('lone-cr.txt');
    expect(r.text).not.toContain('\n');
    const doc = createDocument(r.text, 'x');
    expect(doc.meta.byline?.text).toBe('By Mara Quill');
    expect(doc.meta.date?.iso).toBe('2019-10-21');
    expect(body(r.text)).toHaveLength(2);
  });

  test('no-break and zero-width characters are kept; the date line after a zero-width space is a date', async () => {
    const r = await text('nbsp-zero-width.txt');
    expect(r.text).toContain('Mayor\u00a0Celia\u00a0Marchetti');
    expect(r.text).toContain('Linden\u200b Bridge');
    const doc = createDocument(r.text, 'x');
    expect(doc.meta.date?.text).toBe('April 8, 2024');
    expect(doc.meta.date?.iso).toBe('2024-04-08');
    expect(body(r.text)[2]).toBe('The bridge cost £12\u00a0million.');
    expect(metaSpansHonest(r.text)).toBe(true);
  });

  test('all-caps headline and dateline', async () => {
    const r = await text('all-caps-dateline.txt');
    const doc = createDocument(r.text, 'x');
    expect(doc.meta.title?.text).toBe('MINISTERS CLASH OVER GRAIN TARIFFS AT VELDA SUMMIT');
    expect(body(r.text)[0]!.startsWith('GENEVA — Trade ministers')).toBe(true);
  });
});

describe('readInput: HTML', () => {
  test('a page becomes Title / By Byline / Date / paragraphs / Original url, without navigation or scripts', async () => {
    const r = await text('article.html');
    expect(r.format).toBe('html');
    expect(r.text.startsWith('Glass factory to close in Wrenfield\n\nBy Dora Penhallow\n\n2022-11-16T08:30:00Z\n\nThe Brightwater glassworks')).toBe(true);
    expect(r.text.endsWith('\n\nOriginal url: <https://example.com/wrenfield/glass-factory>')).toBe(true);
    expect(r.text).toContain('\n\n"This is a dark day for Wrenfield," said the town\'s mayor, Gareth Llewellyn.\n\n');
    expect(r.text).toContain('closure from a notice'); // <br> read as a space
    expect(r.text).toContain('the furnaces “impossible to run at a profit.”');
    expect(r.text).toContain('60\u00a0km away.');
    for (const junk of ['Subscribe', 'Most read', '©', 'tracking', 'font-family', 'Home']) expect(r.text).not.toContain(junk);
    expect((r.text.match(/By Dora Penhallow/g) ?? []).length).toBe(1);
    expect(r.meta).toEqual({
      title: 'Glass factory to close in Wrenfield',
      byline: 'Dora Penhallow',
      date: '2022-11-16T08:30:00Z',
      siteName: 'The Wrenfield Gazette',
      url: 'https://example.com/wrenfield/glass-factory',
      lang: 'en',
    });
  });

  test('the produced text parses into honest header metadata', async () => {
    const r = await text('article.html');
    const doc = createDocument(r.text, 'x');
    expect(doc.meta.title?.text).toBe('Glass factory to close in Wrenfield');
    expect(doc.meta.publisher?.text).toBe('Dora Penhallow');
    expect(doc.meta.date?.iso).toBe('2022-11-16T08:30:00Z');
    expect(doc.meta.url?.text).toBe('https://example.com/wrenfield/glass-factory');
    expect(metaSpansHonest(r.text)).toBe(true);
    expect(body(r.text)).toHaveLength(5);
  });
});

describe('readInput: HTML title and byline', () => {
  test('title from the article h1, not the <title> with its site suffix; the byline only in the header', async () => {
    const r = await text('title-suffix.html');
    expect(r.text).toBe(
      [
        'Harbour deal signed',
        'By Jane Doe',
        'The Kelby port authority signed a ten-year lease with the shipping firm Norrow Lines on Tuesday, its director Tom Brask said.',
        '"This is a good day for the harbour," Brask said.',
        'The lease covers the east quay and its two cranes.',
      ].join('\n\n'),
    );
    expect(r.meta).toMatchObject({ title: 'Harbour deal signed', byline: 'Jane Doe', siteName: 'Example News' });
    const result = extract(r.text, { source: 'title-suffix.html' });
    expect(result.people.map((p) => p.name)).toEqual(['Tom Brask']);
    expect(result.meta.title?.text).toBe('Harbour deal signed');
  });
});

describe('readInput: Markdown', () => {
  test('link markup is blanked with spaces: same length, so offsets are offsets into the file', async () => {
    const raw = readFileSync(fixture('links.md'), 'utf8');
    const r = await text('links.md');
    expect(r.format).toBe('markdown');
    expect(r.text).toHaveLength(raw.length);
    expect(r.text).not.toMatch(/[\[\]*#>]|\]\(/);
    expect(r.text.indexOf('Leonie Hartwell')).toBe(raw.indexOf('Leonie Hartwell'));
    expect(r.text).toContain(' Leonie Hartwell ');
    expect(r.text).toContain('"The water reached the second floor,"  Hartwell  said.');
    expect(r.text).not.toContain('gallery'); // image alt text and path are blanked
    expect(r.text).not.toContain('example.com/council'); // reference definition blanked
    const doc = createDocument(r.text, 'x');
    expect(doc.meta.title?.text).toBe('Museum reopens after flood repairs');
    expect(doc.meta.publisher?.text).toBe('The Riverside Courier');
    expect(doc.meta.date?.iso).toBe('2023-07-07');
  });
});

describe('readInput: Markdown code blocks', () => {
  test('fenced and indented code is blanked: no quotation or person comes from it, offsets kept', async () => {
    const raw = readFileSync(fixture('code-blocks.md'), 'utf8');
    const r = await text('code-blocks.md');
    expect(r.text).toHaveLength(raw.length);
    for (const gone of ['print', 'not a quote', 'Nobody', '```', '~~~', 'Indented code']) expect(r.text).not.toContain(gone);
    expect(r.text.indexOf('"Developers can')).toBe(raw.indexOf('"Developers can'));
    const result = extract(r.text, { source: 'code-blocks.md' });
    expect(result.quotes.map((q) => q.text)).toEqual(['Developers can now build their own apps,']);
    expect(result.people.map((p) => p.name)).toEqual(['Nadia Fenwick']);
  });
});

describe('readInput: stdin', () => {
  const stream = (s: string | Buffer) => Readable.from([Buffer.from(s)]);

  test('HTML on stdin is recognised by its doctype', async () => {
    const html = readFileSync(fixture('article.html'));
    const r = await readInput('-', { stdin: stream(html) });
    expect(r.ok && r.format).toBe('html');
    expect(r.ok && r.text.startsWith('Glass factory to close in Wrenfield\n\n')).toBe(true);
  });

  test('plain text on stdin is text; windows-1252 bytes are detected as on files', async () => {
    const r = await readInput('-', { stdin: stream(readFileSync(fixture('windows-1252.txt'))) });
    expect(r.ok && r.format).toBe('text');
    expect(r.ok && r.text).toContain('Hélène');
  });

  test('stdin past maxBytes stops with TOO_LARGE; empty stdin is EMPTY', async () => {
    const big = Readable.from([Buffer.alloc(60, 0x61), Buffer.alloc(60, 0x61)]);
    const r = await readInput('-', { stdin: big, maxBytes: 100 });
    expect(r).toEqual({ ok: false, code: 'TOO_LARGE', message: '<stdin>: input too large: more than the limit of 100 bytes' });
    const big2 = Readable.from([Buffer.alloc(2000, 0x61), Buffer.alloc(2000, 0x61)]);
    expect(await readInput('-', { stdin: big2, maxBytes: 2048 })).toEqual({
      ok: false,
      code: 'TOO_LARGE',
      message: '<stdin>: input too large: more than the limit of 2 KB (2048 bytes)',
    });
    const e = await readInput('-', { stdin: Readable.from([]) });
    expect(e.ok === false && e.code).toBe('EMPTY');
  });
});

describe('document model: header oddities met by the readers', () => {
  test('a date line opening the text (an HTML page without title or byline) is the date, not the headline', () => {
    const t = '2022-11-16T08:30:00Z\n\nThe bridge closed on Monday.\n\nIt reopened.';
    const doc = createDocument(t, 'x');
    expect(doc.meta.title).toBeNull();
    expect(doc.meta.date).toEqual({ start: 0, end: 20, text: '2022-11-16T08:30:00Z', iso: '2022-11-16T08:30:00Z' });
    expect(body(t)).toEqual(['The bridge closed on Monday.', 'It reopened.']);
  });
});
