/**
 * `npm run bench -- <folder> [--jobs N] [--runs R] [--v8=FLAGS]` — speed and memory of the whole extraction over
 * a folder of articles (e.g. /work/shared/corpus/bbc), against a baseline that only runs compromise
 * itself.
 *
 * Each measurement runs in a fresh child process (so one does not warm up or bloat the next):
 * - `baseline`: for each article, read it, then compromise's `nlp(text)` and `.people()`,
 *   `.places()`, `.organizations()`, `.quotations()` — the floor the extraction is compared to;
 * - `extract --jobs 1`: the CLI's own `run()` with `--json --quiet --jobs 1` (inline, no threads),
 *   output to a counting sink; loading the pipeline and lexicon is part of the time;
 * - `extract --jobs N`: the same with N worker threads (default: number of cores).
 *
 * The three are run in rounds (baseline, --jobs 1, --jobs N; `--runs R` rounds, default 3), so
 * that a slow spell of the machine hits all of them alike: on a shared virtual machine the same run
 * (510 articles, one job) took from 14 s to 23 s within an hour. Printed for each mode: articles, the median
 * seconds (and the range), articles/s, KB/s (input bytes) and the largest peak RSS of the process
 * (worker threads included); then the time ratio extract/baseline (target ≤ 1.5) and the speed-up
 * from 1 to N jobs (target ≥ 1.7 for N = 2), each as the median of the per-round ratios. Importing
 * compromise (baseline) or the CLI module is not timed; everything the CLI's `run()` does is: with
 * --jobs 1 that includes loading the pipeline and the lexicon, with --jobs N starting the worker
 * threads (each loads both). Every child runs with the CLI's V8 flags (`src/cli/runtime.ts`), the
 * baseline included, and with the extra V8 flags given by `--v8` (space-separated, e.g.
 * `--v8=--no-opt`, which turns V8's optimizing compiler off: a way to see how much of a figure is
 * that compiler's doing).
 */
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { discoverInputs } from '../inputs/index.js';
import { V8_FLAGS } from '../cli/runtime.js';

/** One measurement, as a child process reports it. */
interface Measure {
  mode: string;
  articles: number;
  bytes: number;
  seconds: number;
  peakRssMB: number;
}

async function listFiles(folder: string): Promise<{ files: string[]; bytes: number }> {
  const files: string[] = [];
  let bytes = 0;
  for await (const d of discoverInputs([folder])) {
    if ('error' in d) continue;
    files.push(d.path);
    bytes += (await stat(d.path)).size;
  }
  return { files, bytes };
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in KB
}

async function childBaseline(folder: string): Promise<Measure> {
  const { default: nlp } = await import('compromise');
  const { files, bytes } = await listFiles(folder);
  const t0 = performance.now();
  for (const f of files) {
    const doc = nlp(await readFile(f, 'utf8'));
    doc.people();
    doc.places();
    doc.organizations();
    doc.quotations();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { mode: 'baseline (compromise)', articles: files.length, bytes, seconds, peakRssMB: peakRssMB() };
}

async function childExtract(folder: string, jobs: number): Promise<Measure> {
  // Everything `run()` does is timed in both modes: loading the pipeline and the lexicon (inline,
  // with --jobs 1) as well as starting the worker threads (each loads its own).
  const { run } = await import('../cli/main.js');
  const { bytes } = await listFiles(folder);
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const b of chunk) if (b === 10) lines++;
      cb();
    },
  });
  const stderr = new Writable({
    write(chunk: Buffer, _enc, cb) {
      process.stderr.write(chunk);
      cb();
    },
  });
  const t0 = performance.now();
  const code = await run([folder, '--json', '--quiet', '--jobs', String(jobs)], { stdout: sink, stderr, stdin: process.stdin });
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) process.stderr.write(`bench: extract exited with ${code}\n`);
  return { mode: `extract --jobs ${jobs}`, articles: lines, bytes, seconds, peakRssMB: peakRssMB() };
}

