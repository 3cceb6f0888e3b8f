/**
 * Formatters of the `--summary` aggregate: `table` (top entries of each list), `json` (one pretty
 * object `{ "summary": … }` with the full lists) and `csv` (rows `category,name,detail,articles,count`).
 */
import { stringify } from 'csv-stringify/sync';
import type { Summary } from './summary.js';
import type { FormatOptions } from './format-types.js';
import { newTable, title } from './table.js';
import { styler } from './style.js';

/** Entries shown per list in the table form. */
export const SUMMARY_TOP = 20;

/** Summary formatter: the aggregate to the text written on stdout. */
export type SummaryFormatter = (summary: Summary, options: FormatOptions) => string;

/** `{ "summary": … }`, pretty-printed, newline-terminated. */
export function formatSummaryJson(summary: Summary): string {
  return JSON.stringify({ summary }, null, 2) + '\n';
}

/**
 * CSV: one row per entry. `category` is `person`, `speaker`, `country` or `organization`; `detail`
 * is the speaker type, ISO code or acronym; `count` is mentions (quotes for speakers).
 */
export function formatSummaryCsv(summary: Summary, options: FormatOptions): string {
  const rows: Array<Array<string | number>> = [];
  for (const p of summary.people) rows.push(['person', p.name, '', p.articles, p.mentions]);
  for (const s of summary.speakers) rows.push(['speaker', s.name, s.type, s.articles, s.quotes]);
  for (const k of summary.countries) rows.push(['country', k.name, k.code, k.articles, k.mentions]);
  for (const o of summary.organizations) rows.push(['organization', o.name, o.acronym ?? '', o.articles, o.mentions]);
  return stringify(rows, { header: options.header ?? true, columns: ['category', 'name', 'detail', 'articles', 'count'] });
}

/** Tables of the top {@link SUMMARY_TOP} entries of each list. */
export function formatSummaryTable(summary: Summary, options: FormatOptions): string {
  const c = styler(options.color);
  const top = <T>(xs: T[]) => xs.slice(0, SUMMARY_TOP);
  const more = (n: number) => (n > SUMMARY_TOP ? c.dim(`… ${n - SUMMARY_TOP} more (see --summary --json)\n`) : '');
  const parts: string[] = [];
  parts.push(c.bold.inverse(` Summary: ${summary.articles} article${summary.articles === 1 ? '' : 's'}, ${summary.failed} failed `) + '\n');

  const people = newTable(['Person', 'Mentions', 'Articles'], [null, null, null], c);
  for (const p of top(summary.people)) people.push([p.name, String(p.mentions), String(p.articles)]);
  parts.push(`${title(c, 'Most mentioned people', summary.people.length)}\n${people.toString()}\n${more(summary.people.length)}`);

  const speakers = newTable(['Speaker', 'Type', 'Quotes', 'Articles'], [null, null, null, null], c);
  for (const s of top(summary.speakers)) speakers.push([s.name, s.type, String(s.quotes), String(s.articles)]);
  parts.push(`${title(c, 'Most quoted speakers', summary.speakers.length)}\n${speakers.toString()}\n${more(summary.speakers.length)}`);

  const countries = newTable(['Code', 'Country', 'Articles', 'Mentions'], [null, null, null, null], c);
  for (const k of top(summary.countries)) countries.push([k.code, k.name, String(k.articles), String(k.mentions)]);
  parts.push(`${title(c, 'Countries', summary.countries.length)}\n${countries.toString()}\n${more(summary.countries.length)}`);

  const orgs = newTable(['Organization', 'Acronym', 'Articles', 'Mentions'], [null, null, null, null], c);
  for (const o of top(summary.organizations)) orgs.push([o.name, o.acronym ?? '', String(o.articles), String(o.mentions)]);
  parts.push(`${title(c, 'Organizations', summary.organizations.length)}\n${orgs.toString()}\n${more(summary.organizations.length)}`);

  if (summary.errors.length > 0) {
    parts.push(c.bold.red(`Failed (${summary.errors.length})`) + '\n' +
      summary.errors.map((e) => `  ${e.source}: ${e.error.message} (${e.error.code})`).join('\n') + '\n');
  }
  return parts.join('\n');
}
