/**
 * Quote scoring for `npm run eval` (placeholder: the quotation work fills in the real scorer).
 */
import type { ArticleResult } from '../types.js';
import type { GoldDoc } from './eval.js';

/** Accumulates quote span and speaker scores over documents. */
export class QuoteScorer {
  /** Error lines for `--errors`. */
  errors: string[] = [];
  private docs = 0;

  /** Adds one document's gold quotes and the tool's result. */
  add(gold: GoldDoc, result: ArticleResult, maxErrors: number): void {
    void gold;
    void result;
    void maxErrors;
    this.docs++;
  }

  /** The figures so far. */
  report(): Record<string, number> {
    return { docs: this.docs };
  }

  /** Lines for the terminal report. */
  static format(r: Record<string, number>): string[] {
    return [`quotes: ${JSON.stringify(r)}`];
  }
}
