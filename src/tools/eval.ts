/**
 * `npm run eval -- <gold.jsonl> …` — scores the extractor against gold annotations in the shared
 * JSONL format (see `../shared/eval/README.md`): one document per line,
 * `{ id, text, entities?: [{type,start,end,text}], quotes?: [...], meta: { layers } }`.
 *
 * Entities: mention-level precision / recall / F1 per type, exact span match.
 *   PER ← people's name mentions (not the pronouns and nominals that attribution resolved to them); ORG ← organization mentions;
 *   LOC ← country mentions that are names or capitals (demonyms are MISC in CoNLL, so they are left out).
 *   The tool finds countries, not cities or regions, so LOC recall is bounded; it is printed for information.
 * Quotes: see `score-quotes.ts`.
 *
 * Documents without quote layers (CoNLL) are read with `layout: 'plain'` (no headline detection).
 * Prints a table per file; `--json` prints the figures as JSON; `--errors N` lists up to N misses and
 * false alarms per type, for error analysis on dev sets.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../pipeline.js';
import { isNameMention, type ArticleResult } from '../types.js';
import { QuoteScorer } from './score-quotes.js';

/** A gold document in the shared evaluation format. */
export interface GoldDoc {
  id: string;
  text: string;
  entities?: Array<{ type: string; start: number; end: number; text: string }>;
  quotes?: Array<{
    start: number;
    end: number;
    text: string;
    speaker: { start: number; end: number; text: string } | null;
    speakerName?: string | null;
    speakerAnnotated?: boolean;
  }>;
  meta: { layers?: Record<string, boolean> };
}

/** Precision / recall / F1 counts. */
export class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  get precision(): number {
    return this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 0 : this.tp / (this.tp + this.fn);
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}

const GOLD_TYPE: Record<string, string> = {
  PER: 'PER', person: 'PER', ORG: 'ORG', organization: 'ORG', LOC: 'LOC', place: 'LOC',
};

/** Predicted entity mentions of a result, as `type:start:end` keys. */
export function predictedEntityKeys(r: ArticleResult): Map<string, string> {
  const keys = new Map<string, string>();
  for (const p of r.people) for (const m of p.mentions) if (isNameMention(m)) keys.set(`PER:${m.start}:${m.end}`, m.text);
  for (const o of r.organizations) for (const m of o.mentions) keys.set(`ORG:${m.start}:${m.end}`, m.text);
  for (const c of r.countries) {
    for (const m of c.mentions) if (m.kind !== 'demonym') keys.set(`LOC:${m.start}:${m.end}`, m.text);
  }
  return keys;
}

interface FileReport {
  file: string;
  docs: number;
  entities?: Record<string, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }>;
  quotes?: ReturnType<QuoteScorer['report']>;
  seconds: number;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Scores one gold file. `errors` collects up to `maxErrors` misses/false alarms per type. */
export function evaluateFile(file: string, maxErrors = 0): { report: FileReport; errors: string[] } {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const docs = lines.map((l) => JSON.parse(l) as GoldDoc);
  const entityCounts: Record<string, Counts> = {};
  const errorsByType: Record<string, string[]> = {};
  const quoteScorer = new QuoteScorer();
  let hasEntities = false;
  let hasQuotes = false;
  const t0 = process.hrtime.bigint();
  for (const doc of docs) {
    const layers = doc.meta?.layers ?? {};
    const result = extract(doc.text, { source: doc.id, layout: layers.quotes ? 'article' : 'plain' });
    if (doc.entities && layers.entities !== false) {
      hasEntities = true;
      const gold = new Map<string, string>();
      for (const e of doc.entities) {
        const t = GOLD_TYPE[e.type];
        if (t) gold.set(`${t}:${e.start}:${e.end}`, e.text);
      }
      const pred = predictedEntityKeys(result);
      for (const t of ['PER', 'ORG', 'LOC']) entityCounts[t] ??= new Counts();
      const note = (type: string, msg: string) => {
        const list = (errorsByType[type] ??= []);
        if (list.length < maxErrors) list.push(msg);
      };
      for (const [k, text] of gold) {
        const type = k.split(':')[0]!;
        if (pred.has(k)) entityCounts[type]!.tp++;
        else {
          entityCounts[type]!.fn++;
          note(type, `${doc.id} MISS ${type} "${text}"  …${context(doc.text, k)}…`);
        }
      }
      for (const [k, text] of pred) {
        const type = k.split(':')[0]!;
        if (!gold.has(k)) {
          entityCounts[type]!.fp++;
          note(type, `${doc.id} FALSE ${type} "${text}"  …${context(doc.text, k)}…`);
        }
      }
    }
    if (doc.quotes && layers.quotes) {
      hasQuotes = true;
      quoteScorer.add(doc, result, maxErrors);
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const report: FileReport = { file, docs: docs.length, seconds: round(seconds) };
  if (hasEntities) {
    report.entities = {};
    for (const [t, c] of Object.entries(entityCounts)) {
      report.entities[t] = { precision: round(c.precision), recall: round(c.recall), f1: round(c.f1), tp: c.tp, fp: c.fp, fn: c.fn };
    }
  }
  if (hasQuotes) report.quotes = quoteScorer.report();
  const errors = [...Object.values(errorsByType).flat(), ...quoteScorer.errors];
  return { report, errors };
}

function context(text: string, key: string): string {
  const [, s, e] = key.split(':').map(Number) as [number, number, number];
  return text.slice(Math.max(0, s - 40), Math.min(text.length, e + 40)).replace(/\s+/g, ' ');
}

function printReport(r: FileReport): void {
  console.log(`\n${r.file}  (${r.docs} documents, ${r.seconds}s)`);
  if (r.entities) {
    console.log('  entities (exact mention spans)   P       R       F1      tp/fp/fn');
    for (const [t, c] of Object.entries(r.entities)) {
      const note = t === 'LOC' ? '  (countries only: cities and regions are not extracted)' : '';
      console.log(
        `    ${t.padEnd(30)} ${c.precision.toFixed(3)}   ${c.recall.toFixed(3)}   ${c.f1.toFixed(3)}   ${c.tp}/${c.fp}/${c.fn}${note}`,
      );
    }
  }
  if (r.quotes) {
    for (const line of QuoteScorer.format(r.quotes)) console.log(`  ${line}`);
  }
}

function main(argv: string[]): number {
  const files: string[] = [];
  let json = false;
  let maxErrors = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--errors') maxErrors = Number(argv[++i] ?? 50);
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run eval -- [--json] [--errors N] <gold.jsonl> …');
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    console.error('usage: npm run eval -- [--json] [--errors N] <gold.jsonl> …');
    return 2;
  }
  const reports: FileReport[] = [];
  for (const f of files) {
    let out: { report: FileReport; errors: string[] };
    try {
      out = evaluateFile(f, maxErrors);
    } catch (err) {
      console.error(`${f}: ${(err as Error).message}`);
      return 1;
    }
    reports.push(out.report);
    if (!json) {
      printReport(out.report);
      for (const e of out.errors) console.log(`    ${e}`);
    }
  }
  if (json) console.log(JSON.stringify(reports, null, 2));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
