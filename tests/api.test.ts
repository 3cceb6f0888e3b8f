import { extract } from '../src/index.js';

describe('library API', () => {
  test('extract returns the JSON record shape for a string', () => {
    const r = extract('Harbour deal signed\n\n"We are ready," Mayor Ada Obi said on Monday.', { source: 'x.txt' });
    expect(r.source).toBe('x.txt');
    expect(r.meta.title?.text).toBe('Harbour deal signed');
    expect(r.people.map((p) => p.name)).toEqual(['Ada Obi']);
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We are ready,', 'Ada Obi']]);
  });

  test.each([[null], [undefined], [42], [Buffer.from('Mayor Ada Obi said so.')]])('extract(%p) throws a TypeError', (bad) => {
    expect(() => extract(bad as unknown as string)).toThrow(TypeError);
  });
});
