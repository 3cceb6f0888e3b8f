import { createDocument } from '../src/document/model.js';
import { chunkRange, normalizeWord, tagDocument } from '../src/nlp/tagger.js';

describe('chunkRange', () => {
  test('a short range is one piece', () => {
    expect(chunkRange('abc def', 0, 7, 400)).toEqual([[0, 7]]);
  });

  test('a long range is cut at whitespace into pieces no longer than the bound', () => {
    const text = 'word '.repeat(300); // 1500 characters
    const pieces = chunkRange(text, 0, text.length, 100);
    expect(pieces[0]![0]).toBe(0);
    expect(pieces[pieces.length - 1]![1]).toBe(text.length);
    for (let i = 0; i < pieces.length; i++) {
      const [a, b] = pieces[i]!;
      expect(b - a).toBeLessThanOrEqual(100);
      if (i > 0) expect(a).toBe(pieces[i - 1]![1]);
      if (b < text.length) expect(text[b - 1]).toBe(' ');
    }
  });

  test('a range without whitespace is still cut, never inside a surrogate pair', () => {
    const text = '😀'.repeat(120); // 240 code units
    for (const [a, b] of chunkRange(text, 0, text.length, 51)) {
      expect(text.codePointAt(a)).toBe(0x1f600);
      expect(b === text.length || text.codePointAt(b) === 0x1f600).toBe(true);
    }
  });
});

describe('tagDocument', () => {
  test('tokens map back to the original text, with sentence indexes', () => {
    const text = 'Headline\n\nMinister Ada Obi met\u00a0union leaders.\r\n\r\n"We will not back down," said Mr. Chukwu’s aide.';
    const doc = createDocument(text, 't');
    tagDocument(doc);
    expect(doc.tokens.map((t) => t.text)).toEqual([
      'Headline',
      'Minister', 'Ada', 'Obi', 'met', 'union', 'leaders', 'We', 'will', 'not', 'back', 'down', 'said', 'Mr', 'Chukwu’s', 'aide',
    ]);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.find((t) => t.text === 'said')!.sentence).toBe(2);
  });

  test('a 5,000-character sentence is tagged in pieces, tokens still honest', () => {
    const text = 'Headline\n\n' + 'Aa Bb, '.repeat(700) + 'end.';
    const doc = createDocument(text, 't');
    tagDocument(doc);
    expect(doc.tokens.length).toBeGreaterThanOrEqual(1400);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('normalizeWord', () => {
  test.each([
    ['Assad’s', "assad's"],
    ['"Hello,', 'hello'],
    ['U.S.', 'u.s.'],
  ])('%s → %s', (w, n) => expect(normalizeWord(w)).toBe(n));
});
