import iconv from 'iconv-lite';
import { decodeBytes } from '../src/inputs/decode.js';
import { blankMarkdown } from '../src/inputs/markdown.js';
import { looksLikeHtml } from '../src/inputs/sniff.js';
import { htmlToArticle, stripSiteName } from '../src/inputs/html.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeBytes', () => {
  test('ASCII and valid UTF-8 are UTF-8, with no warning', () => {
    expect(decodeBytes(bytes('Zoë paid £3 for a café crème.'))).toEqual({
      ok: true,
      text: 'Zoë paid £3 for a café crème.',
      encoding: 'utf-8',
      bom: false,
      diagnostics: [],
    });
  });

  test('windows-1252 curly quotes (0x93/0x94) become “ ”', () => {
    const r = decodeBytes(bytes([0x93], 'We will stay,', [0x94], ' the mayor said of the caf', [0xe9], '.'));
    expect(r.ok && r.text).toBe('“We will stay,” the mayor said of the café.');
    expect(r.ok && r.encoding).toBe('windows-1252');
  });

  test('UTF-8 text with one stray windows-1252 byte: both read correctly, with a DECODE warning', () => {
    const r = decodeBytes(bytes('The mayor, Zoë Brandt, opened the new café on Monday. Tickets cost ', [0xa3], '5.'));
    expect(r.ok && r.text).toBe('The mayor, Zoë Brandt, opened the new café on Monday. Tickets cost £5.');
    expect(r.ok && r.diagnostics.map((d) => d.code)).toEqual(['DECODE']);
  });

  test('bytes no encoding explains are read as windows-1252 with a DECODE warning, never U+FFFD', () => {
    const r = decodeBytes(bytes('ok ', [0xff, 0xfe, 0xfd]));
    expect(r.ok && r.text).toBe('ok ÿþý');
    expect(r.ok && r.diagnostics[0]?.code).toBe('DECODE');
  });

  test('Cyrillic windows-1251 is detected', () => {
    const text = 'Министр заявил, что переговоры продолжатся в четверг, сообщил представитель министерства.';
    const r = decodeBytes(iconv.encode(text, 'windows-1251'));
    expect(r.ok && r.text).toBe(text);
  });

  test('UTF-16 without a BOM is recognised by its NUL pattern', () => {
    const le = Buffer.from('The council met on Monday.', 'utf16le');
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: 'The council met on Monday.', encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.from(le).swap16())).toMatchObject({ ok: true, encoding: 'utf-16be' });
  });

  test('UTF-16 with a BOM and an odd number of bytes decodes with a warning', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le'), Buffer.from([0x41])]));
    expect(r.ok && r.text).toMatch(/^Hi/);
    expect(r.ok && r.diagnostics[0]?.code).toBe('DECODE');
  });

  test.each([
    ['a zip archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'ZIP'],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JPEG'],
    ['a gzip file', [0x1f, 0x8b, 0x08, 0x00], 'gzip'],
    ['control bytes', [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41], 'control bytes'],
  ])('%s is BINARY', (_name, b, reason) => {
    const r = decodeBytes(Buffer.from(b));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('BINARY');
    expect(!r.ok && r.message).toContain(reason);
  });

  test('a text that starts with "MZ" or "BZ" is not taken for an executable or archive', () => {
    expect(decodeBytes(bytes('MZ Holdings said on Monday it would buy the port.')).ok).toBe(true);
    expect(decodeBytes(bytes('BZh, the agency, said...')).ok).toBe(false); // bzip2 signature: refused
  });

  test('UTF-8 with a BOM and a stray windows-1252 byte: BOM removed, the byte read as windows-1252, with a warning', () => {
    const r = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Zoë paid ', [0xa3], '3.'));
    expect(r.ok && r.text).toBe('Zoë paid £3.');
    expect(r.ok && r.diagnostics.map((d) => d.code)).toEqual(['DECODE']);
  });

  test('a NUL byte far into a file is still found', () => {
    const r = decodeBytes(bytes('a'.repeat(100_000), [0], 'b'));
    expect(!r.ok && r.code).toBe('BINARY');
  });

  test('a forced encoding still refuses NUL bytes unless it is a wide encoding', () => {
    expect(decodeBytes(bytes('a', [0], 'b'), { encoding: 'windows-1252' }).ok).toBe(false);
    expect(decodeBytes(Buffer.from('ab', 'utf16le'), { encoding: 'utf-16le' })).toMatchObject({ ok: true, text: 'ab' });
  });
});

