/**
 * `--summary` across articles: a one-word name (an article that only says "Blair") is merged into
 * the unique multi-word name whose last word it is; two such names make it ambiguous. Records are
 * built by hand; every expected count below was worked out from the lists in each test.
 */
import { SummaryBuilder } from '../src/output/summary.js';
import type { ArticleResult, Quote } from '../src/types.js';

const at = { start: 0, end: 1, text: 'x' };

/** An article with the given people (name → number of mentions) and person speakers (one quote each). */
function article(source: string, people: Record<string, number>, speakers: string[] = []): ArticleResult {
  return {
    source,
    meta: { title: null, byline: null, publisher: null, date: null, url: null },
    people: Object.entries(people).map(([name, n], i) => ({
      id: `p${i}`,
      name,
      aliases: [],
      gender: null,
      roles: [],
      mentions: Array.from({ length: n }, () => ({ ...at, kind: 'name' as const })),
    })),
    countries: [],
    organizations: [],
    quotes: speakers.map(
      (name): Quote => ({ ...at, kind: 'direct', cue: null, speaker: { ...at, name, type: 'person', ref: null }, closed: true }),
    ),
  } as ArticleResult;
}

test('people: Blair joins Tony Blair, Bush joins George W Bush, Kowal stays (two Kowals), Madonna stays', () => {
  const s = new SummaryBuilder();
  s.add(article('a1', { 'Tony Blair': 3 }));
  s.add(article('a2', { Blair: 2 }));
  s.add(article('a3', { 'George W Bush': 1 }));
  s.add(article('a4', { Bush: 4 }));
  s.add(article('a5', { 'Anna Kowal': 1 }));
  s.add(article('a6', { 'Jan Kowal': 1 }));
  s.add(article('a7', { Kowal: 2, Madonna: 1 }));
  // both forms in one article (not merged there): the article counts once
  s.add(article('a8', { 'Tony Blair': 1, Blair: 1 }));
  expect(s.result().people).toEqual([
    { name: 'Tony Blair', mentions: 7, articles: 3 },
    { name: 'George W Bush', mentions: 5, articles: 2 },
    { name: 'Kowal', mentions: 2, articles: 1 },
    { name: 'Anna Kowal', mentions: 1, articles: 1 },
    { name: 'Jan Kowal', mentions: 1, articles: 1 },
    { name: 'Madonna', mentions: 1, articles: 1 },
  ]);
});

test('speakers: Blair joins Tony Blair; an organization named like a surname is left alone', () => {
  const s = new SummaryBuilder();
  s.add(article('a1', { 'Tony Blair': 1 }, ['Tony Blair', 'Tony Blair']));
  s.add(article('a2', { Blair: 1 }, ['Blair']));
  s.add(article('a3', { Kowal: 1 }, ['Kowal', 'Kowal']));
  const org = article('a4', {});
  org.quotes = [{ ...at, kind: 'direct', cue: null, speaker: { ...at, name: 'Blair', type: 'organization', ref: null }, closed: true }];
  s.add(org);
  expect(s.result().speakers).toEqual([
    { name: 'Tony Blair', type: 'person', quotes: 3, articles: 2 },
    { name: 'Kowal', type: 'person', quotes: 2, articles: 1 },
    { name: 'Blair', type: 'organization', quotes: 1, articles: 1 },
  ]);
});

test('the builder keeps its own counts: result() can be called twice with the same answer', () => {
  const s = new SummaryBuilder();
  s.add(article('a1', { 'Tony Blair': 1 }));
  s.add(article('a2', { Blair: 1 }));
  expect(s.result().people).toEqual([{ name: 'Tony Blair', mentions: 2, articles: 2 }]);
  expect(s.result().people).toEqual([{ name: 'Tony Blair', mentions: 2, articles: 2 }]);
});
