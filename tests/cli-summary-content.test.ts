/**
 * `--summary` and `--json` content on fixtures/batch — three short fictional articles whose people,
 * quotes and countries were counted by reading them (this file depends on the extractors' quality;
 * the plumbing is tested in cli-run.test.ts). Runs `bin/extract` on the built tree.
 *
 * harbour/pier-vote.txt:      Anna Berg ("Anna Berg", "Berg"), Lars Dahl; Norway; quotes: Berg ×2 (direct), Dahl ×1 (partial)
 * harbour/ferry-fares.txt:    Anna Berg, Odd Moen; Norway; Nordvik Ferry Company; quotes: Berg (partial), Moen (direct)
 * schools/library-hours.txt:  Maria Lund ("Maria Lund", "Lund"); quote: Lund (direct)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { jest } from '@jest/globals';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const BIN = path.join(ROOT, 'bin/extract');
jest.setTimeout(60_000);

function json(args: string[]): any {
  const r = spawnSync(process.execPath, [BIN, '--json', ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

test('summary over fixtures/batch', () => {
  const s = json(['--summary', 'fixtures/batch']).summary;
  expect(s.articles).toBe(3);
  expect(s.people).toEqual([
    { name: 'Anna Berg', mentions: 3, articles: 2 },
    { name: 'Maria Lund', mentions: 2, articles: 1 },
    { name: 'Lars Dahl', mentions: 1, articles: 1 },
    { name: 'Odd Moen', mentions: 1, articles: 1 },
  ]);
  expect(s.speakers).toEqual([
    { name: 'Anna Berg', type: 'person', quotes: 3, articles: 2 },
    { name: 'Lars Dahl', type: 'person', quotes: 1, articles: 1 },
    { name: 'Maria Lund', type: 'person', quotes: 1, articles: 1 },
    { name: 'Odd Moen', type: 'person', quotes: 1, articles: 1 },
  ]);
  expect(s.countries).toEqual([{ code: 'NO', name: 'Norway', articles: 2, mentions: 2 }]);
  expect(s.organizations).toEqual([{ name: 'Nordvik Ferry Company', acronym: null, articles: 1, mentions: 1 }]);
});

test('quotes of pier-vote.txt: speakers and kinds', () => {
  const r = json(['fixtures/batch/harbour/pier-vote.txt']);
  expect(r.quotes.map((q: any) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
    ['We have waited long enough,', 'direct', 'Anna Berg'],
    ['The fishing fleet needs a safe berth.', 'direct', 'Anna Berg'],
    ['far too high', 'partial', 'Lars Dahl'],
  ]);
});
