/**
 * Every coreference rule's examples and counter-examples (`src/extract/quotes/coreference/rules/*.ts`),
 * run through the whole pipeline: an example's speaker must be resolved by its rule, to the name the
 * case gives; a counter-example must not be (and, when the case says so, ends with the speaker given).
 */
import { COREFERENCE_RULES } from '../../../src/extract/quotes/coreference/index.js';
import { quoteOf } from './rule-cases.js';

test('coreference rule ids are unique kebab-case', () => {
  const ids = COREFERENCE_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
});

for (const rule of COREFERENCE_RULES) {
  const cases = [...rule.examples, ...rule.counterExamples];
  if (cases.length === 0) continue;
  describe(`coreference ${rule.id}`, () => {
    if (rule.examples.length > 0) {
      test.each(rule.examples.map((c) => [c.quote, c] as const))('resolves "%s"', (_q, c) => {
        const { quote, all } = quoteOf(c);
        expect(quote).toBeDefined();
        expect({ coreference: quote!.speaker?.coreference ?? null, speaker: quote!.speaker?.name ?? null, all }).toEqual({
          coreference: rule.id, speaker: c.speaker ?? null, all,
        });
      });
    }
    if (rule.counterExamples.length > 0) {
      test.each(rule.counterExamples.map((c) => [c.quote, c] as const))('does not resolve "%s"', (_q, c) => {
        const { quote, all } = quoteOf(c);
        expect(quote).toBeDefined();
        expect(quote!.speaker?.coreference).not.toBe(rule.id);
        if (c.speaker !== undefined) expect({ speaker: quote!.speaker?.name ?? null, all }).toEqual({ speaker: c.speaker, all });
      });
    }
  });
}
