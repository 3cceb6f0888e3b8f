import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { sampleError, sampleResult } from './output-sample.js';

const schema = JSON.parse(readFileSync(new URL('../src/output/schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

describe('output schema', () => {
  test('a hand-built article result is valid', () => {
    expect(validate(sampleResult())).toBe(true);
  });

  test('an error record is valid', () => {
    expect(validate(sampleError())).toBe(true);
  });

  test('diagnostics are allowed when present', () => {
    const r = { ...sampleResult(), diagnostics: [{ severity: 'warning', code: 'DECODE', message: 'invalid UTF-8' }] };
    expect(validate(r)).toBe(true);
  });

  test('every property of every definition has a description', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (!v.description && !v.$ref) missing.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) visit(v, `${path}/${k}`);
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
  });

  const invalid: Array<[string, (r: Record<string, any>) => void]> = [
    ['source missing', (r) => delete r.source],
    ['people not an array', (r) => (r.people = {})],
    ['unknown top-level field', (r) => (r.extra = 1)],
    ['negative offset', (r) => (r.people[0].mentions[0].start = -1)],
    ['offset not an integer', (r) => (r.quotes[0].end = 3.5)],
    ['bad quote kind', (r) => (r.quotes[0].kind = 'indirect')],
    ['bad speaker type', (r) => (r.quotes[0].speaker.type = 'animal')],
    ['country code not alpha-2', (r) => (r.countries[0].code = 'NOR')],
    ['mention kind unknown', (r) => (r.people[0].mentions[0].kind = 'nickname')],
    ['role without title', (r) => delete r.people[0].roles[0].title],
    ['meta field missing', (r) => delete r.meta.url],
    ['gender unknown value', (r) => (r.people[0].gender = 'x')],
    ['closed not boolean', (r) => (r.quotes[0].closed = 'yes')],
    ['empty diagnostics array', (r) => (r.diagnostics = [])],
    ['extra field on a span', (r) => (r.meta.title.extra = true)],
  ];
  test.each(invalid)('invalid: %s', (_name, mutate) => {
    const r = clone(sampleResult()) as Record<string, any>;
    mutate(r);
    expect(validate(r)).toBe(false);
  });

  test.each([
    ['no error object', { source: 'a.txt' }],
    ['error without code', { source: 'a.txt', error: { message: 'gone' } }],
    ['error with empty message', { source: 'a.txt', error: { code: 'ENOENT', message: '' } }],
    ['error record with extra field', { source: 'a.txt', error: { code: 'ENOENT', message: 'gone' }, people: [] }],
  ])('invalid error record: %s', (_name, r) => {
    expect(validate(r)).toBe(false);
  });
});
