/**
 * Runs tasks either in a piscina worker-thread pool (`jobs` threads, each with its own lexicon) or
 * inline in the calling thread (`jobs === 1`). Either way `run` never rejects: failures come back as
 * error records.
 */
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
  /** Worker threads; 1 runs inline (no threads). */
  jobs: number;
  lexiconFile?: string;
  read: ReadOptions;
  /** Force the pool even for one job (the benchmark compares both). */
  forcePool?: boolean;
}

/** Old-generation heap limit of each worker thread, in MB. */
export const WORKER_HEAP_MB = 256;

/** Where the compiled worker lives: beside this module, in `dist/batch/`. */
const WORKER_URL = new URL('./worker.js', import.meta.url);

function sourceOf(task: Task): string {
  return 'path' in task ? task.path : task.source;
}

/** Creates the pool (or the inline runner). */
export async function createExecutor(options: ExecutorOptions): Promise<Executor> {
  if (options.jobs <= 1 && !options.forcePool) {
    const [{ processTask }, { loadLexicon }] = await Promise.all([import('./task.js'), import('../lexicons/index.js')]);
    const ctx = { lexicon: loadLexicon(options.lexiconFile), read: options.read };
    return {
      run: (task) =>
        processTask(task, ctx).catch((err: unknown) => errorRecord(sourceOf(task), 'EXTRACT', String((err as Error)?.message ?? err))),
      close: async () => undefined,
    };
  }
  const workerData: WorkerData = { lexiconFile: options.lexiconFile, read: options.read };
  const pool = new Piscina<Task, OutputRecord>({
    filename: WORKER_URL.href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    idleTimeout: 60_000,
    workerData,
    // A modest heap cap makes V8 size each worker's heap frugally (peak RSS with 2 workers on the
    // BBC corpus: ~280 MB instead of ~440 MB) and confines a pathological input to its worker:
    // it gets a WORKER error record and the worker is replaced. About 110 MB of heap per MB of
    // article text is needed, so articles up to ~2 MB fit; larger ones need --jobs 1.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return {
    run: (task) => pool.run(task).catch((err: unknown) => workerError(sourceOf(task), err)),
    close: () => pool.destroy(),
  };
}

/** The error record of a task whose worker thread failed (out of memory, crashed). */
function workerError(source: string, err: unknown): OutputRecord {
  const e = err as { code?: string; message?: string };
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return errorRecord(source, 'WORKER', `out of memory in a worker thread (${WORKER_HEAP_MB} MB heap); try --jobs 1 for very large articles`);
  }
  return errorRecord(source, 'WORKER', `worker failed: ${String(e?.message ?? err)}`);
}
