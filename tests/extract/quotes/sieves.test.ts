/**
 * Every attribution sieve's examples and counter-examples (`src/extract/quotes/sieves/*.ts`), run
 * through the whole pipeline: an example must be decided by its sieve, with the speaker the case
 * names; a counter-example must not be decided by it (and, when the case says so, must end with the
 * speaker given).
 */
import { SIEVES } from '../../../src/extract/quotes/sieves/index.js';
import { quoteOf } from './rule-cases.js';

describe('the sieve list', () => {
  test('ids are unique kebab-case, each sieve has at least one example', () => {
    const ids = SIEVES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SIEVES) {
      expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(s.examples.length).toBeGreaterThan(0);
    }
  });

  test('stages run in order: sentence, then context, then backward', () => {
    const order = { sentence: 0, context: 1, backward: 2 };
    const stages = SIEVES.map((s) => order[s.stage]);
    expect([...stages].sort((a, b) => a - b)).toEqual(stages);
  });
});

for (const sieve of SIEVES) {
  describe(`sieve ${sieve.id}`, () => {
    test.each(sieve.examples.map((c) => [c.quote, c] as const))('decides "%s"', (_q, c) => {
      const { quote, all } = quoteOf(c);
      expect(quote).toBeDefined();
      expect({ rule: quote!.speaker?.rule ?? null, speaker: quote!.speaker?.name ?? null, all }).toEqual({
        rule: sieve.id, speaker: c.speaker ?? null, all,
      });
    });
    if (sieve.counterExamples.length > 0) {
      test.each(sieve.counterExamples.map((c) => [c.quote, c] as const))('does not decide "%s"', (_q, c) => {
        const { quote, all } = quoteOf(c);
        expect(quote).toBeDefined();
        expect(quote!.speaker?.rule).not.toBe(sieve.id);
        if (c.speaker !== undefined) expect({ speaker: quote!.speaker?.name ?? null, all }).toEqual({ speaker: c.speaker, all });
      });
    }
  });
}