describe('decodeBytes: a forced encoding that looks wrong gets a DECODE warning', () => {
  const codes = (r: ReturnType<typeof decodeBytes>) => (r.ok ? r.diagnostics.map((d) => d.code) : ['not ok']);

  test('utf-8 forced on windows-1252 bytes: U+FFFD in the text, one warning counting them', () => {
    const r = decodeBytes(bytes('Mayor H', [0xe9], 'l', [0xe8], 'ne Roux said.'), { encoding: 'utf-8' });
    expect(r.ok && r.text).toBe('Mayor H\ufffdl\ufffdne Roux said.');
    expect(r.ok && r.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'DECODE',
        message: 'the text may not be in utf-8 (forced with --encoding): 2 byte sequence(s) are not valid in it and became U+FFFD replacement characters',
      },
    ]);
  });

  test('utf-16le forced on ASCII/UTF-8 bytes: warned', () => {
    const r = decodeBytes(bytes('The council met on Monday, the mayor said.'), { encoding: 'utf-16le' });
    expect(codes(r)).toEqual(['DECODE']);
    expect(r.ok && r.diagnostics[0]!.message).toContain('pairs of ASCII characters');
  });

  test.each([
    ['utf-8 on UTF-8 text', bytes('Zoë paid £3.'), 'utf-8'],
    ['utf-8 on text holding a real U+FFFD', bytes('a \ufffd b'), 'utf-8'],
    ['utf-16le on UTF-16 LE Latin text', Buffer.from('The council met on Monday.', 'utf16le'), 'utf-16le'],
    ['utf-16le on UTF-16 LE Chinese text', Buffer.from('市议会周一开会，市长表示将继续谈判。', 'utf16le'), 'utf-16le'],
    ['utf-16le on UTF-16 LE Japanese text rich in kana', Buffer.from('市議会は月曜日に会合を開き、市長は交渉を続けると述べた。', 'utf16le'), 'utf-16le'],
    ['utf-16be on UTF-16 BE Russian text', Buffer.from('Министр заявил, что переговоры продолжатся.', 'utf16le').swap16(), 'utf-16be'],
    ['windows-1252 on windows-1252 bytes', bytes('caf', [0xe9], ' cr', [0xe8], 'me'), 'windows-1252'],
    ['latin1 on ASCII', bytes('plain ASCII text'), 'latin1'],
  ])('no warning: %s', (_name, b, encoding) => {
    expect(codes(decodeBytes(b, { encoding }))).toEqual([]);
  });

  test('utf-16le forced on UTF-8 Greek text (no ASCII pairs, but valid UTF-8 without NUL): warned', () => {
    const r = decodeBytes(bytes('Ο υπουργός είπε ότι οι συνομιλίες θα συνεχιστούν.'), { encoding: 'utf-16le' });
    expect(codes(r)).toEqual(['DECODE']);
    expect(r.ok && r.diagnostics[0]!.message).toContain('valid UTF-8');
  });

  test('a single-byte encoding forced on UTF-8 bytes (mojibake) is warned', () => {
    const r = decodeBytes(bytes('café crème'), { encoding: 'latin1' });
    expect(r.ok && r.text).toBe('cafÃ© crÃ¨me');
    expect(codes(r)).toEqual(['DECODE']);
  });
});

