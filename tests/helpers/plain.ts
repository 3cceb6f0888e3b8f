/**
 * Test helpers: extract one plain-text snippet (no article header) and project the result onto
 * what a table of cases compares.
 */
import { extract } from '../../src/pipeline.js';
import type { ArticleResult } from '../../src/types.js';

/** `extract` with `layout: 'plain'`: the snippet is all body, no headline or byline. */
export function runPlain(text: string): ArticleResult {
  return extract(text, { layout: 'plain' });
}

/** Canonical names of the people found, in order. */
export function personNames(text: string): string[] {
  return runPlain(text).people.map((p) => p.name);
}

/** Names of the organizations found, in order. */
export function orgNames(text: string): string[] {
  return runPlain(text).organizations.map((o) => o.name);
}

/** ISO codes of the countries found, in order. */
export function countryCodes(text: string): string[] {
  return runPlain(text).countries.map((c) => c.code);
}
