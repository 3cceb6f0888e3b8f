/**
 * Table formatter (the default output): for each article a header with its metadata, then one
 * section per kind — People (each person's quotes listed under them), Countries, Organizations,
 * Quotes — drawn with cli-table3 and coloured with chalk when `color` is set. Long quotes are
 * folded to one line and shortened (the full text is in `--json`). Error records print nothing
 * here (the CLI reports them on stderr).
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { isErrorRecord, type ArticleResult, type OutputRecord, type Quote } from '../types.js';
import type { FormatOptions } from './format-types.js';
import { cueText, describeRole, oneLine, truncate } from './describe.js';
import { styler } from './style.js';

/** Longest quote text shown in the Quotes section, in characters. */
const QUOTE_MAX = 240;
/** Longest quote text shown under a person, in characters. */
const PERSON_QUOTE_MAX = 100;
/** Quotes listed under one person before `… and N more`. */
const PERSON_QUOTES_SHOWN = 5;

/**
 * @param records results in input order; error records are skipped.
 * @param options `color`, `width` (terminal columns, default 100).
 * @returns one block per article, blocks separated by a blank line.
 */
export function formatTable(records: OutputRecord[], options: FormatOptions): string {
  const c = styler(options.color);
  const width = Math.max(60, options.width ?? 100);
  let out = '';
  for (const r of records) {
    if (isErrorRecord(r)) continue;
    out += formatArticle(r, c, width) + '\n';
  }
  return out;
}

/** A new table with no colours of its own (cli-table3 would colour the head red by default). */
export function newTable(head: string[], colWidths: Array<number | null>, c: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    colWidths,
    wordWrap: true,
    style: { head: [], border: [] },
  });
}

/** Section title with a count, e.g. `People (3)`. */
export function title(c: ChalkInstance, name: string, count: number): string {
  return c.bold.cyan(`${name} (${count})`);
}

function formatArticle(r: ArticleResult, c: ChalkInstance, width: number): string {
  const lines: string[] = [];
  lines.push(c.bold.inverse(` ${r.source} `));
  const meta: Array<[string, string | undefined]> = [
    ['Title', r.meta.title?.text],
    ['By', r.meta.publisher?.text ?? r.meta.byline?.text],
    ['Date', r.meta.date ? (r.meta.date.iso ?? r.meta.date.text) : undefined],
    ['URL', r.meta.url?.text],
  ];
  for (const [k, v] of meta) if (v) lines.push(`${c.dim(k.padEnd(6))} ${oneLine(v)}`);
  for (const d of r.diagnostics ?? []) lines.push(c.yellow(`warning: ${d.message} (${d.code})`));
  lines.push('');
  lines.push(people(r, c, width), countries(r, c, width), organizations(r, c, width), quotes(r, c, width));
  return lines.join('\n');
}

function empty(c: ChalkInstance, name: string): string {
  return `${title(c, name, 0)}\n${c.dim('  none found')}\n`;
}

function people(r: ArticleResult, c: ChalkInstance, width: number): string {
  if (r.people.length === 0) return empty(c, 'People');
  const rest = width - 24 - 20 - 10 - 13;
  const t = newTable(['Name', 'Aliases', 'Roles', 'Mentions'], [24, 20, Math.max(20, rest), 10], c);
  const byRef = new Map<string, Quote[]>();
  for (const q of r.quotes) {
    const ref = q.speaker?.type === 'person' ? q.speaker.ref : null;
    if (ref) byRef.set(ref, [...(byRef.get(ref) ?? []), q]);
  }
  for (const p of r.people) {
    t.push([c.bold(p.name), p.aliases.join(', '), p.roles.map(describeRole).join('; '), String(p.mentions.length)]);
    const qs = byRef.get(p.id) ?? [];
    if (qs.length > 0) {
      const shown = qs.slice(0, PERSON_QUOTES_SHOWN).map((q) => {
        const cue = cueText(q);
        // the person is the row above, so the cue verb alone, in brackets: “…” (said)
        return `  “${truncate(q.text, PERSON_QUOTE_MAX)}${q.closed ? '”' : ''}${cue ? c.dim(` (${cue})`) : ''}`;
      });
      if (qs.length > PERSON_QUOTES_SHOWN) shown.push(c.dim(`  … and ${qs.length - PERSON_QUOTES_SHOWN} more`));
      t.push([{ colSpan: 4, content: shown.join('\n') }]);
    }
  }
  return `${title(c, 'People', r.people.length)}\n${t.toString()}\n`;
}

function countries(r: ArticleResult, c: ChalkInstance, width: number): string {
  if (r.countries.length === 0) return empty(c, 'Countries');
  const t = newTable(['Code', 'Name', 'Forms', 'Mentions'], [6, 24, Math.max(20, width - 6 - 24 - 10 - 13), 10], c);
  for (const k of r.countries) t.push([c.bold(k.code), k.name, k.forms.join(', '), String(k.mentions.length)]);
  return `${title(c, 'Countries', r.countries.length)}\n${t.toString()}\n`;
}

function organizations(r: ArticleResult, c: ChalkInstance, width: number): string {
  if (r.organizations.length === 0) return empty(c, 'Organizations');
  const t = newTable(['Name', 'Acronym', 'Aliases', 'Mentions'], [30, 10, Math.max(20, width - 30 - 10 - 10 - 13), 10], c);
  for (const o of r.organizations) {
    // the acronym has a column of its own: not repeated among the aliases
    const aliases = o.aliases.filter((a) => a !== o.acronym);
    t.push([c.bold(o.name), o.acronym ?? '', aliases.join(', '), String(o.mentions.length)]);
  }
  return `${title(c, 'Organizations', r.organizations.length)}\n${t.toString()}\n`;
}

function quotes(r: ArticleResult, c: ChalkInstance, width: number): string {
  if (r.quotes.length === 0) return empty(c, 'Quotes');
  const t = newTable(['Speaker', 'Kind', 'Cue', 'Quote'], [22, 9, 16, Math.max(30, width - 22 - 9 - 16 - 13)], c);
  for (const q of r.quotes) {
    const who = q.speaker ? (q.speaker.type === 'person' ? q.speaker.name : `${q.speaker.name} (${q.speaker.type})`) : c.dim('—');
    const kind = q.kind === 'direct' ? c.green(q.kind) : q.kind === 'partial' ? c.yellow(q.kind) : c.dim(q.kind);
    t.push([who, kind, cueText(q), `“${truncate(q.text, QUOTE_MAX)}${q.closed ? '”' : c.dim(' (unclosed)')}`]);
  }
  return `${title(c, 'Quotes', r.quotes.length)}\n${t.toString()}\n`;
}
