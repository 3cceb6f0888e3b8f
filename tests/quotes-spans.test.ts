import { createDocument } from '../src/document/model.js';
import { findQuoteSpans } from '../src/extract/quotes/spans.js';
import { loadCueLexicon } from '../src/lexicons/cues.js';

const lex = loadCueLexicon();

/** Inner texts (and closed flags) of the quotes of a plain text. */
function spans(text: string): Array<[string, boolean]> {
  const doc = createDocument(text, 't', { layout: 'plain' });
  return findQuoteSpans(doc.text, doc.paragraphs, lex.elisions).map((q) => [text.slice(q.start, q.end), q.closed]);
}

describe('quote mark pairing', () => {
  const cases: Array<[string, string, Array<[string, boolean]>]> = [
    ['straight double', 'He said "we will win" on Monday.', [['we will win', true]]],
    ['curly double', 'She said: “The vote is over.” Then she left.', [['The vote is over.', true]]],
    ['guillemets', 'Le maire a dit « nous partons » hier.', [['nous partons', true]]],
    ['low-high German marks', 'Er sagte „wir gehen“ gestern.', [['wir gehen', true]]],
    ['British single quotes', '‘We will fight on,’ the captain said.', [['We will fight on,', true]]],
    ['straight single quotes for speech', "'Stay inside,' the officer told them.", [['Stay inside,', true]]],
    ['doubled single marks as a double mark', "He said, ''It is over.''", [['It is over.', true]]],
    ['no quote from apostrophes', "Don't worry about Assad’s plans or the '90s, said the Joneses' lawyer.", []],
    ['possessive s’ inside a single-quoted quote', '‘The Joneses’ house is empty,’ she said.', [['The Joneses’ house is empty,', true]]],
    ['a quote inside a quote stays inside', 'He said: "They shouted \'go home\' at us." Then he left.', [["They shouted 'go home' at us.", true]]],
    ['a curly quote inside a curly quote', 'She said: “He called it ‘a disaster’ twice.”', [['He called it ‘a disaster’ twice.', true]]],
    ['! and ? inside a quote do not end it', 'The boy says "Wait! bring the lanterns!" and left.', [['Wait! bring the lanterns!', true]]],
    ['an unclosed quote ends at the paragraph end', 'He said "we will go on and on.\n\nThe next paragraph is not a quote.', [['we will go on and on.', false]]],
    ['two quotes in one sentence', 'She called it "cruel" and "unfair" on Monday.', [['cruel', true], ['unfair', true]]],
    ['inch marks are not quotes', 'He is 5\'10" tall and 6\' wide.', []],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('run-together paragraphs: closing then opening mark', () => {
    expect(spans('"The first part ends here." "The second part starts here," he said.')).toEqual([
      ['The first part ends here.', true],
      ['The second part starts here,', true],
    ]);
  });

  test('run-together paragraphs: a new opening mark without a closing one', () => {
    const text = '"The first part ends here. "The second part starts here," he said.';
    const doc = createDocument(text, 't', { layout: 'plain' });
    const qs = findQuoteSpans(doc.text, doc.paragraphs, lex.elisions);
    expect(qs.map((q) => [text.slice(q.start, q.end), q.closed, q.continues])).toEqual([
      ['The first part ends here.', false, false],
      ['The second part starts here,', true, true],
    ]);
  });

  test('run-together paragraphs: a new quote after "He added:" ends the open one at its sentence end', () => {
    const text = 'Ann Lee said: "We lost the house. He added: "We will build it again."';
    const doc = createDocument(text, 't', { layout: 'plain' });
    const qs = findQuoteSpans(doc.text, doc.paragraphs, lex.elisions);
    expect(qs.map((q) => [text.slice(q.start, q.end), q.closed])).toEqual([
      ['We lost the house.', false],
      ['We will build it again.', true],
    ]);
  });

  test('a multi-paragraph quote: one quote per paragraph, unclosed ones marked, continuations flagged', () => {
    const text = 'Mia Ross said: "First paragraph.\n\n"Second paragraph.\n\n"Third paragraph."';
    const doc = createDocument(text, 't', { layout: 'plain' });
    const qs = findQuoteSpans(doc.text, doc.paragraphs, lex.elisions);
    expect(qs.map((q) => [text.slice(q.start, q.end), q.closed, q.continues])).toEqual([
      ['First paragraph.', false, false],
      ['Second paragraph.', false, true],
      ['Third paragraph.', true, true],
    ]);
  });

  test('offsets hold: text.slice(start, end) is the inner text', () => {
    const text = 'A “b c” d « e » f "g"';
    const doc = createDocument(text, 't', { layout: 'plain' });
    for (const q of findQuoteSpans(doc.text, doc.paragraphs, lex.elisions)) {
      expect('“«"').toContain(text[q.open]);
      expect(text.slice(q.start, q.end)).not.toMatch(/^["“«]|["”»]$/);
    }
  });

  test('a long run of quote marks gives quotes without throwing', () => {
    const text = '"a '.repeat(20000);
    const doc = createDocument(text, 't', { layout: 'plain' });
    expect(() => findQuoteSpans(doc.text, doc.paragraphs, lex.elisions)).not.toThrow();
  });
});
