/**
 * Progress on stderr (cli-progress): files done/total, rate, ETA. The total may arrive late (it is
 * counted while the run goes on) and shows `?` until then. When the bar is off (stderr not a TTY,
 * `CI` set, `--quiet`) nothing is drawn and `log` writes plain lines.
 */
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

/** The progress display of one run. */
export interface Progress {
  /** One more input finished. */
  tick(): void;
  /** The number of inputs, once counted. */
  setTotal(total: number): void;
  /** Writes a diagnostic line (newline added) above the bar, or plainly when there is no bar. */
  log(line: string): void;
  /** Removes the bar (call before the run's last stderr lines). */
  stop(): void;
}

/** Whether a bar should be drawn: stderr is a TTY, `CI` is unset, and not `--quiet`. */
export function wantProgress(stderr: Writable, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  return !quiet && (stderr as { isTTY?: boolean }).isTTY === true && !env.CI;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * @param stderr where the bar and the lines go.
 * @param enabled draw a bar ({@link wantProgress}); false gives plain lines only.
 */
export function createProgress(stderr: Writable, enabled: boolean): Progress {
  if (!enabled) {
    return {
      tick: () => undefined,
      setTotal: () => undefined,
      log: (line) => void stderr.write(line + '\n'),
      stop: () => undefined,
    };
  }
  let known = false;
  const width = 24;
  const multi = new cliProgress.MultiBar({
    stream: stderr as unknown as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
    stopOnComplete: false,
    fps: 10,
    format: (_options, params) => {
      const elapsed = (Date.now() - params.startTime) / 1000;
      const rate = elapsed > 0 ? params.value / elapsed : 0;
      const frac = known && params.total > 0 ? Math.min(1, params.value / params.total) : 0;
      const filled = Math.round(frac * width);
      const bar = known ? '█'.repeat(filled) + '░'.repeat(width - filled) : '░'.repeat(width);
      const eta = known && rate > 0 ? clock((params.total - params.value) / rate) : '--:--';
      return `${bar} ${params.value}/${known ? params.total : '?'} files | ${rate.toFixed(1)} files/s | ETA ${eta}`;
    },
  });
  const bar = multi.create(0, 0);
  let done = 0;
  // On Ctrl-C, give the cursor back, then let the signal do what it would have done.
  const onSignal = (signal: NodeJS.Signals) => {
    multi.stop();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    tick: () => {
      done++;
      if (!known) bar.setTotal(done);
      bar.update(done);
    },
    setTotal: (total) => {
      known = true;
      bar.setTotal(Math.max(total, done));
    },
    log: (line) => multi.log(line + '\n'),
    stop: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      multi.update(); // flushes lines logged since the last redraw (stop alone would drop them)
      multi.stop();
    },
  };
}
