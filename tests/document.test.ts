import { createDocument } from '../src/document/model.js';
import { parseDate } from '../src/document/dates.js';
import { splitSentences } from '../src/document/sentences.js';

const ARTICLE = [
  '',
  'Ministers Meet as Port Strike Enters Third Week',
  '',
  'By [The Harbour Ledger](#)',
  '',
  'March 3, 2025',
  '',
  'The Harbour Ledger',
  '',
  'LAGOS, Nigeria — Transport Minister Ada Obi met union leaders on Monday.',
  '',
  '"We will not back down," said Mr. Chukwu. Talks resume on Friday.',
  '',
  'Original url:',
  '',
  '<https://example.com/port-strike>',
].join('\n');

describe('createDocument: article layout', () => {
  const doc = createDocument(ARTICLE, 'a.txt');
  const span = (s: { start: number; end: number; text: string } | null) => s && ARTICLE.slice(s.start, s.end) === s.text;

  test('headline, byline, publisher, date and URL are metadata with honest spans', () => {
    expect(doc.meta.title?.text).toBe('Ministers Meet as Port Strike Enters Third Week');
    expect(doc.meta.byline?.text).toBe('By [The Harbour Ledger](#)');
    expect(doc.meta.publisher?.text).toBe('The Harbour Ledger');
    expect(doc.meta.date?.iso).toBe('2025-03-03');
    expect(doc.meta.url?.text).toBe('https://example.com/port-strike');
    for (const s of [doc.meta.title, doc.meta.byline, doc.meta.publisher, doc.meta.date, doc.meta.url]) expect(span(s)).toBe(true);
  });

  test('the headline is paragraph 0, flagged; two body paragraphs follow; the repeated publisher line and the URL trailer are not body', () => {
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Ministers Meet as Port Strike Enters Third Week',
      'LAGOS, Nigeria — Transport Minister Ada Obi met union leaders on Monday.',
      '"We will not back down," said Mr. Chukwu. Talks resume on Friday.',
    ]);
  });

  test('sentences do not end at "Mr." and carry their paragraph', () => {
    expect(doc.paragraphs.map((p) => p.headline ?? false)).toEqual([true, false, false]);
    expect(doc.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Ministers Meet as Port Strike Enters Third Week'],
      [1, 'LAGOS, Nigeria — Transport Minister Ada Obi met union leaders on Monday.'],
      [2, '"We will not back down," said Mr. Chukwu.'],
      [2, 'Talks resume on Friday.'],
    ]);
  });
});

describe('createDocument: other layouts', () => {
  test('BBC layout: headline line, blank line, body', () => {
    const text = 'Pay rise for nurses agreed\n\nNurses will get a rise, the minister said.\n\nUnions welcomed it.';
    const doc = createDocument(text, 'b.txt');
    expect(doc.meta.title?.text).toBe('Pay rise for nurses agreed');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Pay rise for nurses agreed',
      'Nurses will get a rise, the minister said.',
      'Unions welcomed it.',
    ]);
  });

  test('plain layout keeps every line as body', () => {
    const text = 'SOCCER - LATE GOAL SINKS ROVERS\nLONDON 1996-08-30\nRovers lost 1-0.';
    const doc = createDocument(text, 'c', { layout: 'plain' });
    expect(doc.meta.title).toBeNull();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(text.split('\n'));
  });

  test('CRLF and lone CR line endings split paragraphs', () => {
    const doc = createDocument('Headline here\r\n\r\nFirst para.\r\rSecond para.', 'd');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Headline here', 'First para.', 'Second para.']);
  });

  test('empty text gives an empty document', () => {
    const doc = createDocument('', 'e');
    expect(doc.paragraphs).toEqual([]);
    expect(doc.meta.title).toBeNull();
  });
});

describe('parseDate', () => {
  test.each([
    ['February 12, 2014', '2014-02-12'],
    ['12 February 2014', '2014-02-12'],
    ['Wednesday, Feb. 12, 2014', '2014-02-12'],
    ['2014-02-12', '2014-02-12'],
    ['February 30, 2014', null],
    ['Talks resume on Friday', undefined],
  ])('%s → %s', (line, iso) => {
    expect(parseDate(line)).toBe(iso);
  });
});

describe('splitSentences', () => {
  const cut = (t: string) => splitSentences(t, 0, t.length).map(([a, b]) => t.slice(a, b));
  test.each([
    ['John F. Kennedy spoke. Crowds cheered.', ['John F. Kennedy spoke.', 'Crowds cheered.']],
    ['He met U.S. Secretary Jane Doe. The talks ended.', ['He met U.S. Secretary Jane Doe.', 'The talks ended.']],
    ['Aid came from the U.S. The talks ended.', ['Aid came from the U.S.', 'The talks ended.']],
    ['The boy says "Wait! bring the lanterns!" and left.', ['The boy says "Wait! bring the lanterns!" and left.']],
    ['"We are full." He left.', ['"We are full."', 'He left.']],
  ])('%s', (text, expected) => {
    expect(cut(text)).toEqual(expected);
  });
});

describe('headline detection', () => {
  test.each([
    ['Stealth Over Health: Mayor Was Headed to Clinic But Diverted to Avoid Optics.', true],
    ['Nurses win pay rise', true],
    ['Minister Ada Obi resigned on Monday.', true],
    ['Minister Ada Obi resigned on Monday after a long row with the port authority over the harbour contract, which unions had opposed since the spring of last year.', false],
    ['Minister Ada Obi resigned on Monday after the row. Unions cheered outside the ministry gates.', false],
    ['Mayor could make history. Again.', true],
    ['Mayor Ada Obi said on Monday that the council "will not back down".', false],
  ])('%s → headline %s', (first, isHeadline) => {
    const doc = createDocument(`${first}\n\nBody text follows here.`, 'h');
    expect(doc.meta.title !== null).toBe(isHeadline);
  });
});

describe('byline detection', () => {
  test.each([
    ['By Jane Doe and Tom Roe', 'Jane Doe and Tom Roe'],
    ['By [The Harbour Ledger](#)', 'The Harbour Ledger'],
    ['By 2025, 40% of homes will have fibre, a study says.', null],
    ['By any measure, the mayor is a winner.', null],
  ])('%s → publisher %s', (line, publisher) => {
    const doc = createDocument(`Harbour plan approved\n\n${line}\n\nBody text follows here.`, 'b');
    expect(doc.meta.publisher?.text ?? null).toBe(publisher);
  });

  test('a headline with a deck line: both are header', () => {
    const doc = createDocument('Mayor wins vote;\nCouncil backs the harbour plan after long row.\n\nBody text here.', 'd');
    expect(doc.meta.title?.text).toBe('Mayor wins vote;');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Mayor wins vote;', 'Body text here.']);
  });
});

describe('one-paragraph texts', () => {
  test.each([
    ['Mayor Ada Obi said: "We will win."\n'],
    ['Harbour deal signed\n\n'],
  ])('%j is all body, no headline', (text) => {
    const doc = createDocument(text, 'o');
    expect(doc.meta.title).toBeNull();
    expect(doc.paragraphs.map((p) => p.text)).toEqual([text.trim()]);
  });
});
