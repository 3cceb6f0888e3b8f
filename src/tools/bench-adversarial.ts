/**
 * Adversarial benchmark: does extraction stay linear on hostile text?
 *
 * Usage: `node dist/tools/bench-adversarial.js [articleFolder] [--kb N] [--only NAME,NAME]`
 *
 * Builds inputs of N KB (default 1024) — long runs of `"a `, of capitalised words, of commas,
 * of `Mr Aa, `, one line without punctuation, deeply nested quotation marks, … — and times each
 * pipeline stage (document, tagger, entities, quotes) on them and on N KB of ordinary article text
 * (the `.txt` files of `articleFolder` concatenated, default /work/shared/corpus/bbc/politics).
 * Prints the time of each input and its ratio to ordinary text (target: every ratio < 10×), and the
 * stage that took longest, so a superlinear stage can be named.
 *
 * Writes a table to stdout; exits with code 1 when a ratio is 10× or more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDocument } from '../document/model.js';
import { tagDocument } from '../nlp/tagger.js';
import { extractEntities } from '../extract/entities/index.js';
import { extractQuotes } from '../extract/quotes/index.js';
import { loadLexicon } from '../lexicons/index.js';

/** Repeats `unit` until the text is `size` UTF-16 units long. */
function fill(unit: string | ((i: number) => string), size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const u = typeof unit === 'string' ? unit : unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, size);
}

/** Pseudo-words, deterministic (no Math.random, so runs compare). */
function word(i: number, capital: boolean): string {
  const syll = ['ka', 'lo', 'mir', 'ten', 'va', 'dor', 'shi', 'bel', 'ru', 'an'];
  let w = '';
  let x = i * 7919 + 13;
  for (let k = 0; k < 2 + (i % 3); k++) {
    w += syll[x % syll.length];
    x = Math.floor(x / syll.length) + k * 31;
  }
  return capital ? w[0]!.toUpperCase() + w.slice(1) : w;
}

/** Common given names (so that generated names are taken for people). */
const GIVEN = ['John', 'Mary', 'Anna', 'Peter', 'David', 'Sarah', 'James', 'Laura'];

/** The hostile inputs: name → builder for a text of `size` units. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  'quote-a runs (`"a `)': (n) => fill('"a ', n),
  'capitalised words': (n) => fill((i) => `${word(i, true)} `, n),
  'capitalised words + commas': (n) => fill((i) => `${word(i, true)}, `, n),
  'commas only': (n) => fill(',', n),
  'comma list (`a, `)': (n) => fill('a, ', n),
  '`Mr Aa, ` runs': (n) => fill('Mr Aa, ', n),
  'one line, no punctuation': (n) => fill((i) => `${word(i, false)} `, n),
  'one word, no spaces': (n) => fill('abcdefghij', n),
  'nested quotes (open…close)': (n) => fill('said “a ‘b “c ', n / 2) + fill('d” e’ f” ', n / 2),
  'mixed quote marks': (n) => fill('"“‘\'«» ', n),
  'apostrophes (`’s `)': (n) => fill('Obi’s ', n),
  'periods (`. `)': (n) => fill('. ', n),
  'initials (`A. B. `)': (n) => fill('A. B. ', n),
  'blank lines': (n) => fill('\n\n', n),
  'said-cues (`, he said. "`)': (n) => fill('"Yes," he said. "No," she said. ', n),
  'titles chain': (n) => fill('Deputy Foreign Minister ', n),
  'one surname repeated (`Obi said. `)': (n) => fill('Obi said. ', n),
  'distinct people quoted': (n) => fill((i) => `${GIVEN[i % GIVEN.length]} ${word(i, true)}son said "yes". `, n),
  'distinct organizations': (n) => fill((i) => `the ${word(i, true)} Ministry of ${word(i + 1, true)} said. `, n),
};

/** Ordinary news text: the folder's `.txt` articles concatenated (blank line between) to `size` units. */
function ordinary(folder: string, size: number): string {
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt articles in ${folder}`);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = readFileSync(join(folder, files[i % files.length]!), 'utf8');
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

interface Timing {
  total: number;
  stages: Record<string, number>;
  error?: string;
}

/** Runs the pipeline stage by stage on one text, timing each stage (milliseconds). */
function run(text: string): Timing {
  const lexicon = loadLexicon();
  const stages: Record<string, number> = {};
  const t0 = performance.now();
  let t = t0;
  let current = 'document';
  const lap = (name: string, next: string) => {
    const now = performance.now();
    stages[name] = now - t;
    t = now;
    current = next;
  };
  try {
    const doc = createDocument(text, 'bench');
    lap('document', 'tagger');
    tagDocument(doc);
    lap('tagger', 'entities');
    const entities = extractEntities(doc, lexicon);
    lap('entities', 'quotes');
    extractQuotes(doc, entities, lexicon);
    lap('quotes', '');
  } catch (err) {
    stages[current] = performance.now() - t;
    return { total: performance.now() - t0, stages, error: `${current}: ${(err as Error).message.split('\n')[0]}` };
  }
  return { total: performance.now() - t0, stages };
}

function parseArgs(argv: string[]): { folder: string; kb: number; only: string[] | null } {
  let folder = '/work/shared/corpus/bbc/politics';
  let kb = 1024;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--kb') kb = Number(argv[++i]);
    else if (a === '--only') only = argv[++i]!.split(',').map((s) => s.trim().toLowerCase());
    else folder = a;
  }
  if (!Number.isFinite(kb) || kb <= 0) throw new Error('--kb needs a positive number');
  return { folder, kb, only };
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

function main(): number {
  const { folder, kb, only } = parseArgs(process.argv.slice(2));
  const size = kb * 1024;
  run('Warm-up: the Harbour Board met on Monday. "We agree," said Ada Obi.'); // load lexicon and tagger
  const base = run(ordinary(folder, size));
  process.stdout.write(`input (${kb} KB each)\ttime\tratio\tslowest stage\n`);
  const line = (name: string, t: Timing) => {
    const slowest = Object.entries(t.stages).sort((a, b) => b[1] - a[1])[0];
    const stage = slowest ? `${slowest[0]} ${fmt(slowest[1])}` : '-';
    const ratio = base.total > 0 ? t.total / base.total : 0;
    process.stdout.write(`${name}\t${fmt(t.total)}\t${ratio.toFixed(2)}×\t${stage}${t.error ? `\tTHREW: ${t.error}` : ''}\n`);
    return ratio;
  };
  line('ordinary news', base);
  let worst = 0;
  let failed = false;
  for (const [name, build] of Object.entries(ADVERSARIAL)) {
    if (only && !only.some((o) => name.toLowerCase().includes(o))) continue;
    const t = run(build(size));
    worst = Math.max(worst, line(name, t));
    if (t.error) failed = true;
  }
  process.stdout.write(`worst ratio ${worst.toFixed(2)}× (target < 10×)\n`);
  return worst >= 10 || failed ? 1 : 0;
}

process.exitCode = main();
