/**
 * Property tests of the whole pipeline on random and mutated article text (fast-check, fixed seed).
 *
 * Properties, each over {@link RUNS} cases of at most ~300 characters:
 * 1. `extract` never throws, and every item with start/end/text anywhere in the result satisfies
 *    `0 ≤ start ≤ end ≤ text.length` and `text.slice(start, end) === item.text`;
 * 2. the same input always gives the same output (deep equal);
 * 3. the output validates against the JSON Schema `src/output/schema.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import { extract } from '../src/pipeline.js';
import { readInput } from '../src/inputs/index.js';

const RUNS = 1000;
const SEED = 20240611;
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

/** A fictional article in the common layout (written for these tests). */
const ARTICLE = [
  'Port Strike Talks Resume in Velmar',
  '',
  'By [The Velmar Courier](#)',
  '',
  'March 3, 2025',
  '',
  'VELMAR — Transport Minister Ada Obi met union leaders on Monday, officials said.',
  '',
  '"We will not back down," said Mr. Chukwu, the union\'s chief negotiator. The UN envoy, Lena Marsh, urged calm.',
  '',
  'Dr Irena Solberg of the World Health Organization (WHO) called the strike “a test of patience”.',
  '',
  'Original url: <https://example.com/velmar-strike>',
].join('\n');

/** Things inserted by the mutations: quote marks, capitals, commas, line breaks, odd spaces. */
const INSERTS = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', ',', ', ', ',,', '.', '. ', '?', '!', '—', ' - ', '(', ')',
  '\r', '\r\n', '\n', '\n\n', '\u00a0', '\u200b', '\u200d', '\u2060', '\ufeff', '\t',
  'GENEVA — ', 'Mr ', 'Mrs. ', 'Dr. ', 'UN ', 'U.S. ', 'NATO ', 'Ada Obi', 'ADA OBI ', 'Obi’s ', 'said ', ' he said.',
  'By ', 'February 30, 2014', '😀', 'e\u0301', '\ud800', '\udc00', 'İ', 'ß', 'ﬁ',
];

/** A window of the article (so cases stay small), then insertions at random places, maybe truncated. */
const mutatedArticle = fc
  .record({
    from: fc.nat({ max: ARTICLE.length }),
    length: fc.integer({ min: 0, max: 260 }),
    inserts: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...INSERTS)), { maxLength: 8 }),
    truncate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ from, length, inserts, truncate }) => {
    // Half the cases keep the header (start at 0), so header parsing is mutated too.
    let text = ARTICLE.slice(from % 2 === 0 ? 0 : from, (from % 2 === 0 ? 0 : from) + length);
    for (const [at, ins] of inserts) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + ins + text.slice(i);
    }
    if (truncate !== undefined) text = text.slice(0, Math.floor(truncate * text.length));
    return text;
  });

/** Random text from news-like pieces: words, capitals, marks, spaces. */
const pieces = fc.array(
  fc.oneof(
    fc.constantFrom(...INSERTS),
    fc.constantFrom('the', 'minister', 'said', 'Velmar', 'Obi', 'Ada', 'Chukwu', 'Reuters', 'talks', 'on', 'Monday', 'of', 'a'),
    fc.constant(' '),
  ),
  { maxLength: 60 },
);
const newsLike = pieces.map((p) => p.join(''));

/** Any UTF-16 code units, lone surrogates included. */
const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 120 })
  .map((codes) => String.fromCharCode(...codes));

const inputs = fc.oneof({ weight: 3, arbitrary: mutatedArticle }, { weight: 2, arbitrary: newsLike }, { weight: 1, arbitrary: anyUnits });

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/** Every object with numeric start/end and string text, anywhere in `value`, with its JSON path. */
function spansIn(value: unknown, path = '$', out: Array<[string, SpanLike]> = []): Array<[string, SpanLike]> {
  if (Array.isArray(value)) value.forEach((v, i) => spansIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push([path, o as unknown as SpanLike]);
    for (const [k, v] of Object.entries(o)) spansIn(v, `${path}.${k}`, out);
  }
  return out;
}

/** The spans of a result that break the offset convention, as readable strings (empty when all honest). */
function dishonestSpans(text: string, result: unknown): string[] {
  const bad: string[] = [];
  for (const [path, s] of spansIn(result)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
    if (!ok || text.slice(s.start, s.end) !== s.text) bad.push(`${path} [${s.start},${s.end}) ${JSON.stringify(s.text)}`);
  }
  return bad;
}

describe('extract: properties on random and mutated articles', () => {
  test('the span check flags a span whose text does not match its offsets', () => {
    const bad = { meta: { title: { start: 0, end: 4, text: 'Port' } }, people: [{ mentions: [{ start: 5, end: 9, text: 'Talk' }] }] };
    expect(dishonestSpans(ARTICLE, bad)).toEqual(['$.people[0].mentions[0] [5,9) "Talk"']);
  });

  test('the base article itself has honest spans', () => {
    expect(dishonestSpans(ARTICLE, extract(ARTICLE))).toEqual([]);
  });

  test(`never throws, and every span is honest (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const result = extract(text, { source: 'prop' });
        expect(dishonestSpans(text, result)).toEqual([]);
      }),
      params,
    );
  });

  test(`the plain layout also keeps every span honest (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(inputs, (text) => {
        expect(dishonestSpans(text, extract(text, { layout: 'plain' }))).toEqual([]);
      }),
      params,
    );
  });

  test(`the same input gives the same output (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const a = JSON.parse(JSON.stringify(extract(text)));
        const b = JSON.parse(JSON.stringify(extract(text)));
        expect(b).toEqual(a);
      }),
      params,
    );
  });

  test(`the output validates against src/output/schema.json (${RUNS} cases)`, () => {
    const schema = JSON.parse(readFileSync('src/output/schema.json', 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    fc.assert(
      fc.property(inputs, (text) => {
        const record = JSON.parse(JSON.stringify(extract(text, { source: 'prop' })));
        const ok = validate(record);
        expect(ok ? [] : ajv.errorsText(validate.errors).split(', ')).toEqual([]);
      }),
      params,
    );
  });
});

describe('extract on the odd inputs of fixtures/bad', () => {
  test.each(readdirSync('fixtures/bad').sort())('%s: read, extracted without throwing, every span honest', async (name) => {
    const r = await readInput(`fixtures/bad/${name}`);
    if (!r.ok) {
      expect(r.code).toMatch(/^(EMPTY|BINARY)$/);
      return;
    }
    const result = extract(r.text, { source: name });
    expect(dishonestSpans(r.text, result)).toEqual([]);
  });
});
