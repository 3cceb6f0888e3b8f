/**
 * Command-line parsing (commander): `extract [options] <inputs...>` → {@link CliOptions}, or the
 * exit code when parsing ends the run (`--help`, `--version`, usage errors, which print one line
 * and a pointer to `--help` on stderr).
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import fg from 'fast-glob';
import iconv from 'iconv-lite';
import type { FormatName } from '../output/index.js';
import { ExitCode } from './exit-codes.js';

/** Everything the run needs from the command line. */
export interface CliOptions {
  /** Paths, directories, globs, `-` (stdin); may be empty with `--input-format jsonl` (= stdin). */
  inputs: string[];
  /** Output formatter. */
  format: FormatName;
  /** `--color` (true), `--no-color` (false), or neither (undefined: detect). */
  color: boolean | undefined;
  lexicon?: string;
  encoding?: string;
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Worker threads. */
  jobs: number;
  /** `--out DIR`. */
  out?: string;
  summary: boolean;
  quiet: boolean;
  /** `auto`: files by their content; `jsonl`: JSON Lines. */
  inputFormat: 'auto' | 'jsonl';
}

/** Largest `--jobs` accepted (each worker thread holds its own tagger and lexicon, ~60 MB). */
export const MAX_JOBS = 64;

/** Default `--max-bytes`: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The outcome of parsing: options to run with, or an exit code (output already written). */
export type ParseOutcome = { options: CliOptions } | { exit: number };

const EXAMPLES = `
Examples:
  extract article.txt                      tables of people, countries, organizations, quotes
  extract --json article.txt | jq .people  one pretty JSON object
  extract --json corpus/ > results.ndjson  one JSON object per line (NDJSON), in input order
  extract --csv quotes 'news/**/*.md'      every quotation as a CSV row
  extract --csv people corpus/             every person as a CSV row
  extract --summary --jobs 4 corpus/       who is mentioned and quoted most, over all articles
  extract --out results/ corpus/           one JSON file per article, mirroring corpus/
  cat article.txt | extract -              read stdin
  extract --input-format jsonl < in.jsonl  JSON Lines {"id","text"} in, one JSON record per line out

Exit codes: 0 all articles processed, 1 some failed (error records in the output, a line each
on stderr), 2 usage error or no input matched.`;

/** Reads this package's version from package.json (two levels above src/cli or dist/cli). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function positiveInt(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${MAX_JOBS}.`);
    if (Number(value) > MAX_JOBS) throw new InvalidArgumentError(`${name} must be at most ${MAX_JOBS}.`);
    return Number(value);
  };
}

/** `20000000`, `500k`, `20M`, `1G` (powers of 1024; an optional `B`/`iB` suffix is allowed). */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG])?(?:i?[bB])?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('Expected a size such as 20000000, 500k or 20M.');
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  const n = Math.floor(Number(m[1]) * mult);
  if (n < 1) throw new InvalidArgumentError('The size must be at least 1 byte.');
  return n;
}

function encodingName(value: string): string {
  if (!iconv.encodingExists(value)) throw new InvalidArgumentError(`Unknown encoding "${value}".`);
  return value;
}

const CSV_KINDS = ['quotes', 'people'];

/** A usage error found before commander runs: the one-line reason. */
class UsageError extends Error {}

/**
 * `--csv` takes an optional value, so commander would swallow the next input (`--csv a.txt`).
 * The word after `--csv` is the CSV kind when it is `quotes` or `people`; an input when it is an
 * option-less word naming an existing path, `-` or a glob pattern (then `--csv` means
 * `--csv=quotes`); anything else is a usage error naming the allowed kinds.
 *
 * @throws UsageError for `--csv WORD` where WORD is neither a kind nor an input.
 */
function normalizeArgv(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (a !== '--csv') {
      out.push(a);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && CSV_KINDS.includes(next)) out.push(a);
    else if (next === undefined || next === '-' || next.startsWith('-') || existsSync(next) || fg.isDynamicPattern(next)) out.push('--csv=quotes');
    else throw new UsageError(`--csv takes quotes or people, not "${next}" (and no file "${next}" exists)`);
  }
  return out;
}

/** Pairs of options that cannot be used together (checked after parsing), with the reason. */
const CONFLICTS: Array<{ when: (o: { csv?: string | true; out?: string; summary?: boolean }) => boolean; reason: string }> = [
  { when: (o) => !!o.csv && !!o.out, reason: '--out writes JSON files and cannot be used with --csv' },
  { when: (o) => o.csv === 'people' && !!o.summary, reason: '--summary writes its own CSV (people, speakers, countries, organizations); use --summary --csv' },
];

