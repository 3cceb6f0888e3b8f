/**
 * The `extract` command: parses the arguments, streams the inputs through the batch executor (a
 * worker-thread pool, or inline with `--jobs 1`), and writes each record as soon as it is ready,
 * in input order — to stdout through the chosen formatter, or to `--out DIR` — then the
 * `--summary` if asked. stdout carries data only; errors, warnings and progress go to stderr.
 *
 * `bin/extract` calls {@link run} and sets `process.exitCode` from it; nothing here exits the process.
 */
// first: V8 settings for the whole process (worker threads included)
import './runtime.js';
import { createReadStream, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { isErrorRecord, type OutputRecord } from '../types.js';
// discover.js directly: the inputs index also loads the HTML reader, which only workers need
import { discoverInputs } from '../inputs/discover.js';
import type { ReadOptions } from '../inputs/index.js';
import { formatters } from '../output/index.js';
import { detectColor } from '../output/style.js';
import { SummaryBuilder } from '../output/summary.js';
import { formatSummaryCsv, formatSummaryJson, formatSummaryTable } from '../output/summary-format.js';
import { OutDirWriter, commonBase, fsReason, prepareOutDir } from '../output/files.js';
import { mapOrdered } from '../batch/ordered.js';
import { createExecutor } from '../batch/executor.js';
import { readJsonl } from '../batch/jsonl.js';
import { errorRecord } from '../batch/errors.js';
import type { Task } from '../batch/task.js';
import { ExitCode } from './exit-codes.js';
import { parseArgs, type CliOptions } from './options.js';
import { createProgress, wantProgress } from './progress.js';

/** The streams the command uses (the real process streams in `bin/extract`). */
export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  /** Read for `-` and for JSON Lines input. */
  stdin: Readable;
  /** Environment (`CI`, `NO_COLOR`, `FORCE_COLOR`); default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /**
   * Handle Ctrl-C (SIGINT) in this process: write `extract: interrupted after N of M articles` on
   * stderr, then die of the signal as usual (exit status 130). Set by `bin/extract` only.
   */
  handleSignals?: boolean;
}

/**
 * The number of inputs when it is known without walking anything: every argument is `-` or an
 * existing regular file. Null when a directory, a glob or a missing path is among them.
 */
export function plainInputCount(inputs: string[]): number | null {
  for (const arg of inputs) {
    if (arg === '-') continue;
    try {
      if (!statSync(arg).isFile()) return null;
    } catch {
      return null;
    }
  }
  return inputs.length;
}

/** One unit of the run, before execution: a task, or an input that already failed. */
type Item = { task: Task } | { stdin: true } | { record: OutputRecord };

/** Codes meaning "this input does not exist" (they count towards "no input matched"). */
const NOT_FOUND = new Set(['ENOENT', 'NO_MATCH', 'ENOTDIR']);

/** Write errors after which no other file can be written either: `--out` stops at the first. */
const DEVICE_FAILURES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

/**
 * Runs the command.
 *
 * @param argv arguments without `node` and the script name.
 * @returns the exit code ({@link ExitCode}): 0 all processed, 1 some failed, 2 usage error or no input matched.
 * Never throws for bad input; an unexpected internal error is reported on stderr as one line and gives 1.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, io.stdout, io.stderr);
  if ('exit' in parsed) return parsed.exit;
  try {
    return await runWith(parsed.options, io);
  } catch (err) {
    io.stderr.write(`extract: internal error: ${oneLine(err)}\n`);
    return ExitCode.SOME_FAILED;
  }
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
}

/** Writes to a stream, waiting for `drain` when its buffer is full; resolves false once the stream is broken. */
function writer(stream: Writable): { write(s: string): Promise<boolean>; broken(): boolean; failure(): NodeJS.ErrnoException | null } {
  let broken = false;
  let failure: NodeJS.ErrnoException | null = null;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    broken = true;
    // a closed pipe (`extract … | head`) is the reader's choice: stop quietly; anything else
    // (a full disk) is reported at the end
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') failure ??= err;
  });
  return {
    broken: () => broken,
    failure: () => failure,
    async write(s: string): Promise<boolean> {
      if (broken || s === '') return !broken;
      if (stream.write(s)) return true;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
      return !broken;
    },
  };
}

