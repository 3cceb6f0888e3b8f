import { Readable } from 'node:stream';
import { parseJsonlLine, readJsonl, type JsonlItem } from '../src/batch/jsonl.js';

describe('JSON Lines input', () => {
  test.each<[string, string, JsonlItem | null]>([
    ['id and text', '{"id":"a1","text":"Hello."}', { task: { source: 'a1', text: 'Hello.' } }],
    ['numeric id', '{"id":42,"text":"Hi"}', { task: { source: '42', text: 'Hi' } }],
    ['no id: name and line number', '{"text":"Hi"}', { task: { source: 'stdin:3', text: 'Hi' } }],
    ['an empty id names nothing: name and line number', '{"id":"","text":"Hi"}', { task: { source: 'stdin:3', text: 'Hi' } }],
    ['a blank id likewise', '{"id":"  ","text":"Hi"}', { task: { source: 'stdin:3', text: 'Hi' } }],
    ['blank line', '   ', null],
    ['invalid JSON', '{"id":', { record: { source: 'stdin:3', error: { code: 'BAD_LINE', message: expect.stringMatching(/^invalid JSON/) } } }],
    ['not an object', '[1,2]', { record: { source: 'stdin:3', error: { code: 'BAD_LINE', message: 'not a JSON object' } } }],
    ['text not a string', '{"id":"x","text":7}', { record: { source: 'x', error: { code: 'BAD_LINE', message: 'line 3: "text" must be a string' } } }],
    ['empty text, as an empty file', '{"id":"e","text":""}', { record: { source: 'e', error: { code: 'EMPTY', message: 'line 3: "text" is empty or only whitespace' } } }],
    ['whitespace-only text (no-break and zero-width spaces)', '{"text":" \\n\\u00a0\\u200b "}', { record: { source: 'stdin:3', error: { code: 'EMPTY', message: 'line 3: "text" is empty or only whitespace' } } }],
  ])('%s', (_name, line, expected) => {
    expect(parseJsonlLine(line, 3, 'stdin')).toEqual(expected);
  });

  test('a line over the size limit is refused', () => {
    expect(parseJsonlLine('{"id":"a","text":"xxxxxxxxxx"}', 1, 'in.jsonl', 10)).toEqual({
      record: { source: 'in.jsonl:1', error: { code: 'TOO_LARGE', message: 'line longer than 10 bytes' } },
    });
  });

  test('reads a stream line by line, CRLF and a BOM included, numbering lines from 1', async () => {
    const input = Readable.from(['\uFEFF{"id":"a","text":"one"}\r\n\r\n{"id":"b",', '"text":"two"}\nbad\n']);
    const items: JsonlItem[] = [];
    for await (const it of readJsonl(input, 'stdin')) items.push(it);
    expect(items).toEqual([
      { task: { source: 'a', text: 'one' } },
      { task: { source: 'b', text: 'two' } },
      { record: { source: 'stdin:4', error: { code: 'BAD_LINE', message: expect.stringMatching(/^invalid JSON/) } } },
    ]);
  });
});
