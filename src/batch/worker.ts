/**
 * Piscina worker (compiled to `dist/batch/worker.js`): processes one {@link Task} per call and
 * returns its record. The lexicon is loaded once per worker thread, from `workerData`.
 */
import { workerData } from 'piscina';
import type { OutputRecord } from '../types.js';
import { loadLexicon } from '../lexicons/index.js';
import { processTask, type Task, type TaskContext } from './task.js';

/** Data passed to every worker when the pool starts. */
export interface WorkerData {
  /** `--lexicon FILE.json`, already validated by the main thread. */
  lexiconFile?: string;
  /** `--encoding`, `--max-bytes`. */
  read: TaskContext['read'];
}

const data = workerData as WorkerData;
const ctx: TaskContext = { lexicon: loadLexicon(data.lexiconFile), read: data.read };

/** Runs one task in this worker thread. */
export default function run(task: Task): Promise<OutputRecord> {
  return processTask(task, ctx);
}