/** Runs one measurement in a fresh Node process started with `flags` (V8 flags). */
function runChild(args: string[], flags: string[]): Measure {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...flags, script, '--child', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench child ${args.join(' ')} failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

/** The median of a non-empty list. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** One mode over all rounds: median seconds, range, largest peak RSS. */
function row(runs: Measure[]): string {
  const m = runs[0]!;
  const secs = runs.map((r) => r.seconds);
  const t = median(secs);
  const range = runs.length > 1 ? `${Math.min(...secs).toFixed(1)}–${Math.max(...secs).toFixed(1)}` : '';
  return [
    m.mode.padEnd(24),
    String(m.articles).padStart(8),
    t.toFixed(2).padStart(9),
    range.padStart(12),
    (m.articles / t).toFixed(1).padStart(11),
    (m.bytes / 1024 / t).toFixed(1).padStart(9),
    Math.max(...runs.map((r) => r.peakRssMB)).toFixed(0).padStart(12),
  ].join(' ');
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--child') {
    const [, mode, folder, jobs] = argv;
    const m = mode === 'baseline' ? await childBaseline(folder!) : await childExtract(folder!, Number(jobs));
    process.stdout.write(JSON.stringify(m) + '\n');
    return 0;
  }
  const usage = 'usage: npm run bench -- <folder> [--jobs N] [--runs R] [--v8=FLAGS]\n';
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { jobs: { type: 'string' }, runs: { type: 'string' }, v8: { type: 'string' } },
    });
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n${usage}`);
    return 2;
  }
  const folder = parsed.positionals[0];
  const jobs = Number(parsed.values.jobs ?? availableParallelism());
  const rounds = Number(parsed.values.runs ?? 3);
  // the CLI's V8 flags for every child, the baseline too, so that both run on the same runtime
  const flags = [...V8_FLAGS, ...(parsed.values.v8 ?? '').split(/\s+/).filter(Boolean)];
  if (!folder || parsed.positionals.length > 1 || !Number.isInteger(jobs) || jobs < 1 || !Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write(usage);
    return 2;
  }
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  // Other processes on the machine skew the figures (the jobs speed-up above all): the load is printed.
  process.stderr.write(`bench: ${folder}, node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load ${load()}, ${rounds} round${rounds === 1 ? '' : 's'}, V8 flags ${flags.join(' ')}\n`);
  const base: Measure[] = [];
  const one: Measure[] = [];
  const many: Measure[] = [];
  for (let r = 1; r <= rounds; r++) {
    base.push(runChild(['baseline', folder], flags));
    one.push(runChild(['extract', folder, '1'], flags));
    if (jobs > 1) many.push(runChild(['extract', folder, String(jobs)], flags));
    const last = (ms: Measure[]) => ms[ms.length - 1]!.seconds.toFixed(1);
    process.stderr.write(`bench: round ${r}: baseline ${last(base)} s, --jobs 1 ${last(one)} s${jobs > 1 ? `, --jobs ${jobs} ${last(many)} s` : ''}\n`);
  }
  const ratio = median(one.map((m, i) => m.seconds / base[i]!.seconds));
  const speedup = jobs > 1 ? median(one.map((m, i) => m.seconds / many[i]!.seconds)) : 0;
  const lines = [
    `${'mode'.padEnd(24)} ${'articles'.padStart(8)} ${'seconds'.padStart(9)} ${'range'.padStart(12)} ${'articles/s'.padStart(11)} ${'KB/s'.padStart(9)} ${'peak RSS MB'.padStart(12)}`,
    row(base),
    row(one),
    ...(jobs > 1 ? [row(many)] : []),
    '',
    `time ratio extract --jobs 1 / baseline: ${ratio.toFixed(2)}× (target ≤ 1.5×; median of ${rounds} round${rounds === 1 ? '' : 's'})`,
    ...(jobs > 1 ? [`speed-up --jobs 1 → --jobs ${jobs}: ${speedup.toFixed(2)}× (target ≥ 1.7× for 2 jobs; median of ${rounds} round${rounds === 1 ? '' : 's'})`] : []),
    `peak RSS of extract: ${Math.max(...one.map((m) => m.peakRssMB), ...many.map((m) => m.peakRssMB)).toFixed(0)} MB (target < 300 MB)`,
    `load average at the end: ${load()} (on ${availableParallelism()} cores; figures are only comparable on an idle machine)`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