describe('blankMarkdown: markup becomes spaces, length kept', () => {
  test.each([
    ['By [The Moscow Times](#)', 'By  The Moscow Times    '],
    ['# Title', '  Title'],
    ['> "Yes," she said.', '  "Yes," she said.'],
    ['- One item', '  One item'],
    ['a **bold** and _light_ claim', 'a   bold   and  light  claim'],
    ['the snake_case name', 'the snake_case name'],
    ['said [the ministry][1].', 'said  the ministry    .'],
    ['![alt text](a.png) after', '                   after'],
    ['[1]: https://example.com', ' '.repeat(24)],
    ['Title\n=====\n', 'Title\n     \n'],
    ['see <https://example.com/x>', 'see <https://example.com/x>'],
    ['3\\. Item', '3 . Item'],
    ['"Quote [sic] here," he said.', '"Quote [sic] here," he said.'],
  ])('%j → %j', (md, expected) => {
    expect(blankMarkdown(md)).toBe(expected);
    expect(blankMarkdown(md)).toHaveLength(md.length);
  });

  test.each([
    // fenced code: fences and content blanked, the line breaks kept
    ['Intro.\n\n```js\ncode block "not a quote" said Nobody\n```\n\nAfter.', 'Intro.\n\n     \n' + ' '.repeat(36) + '\n   \n\nAfter.'],
    ['~~~\n"x," said Ann\n~~~~\nok', '   \n' + ' '.repeat(13) + '\n    \nok'],
    // a shorter fence does not close a longer one
    ['````\na\n```\nb\n````\nc', '    \n \n   \n \n    \nc'],
    // indented code after a blank line
    ['a\n\n    "Hi," said Bob.\n\tx = 1\n\nb', 'a\n\n' + ' '.repeat(19) + '\n      \n\nb'],
    // not code: an indented line continuing a paragraph, or a list item
    ['para\n    "Hi," said Bob.', 'para\n    "Hi," said Bob.'],
    ['- item\n\n    "Hi," said Bob.', '  item\n\n    "Hi," said Bob.'],
    // a fence that never closes blanks only its own line
    ['```\n"Hi," said Bob.', '   \n"Hi," said Bob.'],
    // CRLF kept
    ['x\r\n```\r\ncode\r\n```\r\n', 'x\r\n   \r\n    \r\n   \r\n'],
  ])('code blocks are blanked: %j', (md, expected) => {
    expect(blankMarkdown(md)).toBe(expected);
    expect(blankMarkdown(md)).toHaveLength(md.length);
  });

  test('CRLF line breaks are kept inside blanked ranges', () => {
    expect(blankMarkdown('# A\r\n\r\n> b\r\n')).toBe('  A\r\n\r\n  b\r\n');
  });
});

