/**
 * Shared runner for the table-driven tests of attribution sieves and coreference rules: runs a
 * rule's made-up example through the whole pipeline (plain layout) and finds the quote it is about.
 */
import { runPlain } from '../../helpers/plain.js';
import type { Quote } from '../../../src/types.js';
import type { RuleCase } from '../../../src/extract/quotes/sieve.js';

/** The quote of the case (the first whose text starts with `c.quote`), and every quote for the failure message. */
export function quoteOf(c: RuleCase): { quote: Quote | undefined; all: string } {
  const quotes = runPlain(c.text).quotes;
  const quote = quotes.find((q) => q.text.startsWith(c.quote));
  const all = quotes.map((q) => `[${q.kind}] "${q.text.slice(0, 30)}" → ${q.speaker ? `${q.speaker.name} (${q.speaker.rule}/${q.speaker.coreference})` : 'none'}`).join('; ');
  return { quote, all };
}
