/**
 * Runs tasks either in a piscina worker-thread pool (up to `jobs` threads, started lazily as work
 * queues up, each with its own lexicon) or inline in the calling thread (`jobs === 1`). Either way
 * `run` never rejects: failures come back as error records.
 *
 * Worker threads have a capped heap ({@link workerHeapMb}) so that normal articles keep RSS low.
 * Anything the `--max-bytes` limit lets through is still processed: an input larger than
 * {@link inlineFromBytes} is run in the calling thread (uncapped heap) straight away, and a task
 * whose worker runs out of memory is re-run once in the calling thread.
 */
import { stat } from 'node:fs/promises';
import { Piscina } from 'piscina';
import type { OutputRecord } from '../types.js';
import type { ReadOptions } from '../inputs/index.js';
import { errorRecord } from './errors.js';
import type { Task } from './task.js';
import type { WorkerData } from './worker.js';

/** Runs tasks; `close` must be awaited at the end (it stops the worker threads). */
export interface Executor {
  run(task: Task): Promise<OutputRecord>;
  close(): Promise<void>;
}

/** Options of {@link createExecutor}. */
export interface ExecutorOptions {
  /** Largest number of worker threads; 1 runs inline (no threads). */
  jobs: number;
  lexiconFile?: string;
  read: ReadOptions;
  /** Force the pool even for one job (the benchmark compares both). */
  forcePool?: boolean;
  /**
   * Called around work done in the calling thread (which blocks its event loop): `enter` before,
   * `leave` after. The CLI uses it to let Ctrl-C kill at once meanwhile.
   */
  inlineGuard?: { enter(): void; leave(): void };
  /** Environment, read for `EXTRACT_WORKER_HEAP_MB` (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

/** Default old-generation heap limit of each worker thread, in MB. */
export const WORKER_HEAP_MB = 256;

/**
 * Inputs larger than this (bytes of the file, or UTF-16 code units of text already read) skip the
 * worker threads and run in the calling thread. Extraction needs about 110 MB of heap per MB of
 * article text, so 1.5 MB is the largest article that fits the default {@link WORKER_HEAP_MB}
 * with room to spare.
 */
export const INLINE_FROM_BYTES = 1.5 * 1024 * 1024;

/** Heap a worker needs before any article (tagger, lexicon), in MB, and per MB of article text. */
const BASE_HEAP_MB = 40;
const HEAP_PER_TEXT_MB = 110;

/**
 * The input size from which a task runs in the calling thread for a worker heap cap of `heapMb`:
 * {@link INLINE_FROM_BYTES} for the default cap, proportionally less for a lower cap (at least 1 KB).
 */
export function inlineFromBytes(heapMb: number): number {
  if (heapMb >= WORKER_HEAP_MB) return INLINE_FROM_BYTES;
  const fits = ((heapMb - BASE_HEAP_MB) / HEAP_PER_TEXT_MB) * 0.75 * 1024 * 1024;
  return Math.max(1024, Math.floor(fits));
}

/**
 * The worker heap cap in MB: `EXTRACT_WORKER_HEAP_MB` when it is a whole number ≥ 48 (a knob for
 * tests and for memory-tight machines), else {@link WORKER_HEAP_MB}.
 */
export function workerHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.EXTRACT_WORKER_HEAP_MB;
  return v && /^\d+$/.test(v) && Number(v) >= 48 ? Number(v) : WORKER_HEAP_MB;
}

/** Where the compiled worker lives: beside this module, in `dist/batch/`. */
const WORKER_URL = new URL('./worker.js', import.meta.url);

function sourceOf(task: Task): string {
  return 'path' in task ? task.path : task.source;
}

type Runner = (task: Task) => Promise<OutputRecord>;

/** The inline runner (loads the pipeline and the lexicon in the calling thread on first use). */
function inlineRunner(options: ExecutorOptions): Runner {
  let ready: Promise<Runner> | null = null;
  const load = async (): Promise<Runner> => {
    const [{ processTask }, { loadLexicon }] = await Promise.all([import('./task.js'), import('../lexicons/index.js')]);
    const ctx = { lexicon: loadLexicon(options.lexiconFile), read: options.read };
    return (task) => processTask(task, ctx);
  };
  return async (task) => {
    ready ??= load();
    const runTask = await ready;
    options.inlineGuard?.enter();
    try {
      return await runTask(task);
    } catch (err) {
      return errorRecord(sourceOf(task), 'EXTRACT', String((err as Error)?.message ?? err));
    } finally {
      options.inlineGuard?.leave();
    }
  };
}

/** Whether a task is too large for a worker thread's heap (a file that cannot be stat'ed is not: its reader reports it). */
async function tooLargeForWorker(task: Task, limit: number): Promise<boolean> {
  if (!('path' in task)) return task.text.length > limit;
  try {
    return (await stat(task.path)).size > limit;
  } catch {
    return false;
  }
}

/** Young-generation size of each worker thread, in MB (see the pool options). */
const YOUNG_GENERATION_MB = 48;

/** Creates the pool (or the inline runner). */
export async function createExecutor(options: ExecutorOptions): Promise<Executor> {
  const inline = inlineRunner(options);
  if (options.jobs <= 1 && !options.forcePool) return { run: inline, close: async () => undefined };
  const heapMb = workerHeapMb(options.env);
  const workerData: WorkerData = { lexiconFile: options.lexiconFile, read: options.read };
  const pool = new Piscina<Task, OutputRecord>({
    filename: WORKER_URL.href,
    // Threads start as tasks queue up, so a run over one file starts one thread, not `jobs`.
    minThreads: 0,
    maxThreads: Math.max(1, options.jobs),
    idleTimeout: 60_000,
    workerData,
    // A modest heap cap makes V8 size each worker's heap frugally (peak RSS with 2 workers on the
    // BBC corpus: ~280 MB instead of ~440 MB). Larger inputs go inline (see INLINE_FROM_BYTES), and
    // a worker that still runs out of memory is replaced while its task is re-run inline.
    // A larger young generation (V8's default is 16 MB) means fewer scavenges: the tagger allocates
    // many short-lived objects, and with two threads on two cores the GC's own helper threads have
    // no spare core. Measured on BBC business (510 articles, 2 cores): --jobs 2 took 13.3 s with the
    // default, 11.0 s with 48 MB, against 19.3 s for --jobs 1; peak RSS 246 → 251 MB.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const inlineFrom = inlineFromBytes(heapMb);
  // A worker that dies outside a task (e.g. out of memory while loading the lexicon under a tiny
  // cap) is reported on the pool; from then on every task runs inline rather than wait forever.
  let broken = false;
  pool.on('error', () => {
    broken = true;
  });
  return {
    run: async (task) => {
      if (broken || (await tooLargeForWorker(task, inlineFrom))) return inline(task);
      try {
        return await pool.run(task);
      } catch (err) {
        if ((err as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY') return inline(task);
        return errorRecord(sourceOf(task), 'WORKER', `worker failed: ${String((err as Error)?.message ?? err)}`);
      }
    },
    close: () => pool.destroy(),
  };
}
