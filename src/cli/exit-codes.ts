/**
 * Exit codes of the `extract` command — the only place they are defined.
 *
 * | code | meaning |
 * |------|---------|
 * | 0 | every article was processed |
 * | 1 | some articles failed; their error records are in the output (and a line each on stderr); or an output file or standard output could not be written |
 * | 2 | usage error (unknown option, bad option value, no input given) or no input matched |
 */
export const ExitCode = {
  /** Every article was processed. */
  OK: 0,
  /** Some articles could not be read, extracted or written; the others were written. */
  SOME_FAILED: 1,
  /** Usage error, or no input matched at all. */
  USAGE: 2,
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
