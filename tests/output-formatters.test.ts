import { formatters } from '../src/output/index.js';
import { describeRole, truncate } from '../src/output/describe.js';
import { SummaryBuilder } from '../src/output/summary.js';
import { formatSummaryCsv, formatSummaryJson, formatSummaryTable } from '../src/output/summary-format.js';
import type { ArticleResult } from '../src/types.js';
import { sampleError, sampleResult } from './output-sample.js';

const ESC = '\u001b[';

describe('json formatter', () => {
  test('one record is one pretty object', () => {
    const out = formatters.json([sampleResult()], { color: false });
    expect(out.startsWith('{\n  "source": "news/pier.txt",\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual(sampleResult());
  });

  test('several records are one compact object per line, in order', () => {
    const out = formatters.json([sampleResult('a.txt'), sampleError('b.txt'), sampleResult('c.txt')], { color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(JSON.parse(lines[1]!)).toEqual({ source: 'b.txt', error: { code: 'ENOENT', message: 'no such file' } });
  });

  test('pretty: false forces one line for a single record (streamed NDJSON)', () => {
    expect(formatters.json([sampleResult()], { color: false, pretty: false }).split('\n')).toHaveLength(2);
  });
});

describe('csv formatters', () => {
  test('quotes: header, one row per quote, RFC 4180 quoting', () => {
    const out = formatters['csv-quotes']([sampleResult()], { color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('source,speaker,speaker_type,quote,kind,cue,start,end');
    // the first quote holds a comma, so it is quoted; offsets come from the sample text
    const q = sampleResult().quotes[0]!;
    expect(lines[1]).toBe(`news/pier.txt,Anna Berg,person,"We will rebuild the pier, whatever it costs.",direct,said,${q.start},${q.end}`);
    const q2 = sampleResult().quotes[1]!;
    expect(lines[2]).toBe(`news/pier.txt,United Nations,organization,support,partial,,${q2.start},${q2.end}`);
    expect(lines).toHaveLength(3);
  });

  test('quotes: double quote marks inside a field are doubled', () => {
    const r = sampleResult();
    r.quotes = [{ ...r.quotes[0]!, text: 'a "scare" word' }];
    const row = formatters['csv-quotes']([r], { color: false, header: false }).trimEnd();
    expect(row.split(',')[3]).toBe('"a ""scare"" word"');
  });

  test('header: false leaves the header out; error records give no rows', () => {
    expect(formatters['csv-quotes']([sampleError()], { color: false, header: false })).toBe('');
    expect(formatters['csv-quotes']([sampleError()], { color: false })).toBe('source,speaker,speaker_type,quote,kind,cue,start,end\n');
  });

  test('people: aliases and roles joined, mention count', () => {
    const out = formatters['csv-people']([sampleResult(), sampleError()], { color: false });
    expect(out).toBe('source,name,aliases,roles,mentions\nnews/pier.txt,Anna Berg,Berg,mayor (Norway),2\n');
  });
});

describe('table formatter', () => {
  test('has the article header and one titled section per kind, no ANSI codes without colour', () => {
    const out = formatters.table([sampleResult()], { color: false });
    for (const s of ['news/pier.txt', 'Pier Vote in Tromsø', 'People (1)', 'Countries (1)', 'Organizations (1)', 'Quotes (2)']) {
      expect(out).toContain(s);
    }
    expect(out).toContain('mayor (Norway)');
    expect(out).toContain('“We will rebuild the pier, whatever it costs.”');
    expect(out).not.toContain(ESC);
  });

  test('colour adds ANSI codes', () => {
    expect(formatters.table([sampleResult()], { color: true })).toContain(ESC);
  });

  test('empty sections say so; error records print nothing', () => {
    const r: ArticleResult = { ...sampleResult(), people: [], countries: [], organizations: [], quotes: [] };
    const out = formatters.table([r], { color: false });
    expect(out).toContain('People (0)');
    expect(out).toContain('none found');
    expect(formatters.table([sampleError()], { color: false })).toBe('');
  });

  test('an unclosed quote has no closing mark and says so', () => {
    const r = sampleResult();
    r.quotes = [{ ...r.quotes[0]!, closed: false }];
    const out = formatters.table([r], { color: false, width: 200 });
    expect(out).toContain('“We will rebuild the pier, whatever it costs. (unclosed)');
    expect(out).not.toContain('costs.”');
  });

  test('a long quote is shortened with an ellipsis', () => {
    const r = sampleResult();
    const long = 'word '.repeat(100).trim();
    r.quotes = [{ ...r.quotes[0]!, text: long, end: r.quotes[0]!.start + long.length }];
    const out = formatters.table([r], { color: false, width: 400 });
    expect(out).toContain('…');
    expect(out).not.toContain(long);
  });
});

describe('describe helpers', () => {
  test.each([
    ['short text', 20, 'short text'],
    ['line\nbreaks  folded', 40, 'line breaks folded'],
    ['one two three four five', 12, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
  ])('truncate(%j, %i) = %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  test.each([
    [{ title: 'envoy', country: null, organization: 'United Nations' }, 'envoy (United Nations)'],
    [{ title: 'Foreign Minister', country: { code: 'RU', name: 'Russia' }, organization: null }, 'Foreign Minister (Russia)'],
    [{ title: 'spokesman', country: null, organization: null }, 'spokesman'],
  ])('describeRole %#', (role, expected) => {
    expect(describeRole({ start: 0, end: 1, text: 'x', ...role })).toBe(expected);
  });
});

describe('summary', () => {
  // Two articles: Anna Berg in both (2 + 1 name mentions), quoted twice in the first, once in the second;
  // Norway in both; the UN in the first only; one failed input.
  function build() {
    const a = sampleResult('a.txt');
    const b = sampleResult('b.txt');
    b.people[0]!.mentions = b.people[0]!.mentions.slice(0, 1);
    b.organizations = [];
    b.quotes = [b.quotes[0]!, { ...b.quotes[1]!, kind: 'scare', speaker: null }];
    a.quotes.push({ ...a.quotes[0]! }); // a second quote by Anna Berg
    const s = new SummaryBuilder();
    s.add(a);
    s.add(sampleError('c.txt'));
    s.add(b);
    return s.result();
  }

  test('counts people, speakers, countries and organizations over articles', () => {
    const s = build();
    expect(s.articles).toBe(2);
    expect(s.failed).toBe(1);
    expect(s.people).toEqual([{ name: 'Anna Berg', mentions: 3, articles: 2 }]);
    expect(s.speakers).toEqual([
      { name: 'Anna Berg', type: 'person', quotes: 3, articles: 2 },
      { name: 'United Nations', type: 'organization', quotes: 1, articles: 1 },
    ]);
    expect(s.countries).toEqual([{ code: 'NO', name: 'Norway', articles: 2, mentions: 2 }]);
    expect(s.organizations).toEqual([{ name: 'United Nations', acronym: 'UN', articles: 1, mentions: 1 }]);
    expect(s.errors).toEqual([sampleError('c.txt')]);
  });

  test('formats: json is one {summary} object, csv rows, table sections', () => {
    const s = build();
    expect(JSON.parse(formatSummaryJson(s))).toEqual({ summary: s });
    const csv = formatSummaryCsv(s, { color: false }).trimEnd().split('\n');
    expect(csv[0]).toBe('category,name,detail,articles,count');
    expect(csv).toContain('person,Anna Berg,,2,3');
    expect(csv).toContain('speaker,Anna Berg,person,2,3');
    expect(csv).toContain('country,Norway,NO,2,2');
    expect(csv).toContain('organization,United Nations,UN,1,1');
    const table = formatSummaryTable(s, { color: false });
    for (const t of ['2 articles, 1 failed', 'Most mentioned people (1)', 'Most quoted speakers (2)', 'Countries (1)', 'Organizations (1)', 'c.txt']) {
      expect(table).toContain(t);
    }
    expect(table).not.toContain(ESC);
  });
});