/** The two lines of every usage error (stderr). */
function usageLines(reason: string): string {
  return `extract: ${reason}\nTry 'extract --help'.\n`;
}

/** Builds the commander program, writing its messages to the given streams. */
export function buildProgram(stdout: Writable, stderr: Writable): Command {
  return new Command('extract')
    .description(
      'Extract people (names, aliases, roles), countries, organizations and attributed quotations from news articles.',
    )
    .argument('[inputs...]', 'files, directories (searched for .txt .md .markdown .html .htm), glob patterns, or - for stdin')
    .addOption(new Option('--json', 'JSON: one pretty object for one article, one compact object per line (NDJSON) for several').conflicts('csv'))
    .addOption(new Option('--csv [what]', 'CSV rows of quotes (default) or people; not with --out').choices(CSV_KINDS))
    .option('--color', 'force colours in tables')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .option('--lexicon <file>', 'user lexicon JSON file (extra people, organizations, titles)')
    .option('--encoding <name>', 'decode inputs with this encoding instead of detecting it', encodingName)
    .addOption(new Option('--max-bytes <n>', 'skip inputs larger than this (e.g. 500k, 20M)').argParser(parseByteSize).default(DEFAULT_MAX_BYTES, '20M'))
    .addOption(new Option('--jobs <n>', `worker threads, 1 to ${MAX_JOBS} (never more than there are inputs)`).argParser(positiveInt('--jobs')).default(availableParallelism(), `number of cores: ${availableParallelism()}`))
    .option('--out <dir>', 'write one JSON file per article under DIR, mirroring the input tree')
    .option('--summary', 'print only an aggregate over all articles (most mentioned people, most quoted speakers, …)')
    .option('-q, --quiet', 'no progress bar')
    .addOption(
      new Option(
        '--input-format <format>',
        'auto: each file read as text, Markdown (.md .markdown) or HTML (.html .htm, or HTML content); jsonl: read JSON Lines {"id","text"} (from stdin when no input is given)',
      )
        .choices(['auto', 'jsonl'])
        .default('auto'),
    )
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void stdout.write(s),
      writeErr: (s) => void stderr.write(s),
      outputError: (s, write) => write(usageLines(s.replace(/^error: /, '').trim())),
    });
}

/**
 * Parses the arguments (without `node` and the script). Usage errors print two lines on stderr —
 * `extract: <reason>` and `Try 'extract --help'.` — and give exit code 2; `--help` and `--version` print on stdout and give 0.
 */
export function parseArgs(argv: string[], stdout: Writable, stderr: Writable): ParseOutcome {
  const program = buildProgram(stdout, stderr);
  try {
    program.parse(normalizeArgv(argv), { from: 'user' });
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(usageLines(err.message));
      return { exit: ExitCode.USAGE };
    }
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return { exit: ExitCode.OK };
      }
      return { exit: ExitCode.USAGE }; // the one-line message was written by outputError
    }
    throw err;
  }
  const o = program.opts<{
    json?: boolean;
    csv?: string | true;
    color?: boolean;
    lexicon?: string;
    encoding?: string;
    maxBytes: number;
    jobs: number;
    out?: string;
    summary?: boolean;
    quiet?: boolean;
    inputFormat: 'auto' | 'jsonl';
  }>();
  const inputs = program.args;
  if (inputs.length === 0 && o.inputFormat !== 'jsonl') {
    stderr.write(usageLines('no input given (use - to read stdin)'));
    return { exit: ExitCode.USAGE };
  }
  for (const c of CONFLICTS) {
    if (c.when(o)) {
      stderr.write(usageLines(c.reason));
      return { exit: ExitCode.USAGE };
    }
  }
  let format: FormatName = 'table';
  if (o.csv) format = o.csv === 'people' ? 'csv-people' : 'csv-quotes';
  else if (o.json || o.inputFormat === 'jsonl') format = 'json';
  return {
    options: {
      inputs,
      format,
      color: o.color,
      lexicon: o.lexicon,
      encoding: o.encoding,
      maxBytes: o.maxBytes,
      jobs: o.jobs,
      out: o.out,
      summary: !!o.summary,
      quiet: !!o.quiet,
      inputFormat: o.inputFormat,
    },
  };
}
