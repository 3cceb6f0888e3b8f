/**
 * `--summary`: aggregates over all articles of a run — the most mentioned people, the most quoted
 * speakers, and the countries and organizations by number of articles. Memory grows with the number
 * of distinct entities (and failed inputs), not with the number of articles.
 *
 * Entities are matched across articles by their canonical name exactly as written (countries by
 * ISO code). One cross-article rule for people and person speakers: a one-word name (`Blair`, from
 * an article that only says "Blair") is merged into the multi-word name whose last word it is
 * (`Tony Blair`) when exactly one such name is in the summary; with two (`Anna Kowal`, `Jan
 * Kowal`) it is ambiguous and stays on its own. Article counts of a merged entry count an article
 * that has both forms once.
 */
import { isErrorRecord, isNameMention, type ErrorRecord, type OutputRecord, type Speaker } from '../types.js';

/** A person over the whole run. */
export interface SummaryPerson {
  name: string;
  /** Name mentions summed over all articles. */
  mentions: number;
  /** Number of articles that mention the person. */
  articles: number;
}

/** A speaker over the whole run (nominal speakers such as `a spokesman` are left out). */
export interface SummarySpeaker {
  name: string;
  type: Exclude<Speaker['type'], 'nominal'>;
  /** Quotes (direct and partial; scare quotes are nobody's) attributed to the speaker. */
  quotes: number;
  /** Number of articles quoting the speaker. */
  articles: number;
}

/** A country over the whole run. */
export interface SummaryCountry {
  code: string;
  name: string;
  articles: number;
  mentions: number;
}

/** An organization over the whole run. */
export interface SummaryOrganization {
  name: string;
  acronym: string | null;
  articles: number;
  mentions: number;
}

/** The aggregate written by `--summary`; every list sorted, most frequent first. */
export interface Summary {
  /** Articles processed. */
  articles: number;
  /** Inputs that failed (their error records are in `errors`). */
  failed: number;
  /** Sorted by mentions, then articles, then name. */
  people: SummaryPerson[];
  /** Sorted by quotes, then articles, then name. */
  speakers: SummarySpeaker[];
  /** Sorted by articles, then mentions, then name. */
  countries: SummaryCountry[];
  /** Sorted by articles, then mentions, then name. */
  organizations: SummaryOrganization[];
  /** The error records of the failed inputs, in input order. */
  errors: ErrorRecord[];
}

/** Accumulates records one at a time (streaming). */
export class SummaryBuilder {
  private articles = 0;
  private readonly errors: ErrorRecord[] = [];
  private readonly people = new Map<string, SummaryPerson>();
  private readonly speakers = new Map<string, SummarySpeaker>();
  private readonly countries = new Map<string, SummaryCountry>();
  private readonly organizations = new Map<string, SummaryOrganization>();
  /** `one-word\u0000full name` → articles holding both forms (people; speakers keyed by type too). */
  private readonly peopleBoth = new Map<string, number>();
  private readonly speakersBoth = new Map<string, number>();

  /** Adds one record (an article result or an error record). */
  add(record: OutputRecord): void {
    if (isErrorRecord(record)) {
      this.errors.push(record);
      return;
    }
    this.articles++;
    for (const p of record.people) {
      const e = getOr(this.people, p.name, () => ({ name: p.name, mentions: 0, articles: 0 }));
      e.mentions += p.mentions.filter(isNameMention).length;
      e.articles++;
    }
    countBoth(record.people.map((p) => p.name), this.peopleBoth);
    const quotedHere = new Set<string>();
    for (const q of record.quotes) {
      if (!q.speaker || q.speaker.type === 'nominal' || q.kind === 'scare') continue;
      const type = q.speaker.type;
      const key = `${type}\u0000${q.speaker.name}`;
      const e = getOr(this.speakers, key, () => ({ name: q.speaker!.name, type, quotes: 0, articles: 0 }));
      e.quotes++;
      if (!quotedHere.has(key)) {
        quotedHere.add(key);
        e.articles++;
      }
    }
    countBoth(
      [...quotedHere].filter((k) => k.startsWith('person\u0000')).map((k) => k.slice('person\u0000'.length)),
      this.speakersBoth,
    );
    for (const k of record.countries) {
      const e = getOr(this.countries, k.code, () => ({ code: k.code, name: k.name, articles: 0, mentions: 0 }));
      e.articles++;
      e.mentions += k.mentions.length;
    }
    for (const o of record.organizations) {
      const e = getOr(this.organizations, o.name, () => ({ name: o.name, acronym: o.acronym, articles: 0, mentions: 0 }));
      e.acronym ??= o.acronym;
      e.articles++;
      e.mentions += o.mentions.length;
    }
  }

  /** The summary so far, lists sorted. */
  result(): Summary {
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return {
      articles: this.articles,
      failed: this.errors.length,
      people: mergeSurnames([...this.people.values()], this.peopleBoth, (a, b) => {
        a.mentions += b.mentions;
      }).sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || byName(a, b)),
      speakers: [
        ...mergeSurnames([...this.speakers.values()].filter((x) => x.type === 'person'), this.speakersBoth, (a, b) => {
          a.quotes += b.quotes;
        }),
        ...[...this.speakers.values()].filter((x) => x.type !== 'person'),
      ].sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || byName(a, b)),
      countries: [...this.countries.values()].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || byName(a, b)),
      organizations: [...this.organizations.values()].sort(
        (a, b) => b.articles - a.articles || b.mentions - a.mentions || byName(a, b),
      ),
      errors: [...this.errors],
    };
  }
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1]!;
}

function isOneWord(name: string): boolean {
  return !/\s/.test(name.trim());
}

/** Counts, for one article, each pair (one-word name, multi-word name ending with it) present together. */
function countBoth(names: string[], both: Map<string, number>): void {
  const singles = new Set(names.filter(isOneWord));
  if (singles.size === 0) return;
  for (const n of new Set(names)) {
    if (isOneWord(n) || !singles.has(lastWord(n))) continue;
    const key = `${lastWord(n)}\u0000${n}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
}

/**
 * Merges each one-word entry into the unique multi-word entry whose last word it is (see the
 * module comment). Returns new objects; the builder's own entries are left as they are.
 *
 * @param both articles holding both forms, by `one-word\u0000full name`.
 * @param addCounts adds the one-word entry's counts (other than articles) to the full entry.
 */
function mergeSurnames<T extends { name: string; articles: number }>(
  entries: T[],
  both: Map<string, number>,
  addCounts: (into: T, from: T) => void,
): T[] {
  const copies = entries.map((e) => ({ ...e }));
  const byLast = new Map<string, T[]>();
  for (const e of copies) {
    if (isOneWord(e.name)) continue;
    const list = byLast.get(lastWord(e.name));
    if (list) list.push(e);
    else byLast.set(lastWord(e.name), [e]);
  }
  const out: T[] = [];
  for (const e of copies) {
    const full = isOneWord(e.name) ? byLast.get(e.name.trim()) : undefined;
    if (full?.length !== 1) {
      out.push(e);
      continue;
    }
    const into = full[0]!;
    addCounts(into, e);
    into.articles += e.articles - (both.get(`${e.name.trim()}\u0000${into.name}`) ?? 0);
  }
  return out;
}