/** The items of a run: discovered files (text mode), or JSON Lines. */
async function* items(o: CliOptions, io: CliIO): AsyncGenerator<Item> {
  if (o.inputFormat === 'jsonl') {
    const sources = o.inputs.length === 0 ? ['-'] : o.inputs;
    for (const src of sources) {
      const stream = src === '-' ? io.stdin : createReadStream(src);
      const name = src === '-' ? 'stdin' : src;
      try {
        for await (const it of readJsonl(stream, name, o.maxBytes)) yield 'task' in it ? { task: it.task } : { record: it.record };
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        const reason = e.code === 'ENOENT' ? 'no such file' : oneLine(e);
        yield { record: errorRecord(src, e.code ?? 'EREAD', reason) };
      }
    }
    return;
  }
  for await (const d of discoverInputs(o.inputs)) {
    if ('error' in d) yield { record: errorRecord(d.path, d.error.code, d.error.message) };
    else if (d.path === '-') yield { stdin: true };
    else yield { task: { path: d.path } };
  }
}

async function runWith(o: CliOptions, io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const jsonl = o.inputFormat === 'jsonl';
  const read: ReadOptions = { encoding: o.encoding, maxBytes: o.maxBytes };

  if (o.lexicon) {
    // Fail early, once, with a usage error, rather than once per article in every worker.
    const { loadLexicon } = await import('../lexicons/index.js');
    try {
      loadLexicon(o.lexicon);
    } catch (err) {
      io.stderr.write(`extract: ${oneLine(err)}\n`);
      return ExitCode.USAGE;
    }
  }

  if (o.out) {
    // a directory that cannot take files is a usage error, found before any work is done
    try {
      await prepareOutDir(o.out);
    } catch (err) {
      io.stderr.write(`extract: --out ${oneLine(err)}\n`);
      return ExitCode.USAGE;
    }
  }

  const out = writer(io.stdout);
  const toStdout = !o.summary && !o.out;
  // Records scrolling on a terminal are their own progress (and a bar would tear them): the bar is
  // drawn only when stdout goes elsewhere or carries nothing until the end.
  const stdoutIsTTY = (io.stdout as { isTTY?: boolean }).isTTY === true;
  const showBar = wantProgress(io.stderr, env, o.quiet) && (!stdoutIsTTY || !toStdout);
  const progress = createProgress(io.stderr, showBar);
  const color = o.format === 'table' ? (o.color ?? detectColor(env)) : false;
  const width = (io.stdout as { columns?: number }).columns ?? 100;
  const format = formatters[o.format];
  const summary = o.summary ? new SummaryBuilder() : null;
  const files = o.out ? new OutDirWriter(o.out, commonBase(o.inputs), o.inputFormat === 'jsonl' ? 'id' : 'path') : null;

  let failed = 0;
  let notFound = 0;
  let total = 0;
  let fatal = false;
  let count: number | null = jsonl ? null : plainInputCount(o.inputs);
  if (count === null && !jsonl) {
    // Count the inputs on the side (paths only) so the bar can show a total and an ETA, and Ctrl-C a count.
    void (async () => {
      let n = 0;
      for await (const _ of discoverInputs(o.inputs)) n++;
      count = n;
      progress.setTotal(n);
    })().catch(() => undefined);
  } else if (count !== null) progress.setTotal(count);

  // Ctrl-C: one line on stderr, then the signal's own exit (130). While the main thread extracts
  // (its event loop blocked), the handler is taken off so that Ctrl-C still kills at once.
  const onInterrupt = () => {
    progress.stop();
    io.stderr.write(`extract: interrupted after ${total}${count !== null ? ` of ${count}` : ''} article${(count ?? total) === 1 ? '' : 's'}\n`);
    process.kill(process.pid, 'SIGINT');
  };
  let guarded = false;
  let inlineDepth = 0;
  const guard = {
    enter: () => {
      if (guarded && inlineDepth++ === 0) process.off('SIGINT', onInterrupt);
    },
    leave: () => {
      if (guarded && --inlineDepth === 0) process.once('SIGINT', onInterrupt);
    },
  };
  if (io.handleSignals) {
    guarded = true;
    process.once('SIGINT', onInterrupt);
  }

  // never more threads than inputs, when their number is known
  const jobs = count !== null ? Math.max(1, Math.min(o.jobs, count)) : o.jobs;
  const executor = await createExecutor({ jobs, lexiconFile: o.lexicon, read, inlineGuard: guard, env });
  const stdinRead: ReadOptions = { ...read, stdin: io.stdin };

  const start = async (item: Item): Promise<OutputRecord> => {
    if ('record' in item) return item.record;
    if ('task' in item) return executor.run(item.task);
    // stdin is read here (worker threads have no stdin), then extracted like any text
    const { readInput } = await import('../inputs/index.js');
    const r = await readInput('-', stdinRead);
    if (!r.ok) return errorRecord('-', r.code, r.message);
    return executor.run({ source: '-', text: r.text, diagnostics: r.diagnostics });
  };

  try {
    await mapOrdered(
      items(o, io),
      start,
      2 * jobs + 2,
      async (record, info) => {
        if (fatal) return; // the output device is full or read-only: the records still in flight are dropped
        if (isErrorRecord(record)) {
          failed++;
          if (NOT_FOUND.has(record.error.code)) notFound++;
          progress.log(`extract: ${record.source}: ${record.error.message} (${record.error.code})`);
        } else if (!o.quiet) {
          for (const d of record.diagnostics ?? []) {
            const msg = d.message.startsWith(`${record.source}: `) ? d.message.slice(record.source.length + 2) : d.message;
            progress.log(`extract: ${record.source}: warning: ${msg} (${d.code})`);
          }
        }
        summary?.add(record);
        // a path or pattern that matched nothing gets no file (its name may be a glob); stderr has it
        if (files && !(isErrorRecord(record) && NOT_FOUND.has(record.error.code))) {
          try {
            const w = await files.write(record);
            if (w.duplicateOf) progress.log(`extract: ${record.source}: warning: duplicate id, written to ${w.file} (${w.duplicateOf} holds an earlier record)`);
          } catch (err) {
            // one file that cannot be written fails that article only; a full or read-only device stops the run
            if (!isErrorRecord(record)) failed++; // an error record is counted already
            progress.log(`extract: ${record.source}: cannot write ${oneLine(err)}`);
            const code = (err as NodeJS.ErrnoException).code;
            if (code && DEVICE_FAILURES.has(code)) {
              progress.log(`extract: stopping: nothing more can be written under ${o.out} (${code})`);
              fatal = true;
            }
          }
        }
        if (toStdout) {
          const text = format([record], {
            color,
            width,
            pretty: !jsonl && info.index === 0 && info.total === 1,
            header: info.index === 0,
          });
          await out.write(text);
        }
        total++; // counted once written, so that an interrupted run reports what is on disk
        progress.tick();
      },
      () => fatal || out.broken(),
    );
  } finally {
    if (guarded) process.off('SIGINT', onInterrupt);
    progress.stop();
    await executor.close();
  }

  if (summary && !out.broken() && !fatal) {
    const s = summary.result();
    const opts = { color, width };
    await out.write(o.format === 'json' ? formatSummaryJson(s) : o.format === 'table' ? formatSummaryTable(s, opts) : formatSummaryCsv(s, opts));
  }

  const stdoutFailure = out.failure();
  if (stdoutFailure) {
    io.stderr.write(`extract: cannot write to standard output: ${fsReason(stdoutFailure)}\n`);
    return ExitCode.SOME_FAILED;
  }
  if (fatal) return ExitCode.SOME_FAILED;
  if (!jsonl && total === notFound) {
    io.stderr.write('extract: no input matched\n');
    return ExitCode.USAGE;
  }
  return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
}
