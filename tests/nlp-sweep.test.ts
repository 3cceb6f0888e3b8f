/**
 * src/nlp/sweep.ts replaces compromise's `methods.one.bulkMatch` for speed; it must give exactly
 * what compromise's own gives. Both are run on the same clauses with the same rule net and their
 * results compared match by match (rule, pointer, order), then whole texts are tagged with each
 * and their tags compared term by term. Texts: the fixture articles, random clauses (fast-check),
 * and, when ../shared is present, every 25th BBC article of ../shared/corpus.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import nlp from 'compromise';

type BulkMatch = (doc: unknown[][], net: unknown, methods: unknown, opts?: { matchOne?: boolean }) => Array<Record<string, unknown>>;
interface World {
  methods: {
    one: { bulkMatch: BulkMatch };
    two: { quickSplit(docs: unknown[][]): unknown[][] };
  };
}

// compromise's own function, taken before the tagger module installs the replacement
const world = (nlp as unknown as { world(): World }).world();
const original = world.methods.one.bulkMatch;
const { bulkMatch: ours } = await import('../src/nlp/sweep.js');
await import('../src/nlp/tagger.js');

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, '..', 'fixtures', 'articles');
const corpusDir = join(here, '..', '..', 'shared', 'corpus', 'bbc');

/** What a bulkMatch result says: which rule, where, in which order. */
function summary(results: Array<Record<string, unknown>>): Array<[unknown, unknown]> {
  return results.map((r) => [r.match, (r.pointer as number[]).slice(0, 3)]);
}

/**
 * Tags `text` with a bulkMatch that calls both functions on the very clauses compromise's
 * post-tagger sweeps (with and without `matchOne`), expects the same results, and hands
 * compromise's own on. Returns the number of matches compared.
 */
function expectSameMatches(text: string): number {
  let compared = 0;
  const saved = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = (doc, n, methods, opts) => {
    for (const o of [{ matchOne: true }, opts ?? {}]) {
      const theirs = original(doc, n, methods, o);
      const mine = ours(doc as never, n as never, methods as never, o);
      expect(summary(mine)).toEqual(summary(theirs));
      // the results are copies of the rules: same fields
      expect(mine.map((r) => Object.keys(r).sort())).toEqual(theirs.map((r) => Object.keys(r).sort()));
      compared += theirs.length;
    }
    return original(doc, n, methods, opts);
  };
  try {
    nlp(text);
  } finally {
    world.methods.one.bulkMatch = saved;
  }
  return compared;
}

/** Every term's tags after full tagging, with the given bulkMatch installed. */
function tagsWith(fn: BulkMatch, text: string): string[][] {
  const saved = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = fn;
  try {
    const view = nlp(text) as unknown as { docs: Array<Array<{ text: string; tags: Set<string> }>> };
    return view.docs.flat().map((t) => [t.text, ...[...t.tags].sort()]);
  } finally {
    world.methods.one.bulkMatch = saved;
  }
}

function expectSameTags(text: string): void {
  expect(tagsWith(ours as unknown as BulkMatch, text)).toEqual(tagsWith(original, text));
}

describe('sweep: the replacement bulkMatch is installed', () => {
  test('compromise calls ours after the tagger module is loaded', async () => {
    world.methods.one.bulkMatch = original;
    // a fresh copy of the module graph would re-install it; here: the install line itself
    const { installSweep } = await import('../src/nlp/tagger.js');
    installSweep();
    expect(world.methods.one.bulkMatch).toBe(ours);
    expect(original).not.toBe(ours);
  });

  test('a sentence where rules fire gives matches to compare (the comparisons below are not empty)', () => {
    expect(expectSameMatches('Prime Minister John Smith, who was born in May, said he would not resign.')).toBeGreaterThan(0);
  });
});

describe('sweep: same matches and tags as compromise on the fixture articles', () => {
  const files = readdirSync(fixtureDir).filter((f) => f.endsWith('.txt'));
  test.each(files)('%s', (file) => {
    const text = readFileSync(join(fixtureDir, file), 'utf8');
    let compared = 0;
    for (const para of text.split(/\n\s*\n/)) {
      if (para.trim() === '') continue;
      compared += expectSameMatches(para);
      expectSameTags(para);
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('sweep: same matches as compromise on random clauses', () => {
  const word = fc.constantFrom(
    'the', 'said', 'he', 'she', 'Mr', 'Smith', 'John', 'minister', 'foreign', 'of', 'France', 'French', 'will', 'not',
    'be', 'was', 'running', 'quickly', 'very', 'good', '2014', '$5m', 'in', 'May', 'would', 'have', 'been', 'by', 'a',
    'union', "isn't", 'U.S.', 'New', 'York', 'and', 'or', 'but', 'to', 'go', 'home', 'Dr', 'Jones', 'told', 'reporters',
  );
  const clause = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ', ', '. ', '; ', ' "', '" ')), { minLength: 1, maxLength: 30 });
  test('500 random word sequences', () => {
    fc.assert(
      fc.property(clause, (parts) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        expectSameMatches(text);
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});

const corpusPresent = existsSync(corpusDir);
if (!corpusPresent) console.warn(`nlp-sweep.test.ts: BBC comparison skipped, ../shared not present (${corpusDir} not found)`);
(corpusPresent ? describe : describe.skip)('sweep: same matches and tags as compromise on real news (../shared)', () => {
  const files = corpusPresent
    ? readdirSync(corpusDir)
        .flatMap((section) => readdirSync(join(corpusDir, section)).map((f) => join(section, f)))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .filter((_, i) => i % 25 === 0)
    : [];
  test(`every 25th BBC article (${files.length})`, () => {
    expect(files.length).toBeGreaterThan(50);
    let compared = 0;
    for (const f of files) {
      const text = readFileSync(join(corpusDir, f), 'utf8');
      compared += expectSameMatches(text);
      expectSameTags(text);
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
