/**
 * A faster drop-in for compromise's `methods.one.bulkMatch`, installed through compromise's plugin
 * API by the tagger. Its output is the same, element for element and in the same order (checked
 * against compromise's own function in tests/nlp-sweep.test.ts).
 *
 * Why: compromise's post-tagger runs its ~570 match rules over each comma-separated clause
 * through this "sweep". To pick the rules a clause might match, compromise walks every hook key of
 * the rule index (~730) for every clause and grows the candidate list by repeated
 * `concat`; that step alone was ~18 % of the whole extraction's CPU time on BBC articles (measured
 * with `node --cpu-prof`). Here the index is turned once into key → position, and each clause
 * only looks up its own cached words and tags (a few dozen), so the candidate list is built in
 * time proportional to the rules it holds.
 *
 * The semantics kept, step by step (compromise 14, `src/1-one/sweep/methods/sweep/`):
 * 1. candidates = the rule lists of the clause's hook keys, in the order of `Object.keys(hooks)`,
 *    first occurrence of each `match` string kept;
 * 2. a candidate is kept when all its `needs` are in the clause's cache, none of its `ifNo` is,
 *    and at least `minWant` of its `wants` are (or it has no wants);
 * 3. the `always` rules are appended (not de-duplicated against the candidates);
 * 4. rules needing more words than the clause has are dropped;
 * 5. each remaining rule is matched in turn; every match becomes a copy of the rule with its
 *    `pointer` (`[clause, start, end]`), and `matchOne` stops at the first.
 */

/** One compiled match rule of compromise's post-tagger (the fields read here). */
export interface SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** compromise's rule index: hook key (a word or `#Tag`) → rules, plus rules with no hook. */
export interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}

/** The compromise methods the sweep calls (`one.cacheDoc`, `one.match`). */
interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>;
    match(docs: unknown[][], rule: SweepRule): { ptrs: number[][] };
  };
}

/** A rule found in a clause: the rule's fields plus `pointer` = `[clause, start term, end term]`. */
export type SweepResult = SweepRule & { pointer: number[] };

/** A rule with its needs and wants as hook-key positions, numbered by its `match` string. */
interface CompiledRule {
  rule: SweepRule;
  /** Same number for rules with the same `match` string (compromise keeps the first of them). */
  id: number;
  needs: Int32Array;
  wants: Int32Array;
  /** A need or want that is not a hook key (never so with compromise's own nets): test strings. */
  slow: boolean;
}

/**
 * The net re-indexed once: position of every hook key in `Object.keys(hooks)` order and each
 * key's rules compiled; two stamp arrays answer "met in this clause?" for rule numbers (`seen`)
 * and hook keys (`present`) without building a set per clause.
 */
interface HookIndex {
  position: Map<string, number>;
  lists: CompiledRule[][];
  seen: Int32Array;
  present: Int32Array;
  clause: number;
}

const indexes = new WeakMap<SweepNet, HookIndex>();

function hookIndex(net: SweepNet): HookIndex {
  let idx = indexes.get(net);
  if (idx) return idx;
  const keys = Object.keys(net.hooks);
  const position = new Map(keys.map((k, i) => [k, i]));
  const numbers = new Map<string, number>();
  const compiled = new Map<SweepRule, CompiledRule>();
  const positions = (strs: string[]): Int32Array => Int32Array.from(strs, (s) => position.get(s) ?? -1);
  const compile = (rule: SweepRule): CompiledRule => {
    let c = compiled.get(rule);
    if (c) return c;
    let id = numbers.get(rule.match);
    if (id === undefined) numbers.set(rule.match, (id = numbers.size));
    const needs = positions(rule.needs);
    const wants = positions(rule.wants);
    c = { rule, id, needs, wants, slow: needs.includes(-1) || wants.includes(-1) };
    compiled.set(rule, c);
    return c;
  };
  const lists = keys.map((k) => net.hooks[k]!.map(compile));
  idx = { position, lists, seen: new Int32Array(numbers.size).fill(-1), present: new Int32Array(keys.length).fill(-1), clause: -1 };
  indexes.set(net, idx);
  return idx;
}

/** Step 2: the needs / ifNo / wants test of one rule against a clause's cache. */
function fits(c: CompiledRule, have: Set<string>, present: Int32Array, clause: number): boolean {
  const { rule } = c;
  if (c.slow) {
    for (const need of rule.needs) if (!have.has(need)) return false;
  } else {
    for (let i = 0; i < c.needs.length; i++) if (present[c.needs[i]!] !== clause) return false;
  }
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (have.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  if (c.slow) {
    for (const want of rule.wants) if (have.has(want)) found++;
  } else {
    for (let i = 0; i < c.wants.length; i++) if (present[c.wants[i]!] === clause) found++;
  }
  return found >= rule.minWant;
}

/** Steps 1–4 for one clause: the rules to try, in compromise's order. */
function candidates(idx: HookIndex, net: SweepNet, have: Set<string>, words: number): SweepRule[] {
  // a new stamp value per clause (starting over long before Int32 would wrap)
  const clause = (idx.clause = (idx.clause + 1) % 0x3fffffff);
  if (clause === 0) {
    idx.seen.fill(-1);
    idx.present.fill(-1);
  }
  const { seen, present } = idx;
  const hit: number[] = [];
  for (const key of have) {
    const p = idx.position.get(key);
    if (p === undefined) continue;
    hit.push(p);
    present[p] = clause;
  }
  hit.sort((a, b) => a - b);
  const out: SweepRule[] = [];
  for (const p of hit) {
    for (const c of idx.lists[p]!) {
      if (seen[c.id] === clause) continue;
      seen[c.id] = clause;
      if (words >= c.rule.minWords && fits(c, have, present, clause)) out.push(c.rule);
    }
  }
  for (const rule of net.always) if (words >= rule.minWords) out.push(rule);
  return out;
}

/**
 * compromise's `bulkMatch(document, net, methods, opts)`: every match of the net's rules in every
 * clause of `document` (an array of clauses, each an array of compromise terms).
 *
 * @returns the matches in clause order, then rule order, then position; with `opts.matchOne`
 * only the first.
 */
export function bulkMatch(document: unknown[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): SweepResult[] {
  const caches = methods.one.cacheDoc(document);
  const idx = hookIndex(net);
  const results: SweepResult[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of candidates(idx, net, caches[n]!, document[n]!.length)) {
      const res = methods.one.match([document[n]!], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        // a copy of the rule (its `unTag` included) with the match's pointer
        results.push(Object.assign({}, rule, { pointer: ptr }) as SweepResult);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
