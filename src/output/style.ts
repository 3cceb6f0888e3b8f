/**
 * Colours for the table formatters — the only module that imports chalk.
 */
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

/**
 * Whether stdout should be coloured when the user gave neither `--color` nor `--no-color`:
 * `FORCE_COLOR` wins (chalk's reading of it), then a non-empty `NO_COLOR` turns colour off
 * (https://no-color.org), then chalk's detection (stdout is a TTY, `TERM`, CI variables).
 *
 * @param env the environment (default `process.env`).
 */
export function detectColor(env: NodeJS.ProcessEnv = process.env): boolean {
  if ('FORCE_COLOR' in env) return supportsColor !== false && supportsColor.level > 0;
  if (env.NO_COLOR) return false;
  return supportsColor !== false && supportsColor.level > 0;
}

/**
 * A chalk instance: colours at the detected level (at least basic 16 colours) when `color`,
 * otherwise one that returns text unchanged.
 */
export function styler(color: boolean): ChalkInstance {
  const level = supportsColor ? supportsColor.level : 0;
  return new Chalk({ level: color ? Math.max(1, level) as 1 | 2 | 3 : 0 });
}
