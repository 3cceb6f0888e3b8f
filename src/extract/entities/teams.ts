/**
 * Sports teams named without nearby context (`Kent`, `Lotte`, `HOUSTON`): in a sports document, a
 * name seen anywhere in a results or fixture pattern is a team everywhere in that document.
 *
 * Patterns (items are name runs, known organizations or countries; `n` is a score):
 * - results: `X n Y m` (`Chicago 4 HOUSTON 3`, `Karlsruhe 2 Hansa Rostock 0`);
 * - fixtures: `X v Y`, `X vs Y`, `v X` (`August 16-18 v Kent`), and `X AT Y` in a capitals schedule;
 * - opponents: `X beat Y`, `X drew with Y` (the classifier's `sports-opponent` rule).
 * A document counts as sports when at least two such patterns are found. Linear in the items.
 */
import type { Context, Word } from './context.js';
import type { Item } from './scan.js';
import { runKey } from './resolve.js';

const FIXTURE_WORDS = new Set(['v', 'vs', 'versus']);

function isCount(w: Word | undefined): boolean {
  return w !== undefined && /^\d{1,3}$/.test(w.tok.text);
}

function participant(it: Item | undefined): boolean {
  return it !== undefined && (it.kind === 'name' || it.kind === 'org' || it.kind === 'country');
}

/**
 * Keys (see `runKey`) of name runs used as teams, or an empty set when the document is not a sports document.
 * @param sentences items per sentence, after classification.
 */
export function teamKeys(ctx: Context, sentences: Item[][]): Set<string> {
  const { words } = ctx;
  const keys = new Set<string>();
  let hits = 0;
  const add = (it: Item) => {
    if (it.kind === 'name') keys.add(runKey(ctx, it));
  };
  for (const items of sentences) {
    for (let k = 0; k < items.length; k++) {
      const a = items[k]!;
      const b = items[k + 1];
      if (!participant(a)) continue;
      const lastA = words[a.e - 1]!;
      // `X n Y m`
      if (b && participant(b) && b.s === a.e + 1 && isCount(words[a.e]) && isCount(words[b.e]) && !lastA.breakAfter) {
        add(a);
        add(b);
        hits += 2; // a results line is enough to make a sports document
        continue;
      }
      // `X v Y`, `X AT Y` (capitals schedule)
      const mid = words[a.e];
      if (b && participant(b) && b.s === a.e + 1 && mid && !lastA.breakAfter && !mid.breakAfter) {
        if (FIXTURE_WORDS.has(mid.key) || (mid.key === 'at' && mid.upper && lastA.shouting)) {
          add(a);
          add(b);
          hits++;
          continue;
        }
      }
      // `v X`
      const before = words[a.s - 1];
      if (before && FIXTURE_WORDS.has(before.key) && !before.cap && before.tok.sentence === lastA.tok.sentence) {
        add(a);
        hits++;
        continue;
      }
      if (a.kind === 'name' && (a.reason === 'sports-opponent' || a.fallbackReason === 'sports-opponent')) {
        add(a);
        hits++;
      }
    }
  }
  return hits >= 2 ? keys : new Set();
}