describe('looksLikeHtml', () => {
  test.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['\ufeff  <!-- saved page -->\n<html lang="en">', true],
    ['<html>', true],
    ['The <html> tag is old news.', false],
    ['<p>fragment</p>', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('htmlToArticle', () => {
  test('a page without metadata still gives its paragraphs; the h1 becomes the title line', () => {
    const html = '<html><body><h1>Bridge reopens</h1><p>The Kelby bridge reopened on Monday.</p><p>"It is safe," an engineer said.</p></body></html>';
    const a = htmlToArticle(html);
    expect(a.text).toBe('Bridge reopens\n\nThe Kelby bridge reopened on Monday.\n\n"It is safe," an engineer said.');
    expect(a.meta.title).toBe('Bridge reopens');
  });

  test('a date that the header parser cannot read is normalised to ISO 8601', () => {
    const html =
      '<html><head><meta name="date" content="2022/11/15 08:30 UTC"></head><body><p>The Kelby bridge reopened on Monday after repairs.</p></body></html>';
    expect(htmlToArticle(html).text).toBe('2022-11-15T08:30:00.000Z\n\nThe Kelby bridge reopened on Monday after repairs.');
  });

  test('a date the header parser reads is kept as written', () => {
    const html =
      '<html><head><meta name="date" content="Tue, 15 Nov 2022 08:30:00 GMT"></head><body><p>The Kelby bridge reopened on Monday after repairs.</p></body></html>';
    expect(htmlToArticle(html).text).toBe('Tue, 15 Nov 2022 08:30:00 GMT\n\nThe Kelby bridge reopened on Monday after repairs.');
  });

  const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
  const story = '<p>The Kelby bridge reopened on Monday after repairs, the council said.</p>';

  test.each([
    ['og:title first', '<title>Bridge reopens | Kelby Post</title><meta property="og:title" content="Kelby bridge reopens">', '<article><h1>Bridge reopens</h1>' + story + '</article>', 'Kelby bridge reopens'],
    ['then the article h1', '<title>Bridge reopens | Kelby Post</title>', '<h1>Kelby Post</h1><article><h1>Kelby bridge reopens</h1>' + story + '</article>', 'Kelby bridge reopens'],
    ['then <title> without " | Site"', '<title>Kelby bridge reopens | Kelby Post</title>', story, 'Kelby bridge reopens'],
    ['… without " - Site"', '<title>Kelby bridge reopens - Kelby Post</title>', story, 'Kelby bridge reopens'],
    ['… without " — Site"', '<title>Kelby bridge reopens — The Kelby Post</title>', story, 'Kelby bridge reopens'],
    ['og:title keeps a dash that is not the site name', '<meta property="og:site_name" content="Kelby Post"><meta property="og:title" content="Bridge reopens - and traffic returns">', story, 'Bridge reopens - and traffic returns'],
    ['og:title loses the site name', '<meta property="og:site_name" content="Kelby Post"><meta property="og:title" content="Bridge reopens | Kelby Post">', story, 'Bridge reopens'],
  ])('title: %s', (_name, head, body, title) => {
    const a = htmlToArticle(page(head, body));
    expect(a.meta.title).toBe(title);
    expect(a.text.startsWith(`${title}\n\n`)).toBe(true);
  });

  test.each([
    ['Bridge reopens | Kelby Post', null, true, 'Bridge reopens'],
    ['Kelby Post | Bridge reopens', 'Kelby Post', true, 'Bridge reopens'],
    ['Bridge reopens - what the council decided on Monday evening after a long debate', null, true, 'Bridge reopens - what the council decided on Monday evening after a long debate'],
    ['Reopens | Kelby Post', null, true, 'Reopens | Kelby Post'],
    ['Bridge reopens - and traffic returns', null, false, 'Bridge reopens - and traffic returns'],
    ['Bridge reopens', 'Kelby Post', true, 'Bridge reopens'],
  ])('stripSiteName(%j, %j, guess %s) → %j', (title, site, guess, expected) => {
    expect(stripSiteName(title, site, guess)).toBe(expected);
  });

  test.each([
    ['By Jane Doe, Example News'],
    ['Jane Doe · 3 March 2025'],
    ['By Jane Doe'],
    ['JANE DOE'],
  ])('a byline line %j in the body is dropped: the author is only in the header', (line) => {
    const a = htmlToArticle(page('<meta name="author" content="Jane Doe">', `<article><p>${line}</p>${story}</article>`));
    expect(a.text).toBe('By Jane Doe\n\nThe Kelby bridge reopened on Monday after repairs, the council said.');
  });

  test('a first paragraph that starts with the author but is a sentence is kept', () => {
    const a = htmlToArticle(page('<meta name="author" content="Jane Doe">', '<p>Jane Doe reports that the Kelby bridge reopened on Monday.</p>'));
    expect(a.text).toBe('By Jane Doe\n\nJane Doe reports that the Kelby bridge reopened on Monday.');
  });

  test('a byline with a date tail: the author in the byline, the date on the date line', () => {
    const a = htmlToArticle(page('', `<article><h1>Kelby bridge reopens</h1><div class="byline">By <a href="/jd">Jane Doe</a> · March 3, 2025</div>${story}</article>`));
    expect(a.meta.byline).toBe('Jane Doe');
    expect(a.text).toBe('Kelby bridge reopens\n\nBy Jane Doe\n\nMarch 3, 2025\n\nThe Kelby bridge reopened on Monday after repairs, the council said.');
  });

  test('no author but a site name: the site name stands in the byline line', () => {
    const a = htmlToArticle(page('<meta property="og:site_name" content="Kelby Post">', story));
    expect(a.text).toBe('By Kelby Post\n\nThe Kelby bridge reopened on Monday after repairs, the council said.');
  });

  test('a page with no text gives an empty text', () => {
    expect(htmlToArticle('<html><head><title>x</title></head><body><script>1</script></body></html>').text).toBe('');
  });
});
