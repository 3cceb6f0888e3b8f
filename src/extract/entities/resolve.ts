/**
 * Stage 3: document-level resolution. A name decided somewhere in the article settles the same
 * name where local evidence was missing: a sentence-initial `Brahimi` after `Lakhdar Brahimi`,
 * `LEICESTERSHIRE` in a capitals headline after `Leicestershire` was an organization, a bare
 * surname after a full name. Linear: one map build, one look-up per undecided run.
 */
import type { Context } from './context.js';
import type { Item } from './scan.js';

type Decided = 'person' | 'org' | 'place';

/** Lower-case key of a run: its word keys joined by spaces. */
export function runKey(ctx: Context, item: Item): string {
  const out: string[] = [];
  for (let i = item.s; i < item.e; i++) out.push(ctx.words[i]!.key);
  return out.join(' ');
}

/**
 * Settles undecided runs of all sentences in place (`type` set to person/org/place/none), and
 * joins runs of adjacent words in capitals that together spell a name decided elsewhere
 * (`MICHAEL JOHNSON`).
 *
 * @param sentences items of each sentence (from `scanSentence` + `classifySentence`).
 */
export function resolveDocument(ctx: Context, sentences: Item[][]): void {
  const byKey = new Map<string, Decided>();
  const surnames = new Set<string>();
  const givenOnly = new Set<string>();
  /** First words of organization names (`Northgate` of `Northgate Leisure plc`). */
  const orgHeads = new Set<string>();
  for (const items of sentences) {
    for (const item of items) {
      if (item.kind === 'org') byKey.set(runKey(ctx, item), 'org');
      if (item.kind === 'person') byKey.set(runKey(ctx, item), 'person');
      if (item.kind !== 'name' || !item.type || item.type === 'none') continue;
      const key = runKey(ctx, item);
      if (!byKey.has(key)) byKey.set(key, item.type);
      if (item.type === 'org' && item.e - item.s >= 2 && !ctx.lex.commonWords.has(ctx.words[item.s]!.key)) orgHeads.add(ctx.words[item.s]!.key);
      if (item.type === 'person') {
        const last = ctx.words[item.e - 1]!.key;
        surnames.add(last);
        if (item.e - item.s >= 2) givenOnly.add(ctx.words[item.s]!.key);
      }
    }
  }
  for (const items of sentences) {
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (item.kind !== 'name' || (item.type && item.type !== 'none')) continue;
      const shouting = ctx.words[item.s]!.shouting;
      if (shouting) {
        // longest run of adjacent capitals words that spells a known name
        let best = 0;
        let bestType: Decided | undefined;
        let key = '';
        for (let m = k; m < items.length && m < k + 4; m++) {
          const it = items[m]!;
          if (it.kind !== 'name' || (m > k && (it.s !== items[m - 1]!.e || ctx.words[it.s - 1]!.breakAfter))) break;
          key = key ? `${key} ${runKey(ctx, it)}` : runKey(ctx, it);
          const t = byKey.get(key);
          if (t) {
            best = m - k;
            bestType = t;
          }
        }
        if (bestType) {
          item.e = items[k + best]!.e;
          items.splice(k + 1, best);
          item.type = bestType;
          item.reason = 'document';
        } else if (surnames.has(runKey(ctx, item))) {
          item.type = 'person';
          item.reason = 'surname';
        } else item.type = 'none';
        continue;
      }
      const key = runKey(ctx, item);
      const t = byKey.get(key);
      if (t) {
        item.type = t;
        item.reason = 'document';
      } else if (item.e - item.s === 1 && surnames.has(key)) {
        item.type = 'person';
        item.reason = 'surname';
      } else if (item.e - item.s === 1 && orgHeads.has(key)) {
        item.type = 'org';
        item.reason = 'org-short-name';
      } else if (item.e - item.s >= 2 && surnames.has(ctx.words[item.e - 1]!.key) && givenOnly.has(ctx.words[item.s]!.key)) {
        item.type = 'person';
        item.reason = 'name-variant';
      } else if (item.fallback) {
        item.type = item.fallback;
        item.reason = 'fallback';
      } else item.type = 'none';
    }
  }
  // second tier: what a fallback decided settles the same name where nothing was known
  // (`Leicestershire beat …` makes a later bare `Leicestershire` the same team)
  const byFallback = new Map<string, Decided>();
  for (const items of sentences) {
    for (const item of items) {
      if (item.kind === 'name' && item.reason === 'fallback' && item.type && item.type !== 'none') {
        const key = runKey(ctx, item);
        if (!byKey.has(key) && !byFallback.has(key)) byFallback.set(key, item.type);
      }
    }
  }
  if (byFallback.size === 0) return;
  for (const items of sentences) {
    for (const item of items) {
      if (item.kind !== 'name' || item.type !== 'none') continue;
      const t = byFallback.get(runKey(ctx, item));
      if (t) {
        item.type = t;
        item.reason = 'document-fallback';
      }
    }
  }
}
