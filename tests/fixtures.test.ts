/**
 * Fixture tests: every `fixtures/articles/<slug>.txt` is run through `extract` and compared with its
 * hand-written `<slug>.expected.json` (format and conventions: fixtures/articles/README.md).
 *
 * One test per expected item, so a failure names what is missing or wrong, e.g.
 * `vienna-aid-corridor › people › finds Anton Blinkov` or
 * `vienna-aid-corridor › quotes › "We are not going to sign…" → Anton Blinkov`.
 * The expected values come from reading the articles; they must never be edited to match output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import type { ArticleResult, Organization, Person, Quote, Speaker, Span } from '../src/types.js';
import { allSpans } from './helpers/spans.js';
import { describePerson, describeQuote } from './helpers/describe.js';
import { norm } from './helpers/text.js';

// ---------------------------------------------------------------------------------------------
// Expected-file types (see fixtures/articles/README.md)
// ---------------------------------------------------------------------------------------------

interface ExpectedRole {
  title: string;
  titleAlternatives?: string[];
  /** Absent: not checked; null: must be null; else ISO alpha-2 code. */
  country?: string | null;
  /** Absent: not checked; null: must be null; else the canonical name of a listed organization. */
  organization?: string | null;
  note?: string;
}

interface ExpectedPerson {
  name: string;
  aliases: string[];
  roles: ExpectedRole[];
  note?: string;
}

interface ExpectedCountry {
  code: string;
  forms: string[];
}

interface ExpectedOrganization {
  name: string;
  nameAlternatives?: string[];
  acronym: string | null;
  forms?: string[];
}

type SpeakerType = Speaker['type'];

interface ExpectedQuote {
  text: string;
  kind: Quote['kind'];
  speaker?: string | null;
  speakerType?: SpeakerType | null;
  cue?: string | null;
  closed?: boolean;
  note?: string;
}

interface Expected {
  meta: { title: string | null; publisher: string | null; date: string | null; url: string | null };
  people: ExpectedPerson[];
  notPeople: string[];
  countries: ExpectedCountry[];
  notCountries: string[];
  organizations: ExpectedOrganization[];
  notOrganizations?: string[];
  quotes: ExpectedQuote[];
}

interface Fixture {
  slug: string;
  path: string;
  text: string;
  expected: Expected;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

const here = dirname(fileURLToPath(import.meta.url));
const articlesDir = join(here, '..', 'fixtures', 'articles');

function loadFixtures(): Fixture[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -'.txt'.length);
      const path = join(articlesDir, f);
      const text = readFileSync(path, 'utf8');
      const expected = JSON.parse(readFileSync(join(articlesDir, `${slug}.expected.json`), 'utf8')) as Expected;
      return { slug, path, text, expected };
    });
}

const fixtures = loadFixtures();

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------


const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|prof)\.?\s+/i;

/** An alias compared without a leading honorific (`Mr Halden` ~ `Halden`). */
function aliasKey(s: string): string {
  return norm(s.replace(HONORIFIC, ''));
}

/** Short label for a quote: its first words. */
function shortQuote(text: string, max = 28): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length <= max ? `"${t}"` : `"${t.slice(0, max).trimEnd()}…"`;
}

/** Registers `test.each` only when there are rows (jest rejects an empty table). */
function eachTest<T>(rows: Array<[string, T]>, fn: (item: T) => void): void {
  if (rows.length === 0) return;
  test.each(rows)('%s', (_label, item) => fn(item));
}

/** Runs `extract` once per fixture, on first use; a throw fails every test that needs the result. */
function lazyResult(fx: Fixture): () => ArticleResult {
  let result: ArticleResult | undefined;
  let error: unknown;
  return () => {
    if (result) return result;
    if (error !== undefined) throw error;
    try {
      result = extract(fx.text, { source: fx.path });
      return result;
    } catch (e) {
      error = e;
      throw e;
    }
  };
}

/** All spellings by which a listed organization may be named in the result. */
function orgKeys(e: ExpectedOrganization): Set<string> {
  return new Set(
    [e.name, ...(e.nameAlternatives ?? []), ...(e.acronym ? [e.acronym] : []), ...(e.forms ?? [])].map(norm),
  );
}

function findOrg(orgs: Organization[], e: ExpectedOrganization): Organization | undefined {
  const keys = orgKeys(e);
  return orgs.find((o) => [o.name, o.acronym ?? '', ...o.aliases].some((k) => k !== '' && keys.has(norm(k))));
}

/** The listed organization of this name, or a stand-in that only matches the name itself. */
function expectedOrgNamed(exp: Expected, name: string): ExpectedOrganization {
  return exp.organizations.find((o) => o.name === name) ?? { name, acronym: null };
}


function roleLabel(r: ExpectedRole): string {
  const extra: string[] = [];
  if (r.country) extra.push(r.country);
  if (r.organization) extra.push(r.organization);
  return `role ${r.title}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

function speakerMatches(actual: Speaker, e: ExpectedQuote, exp: Expected): boolean {
  if (e.speaker == null || actual.type !== e.speakerType) return false;
  switch (actual.type) {
    case 'person':
      return actual.name === e.speaker;
    case 'nominal':
      return norm(actual.name) === norm(e.speaker);
    case 'organization':
      return orgKeys(expectedOrgNamed(exp, e.speaker)).has(norm(actual.name));
    case 'country':
      return actual.ref === e.speaker || norm(actual.name) === norm(e.speaker);
  }
}


// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

test('fixture articles are present (6–8 pairs)', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(6);
  expect(fixtures.length).toBeLessThanOrEqual(8);
});

for (const fx of fixtures) {
  const exp = fx.expected;
  const result = lazyResult(fx);

  /** Where each expected quote is in the article, located in text order (from the article, not the program). */
  const quoteSpans: Array<{ start: number; end: number } | null> = [];
  {
    let cursor = 0;
    for (const q of exp.quotes) {
      const at = fx.text.indexOf(q.text, cursor);
      quoteSpans.push(at < 0 ? null : { start: at, end: at + q.text.length });
      if (at >= 0) cursor = at + q.text.length;
    }
  }

  describe(fx.slug, () => {
    describe('fixture', () => {
      test('every expected quote text is in the article, in order', () => {
        const missing = exp.quotes.filter((_q, i) => quoteSpans[i] === null).map((q) => shortQuote(q.text, 60));
        expect(missing).toEqual([]);
      });
    });

    describe('meta', () => {
      const rows: Array<[string, keyof Expected['meta']]> = (['title', 'publisher', 'date', 'url'] as const).map(
        (k) => [`${k} is ${exp.meta[k] === null ? 'null' : JSON.stringify(exp.meta[k])}`, k],
      );
      eachTest(rows, (k) => {
        const m = result().meta;
        const actual = k === 'date' ? (m.date?.iso ?? null) : (m[k]?.text ?? null);
        expect(actual).toBe(exp.meta[k]);
      });
    });

    describe('people', () => {
      eachTest(
        exp.people.map((p): [string, ExpectedPerson] => [`finds ${p.name}`, p]),
        (p) => {
          const found = result().people.find((x) => x.name === p.name);
          if (!found) {
            const names = result().people.map((x) => x.name);
            throw new Error(`no person named ${JSON.stringify(p.name)}; people found: ${JSON.stringify(names)}`);
          }
        },
      );

      const aliasRows: Array<[string, [ExpectedPerson, string]]> = exp.people.flatMap((p) =>
        p.aliases.map((a): [string, [ExpectedPerson, string]] => [`${p.name} has alias ${a}`, [p, a]]),
      );
      eachTest(aliasRows, ([p, alias]) => {
        const found = result().people.find((x) => x.name === p.name);
        if (!found) throw new Error(`no person named ${JSON.stringify(p.name)}`);
        expect(found.aliases.map(aliasKey)).toContain(aliasKey(alias));
      });

      const roleRows: Array<[string, [ExpectedPerson, ExpectedRole]]> = exp.people.flatMap((p) =>
        p.roles.map((r): [string, [ExpectedPerson, ExpectedRole]] => [`${p.name} has ${roleLabel(r)}`, [p, r]]),
      );
      eachTest(roleRows, ([p, er]) => {
        const found = result().people.find((x) => x.name === p.name);
        if (!found) throw new Error(`no person named ${JSON.stringify(p.name)}`);
        const titles = new Set([er.title, ...(er.titleAlternatives ?? [])].map(norm));
        const candidates = found.roles.filter((r) => titles.has(norm(r.title)));
        const ok = candidates.some((r) => {
          if (er.country !== undefined) {
            if (er.country === null ? r.country !== null : r.country?.code !== er.country) return false;
          }
          if (er.organization !== undefined) {
            if (er.organization === null) {
              if (r.organization !== null) return false;
            } else if (r.organization === null || !orgKeys(expectedOrgNamed(exp, er.organization)).has(norm(r.organization))) {
              return false;
            }
          }
          return true;
        });
        if (!ok) {
          throw new Error(
            `${p.name}: no role matching ${JSON.stringify({ title: er.title, country: er.country, organization: er.organization })}\n` +
              `actual: ${describePerson(found)}`,
          );
        }
      });

      test('no extra people', () => {
        const wanted = new Set(exp.people.map((p) => p.name));
        const extras = result()
          .people.filter((p) => !wanted.has(p.name))
          .map(describePerson);
        expect(extras).toEqual([]);
      });

      test('people with a shared surname or name are kept apart', () => {
        // No person may carry another expected person's canonical name as an alias.
        const names = exp.people.map((p) => p.name);
        const merged: string[] = [];
        for (const p of result().people) {
          for (const other of names) {
            if (other !== p.name && p.aliases.some((a) => aliasKey(a) === aliasKey(other))) merged.push(`${p.name} ⊇ ${other}`);
          }
        }
        expect(merged).toEqual([]);
      });

      test('no name or alias is a possessive', () => {
        const bad = result().people.flatMap((p) => [p.name, ...p.aliases].filter((s) => /['’]s?$/.test(s)));
        expect(bad).toEqual([]);
      });

      eachTest(
        exp.notPeople.map((s): [string, string] => [`${s} is not a person`, s]),
        (s) => {
          const hits = result()
            .people.filter((p) => norm(p.name) === norm(s) || p.aliases.some((a) => norm(a) === norm(s)))
            .map(describePerson);
          expect(hits).toEqual([]);
        },
      );
    });

    describe('countries', () => {
      eachTest(
        exp.countries.map((c): [string, ExpectedCountry] => [`finds ${c.code} (${c.forms.join(', ')})`, c]),
        (c) => {
          const found = result().countries.find((x) => x.code === c.code);
          if (!found) {
            throw new Error(`no country ${c.code}; countries found: ${JSON.stringify(result().countries.map((x) => x.code))}`);
          }
          const forms = found.forms.map(norm);
          const missing = c.forms.filter((f) => !forms.includes(norm(f)));
          if (missing.length) {
            throw new Error(`${c.code}: forms ${JSON.stringify(missing)} missing; forms found: ${JSON.stringify(found.forms)}`);
          }
        },
      );

      test('no extra countries', () => {
        const wanted = new Set(exp.countries.map((c) => c.code));
        const extras = result()
          .countries.filter((c) => !wanted.has(c.code))
          .map((c) => `${c.code} (${c.forms.join(', ')})`);
        expect(extras).toEqual([]);
      });

      eachTest(
        exp.notCountries.map((s): [string, string] => [`${s} is not a country`, s]),
        (s) => {
          const hits = result()
            .countries.filter((c) => c.forms.some((f) => norm(f) === norm(s)) || c.mentions.some((m) => norm(m.text) === norm(s)))
            .map((c) => `${c.code} (${c.forms.join(', ')})`);
          expect(hits).toEqual([]);
        },
      );
    });

    describe('organizations', () => {
      eachTest(
        exp.organizations.map((o): [string, ExpectedOrganization] => [
          `finds ${o.name}${o.acronym ? ` (${o.acronym})` : ''}`,
          o,
        ]),
        (o) => {
          const found = findOrg(result().organizations, o);
          if (!found) {
            const all = result().organizations.map((x) => `${x.name}${x.acronym ? ` (${x.acronym})` : ''}`);
            throw new Error(`no organization ${JSON.stringify(o.name)}; organizations found: ${JSON.stringify(all)}`);
          }
          const actual: Record<string, unknown> = {};
          const wanted: Record<string, unknown> = {};
          // The canonical name is checked only when the article writes the full name.
          if (fx.text.includes(o.name)) {
            const names = [o.name, ...(o.nameAlternatives ?? [])];
            actual.name = names.some((n) => norm(n) === norm(found.name)) ? o.name : found.name;
            wanted.name = o.name;
          }
          if (o.acronym) {
            actual.acronym = found.acronym && norm(found.acronym) === norm(o.acronym) ? o.acronym : found.acronym;
            wanted.acronym = o.acronym;
          }
          expect(actual).toEqual(wanted);
        },
      );

      eachTest(
        (exp.notOrganizations ?? []).map((s): [string, string] => [`${s} is not an organization`, s]),
        (s) => {
          const hits = result()
            .organizations.filter((o) => [o.name, ...o.aliases].some((n) => norm(n) === norm(s)))
            .map((o) => o.name);
          expect(hits).toEqual([]);
        },
      );
    });

    describe('quotes', () => {
      const rows: Array<[string, [ExpectedQuote, number]]> = exp.quotes.map((q, i) => [
        `${shortQuote(q.text)} → ${q.speaker === undefined ? '(speaker not checked)' : (q.speaker ?? 'no speaker')}`,
        [q, i],
      ]);
      eachTest(rows, ([e, i]) => {
        const span = quoteSpans[i];
        if (!span) throw new Error(`fixture error: quote text not found in the article: ${shortQuote(e.text, 60)}`);
        const quotes = result().quotes;
        const q = quotes.find((x) => x.start === span.start && x.end === span.end) ?? quotes.find((x) => x.text === e.text);
        if (!q) {
          throw new Error(
            `quote not found: [${span.start}-${span.end}] ${JSON.stringify(e.text)}\nquotes found:\n${quotes.map(describeQuote).join('\n')}`,
          );
        }
        const actual: Record<string, unknown> = { text: q.text, start: q.start, end: q.end, kind: q.kind };
        const wanted: Record<string, unknown> = { text: e.text, start: span.start, end: span.end, kind: e.kind };
        if (e.speaker !== undefined) {
          wanted.speaker = e.speaker === null ? null : `${e.speakerType}: ${e.speaker}`;
          actual.speaker =
            q.speaker === null
              ? null
              : speakerMatches(q.speaker, e, exp)
                ? wanted.speaker
                : `${q.speaker.type}: ${q.speaker.name}`;
        }
        if (e.cue !== undefined) {
          wanted.cue = e.cue === null ? null : e.cue.toLowerCase();
          actual.cue = q.cue === null ? null : q.cue.text.toLowerCase();
        }
        if (e.closed !== undefined) {
          wanted.closed = e.closed;
          actual.closed = q.closed;
        }
        expect(actual).toEqual(wanted);
      });

      test('no extra quotes (apostrophes and nested quotes aside)', () => {
        const spans = quoteSpans.filter((s): s is { start: number; end: number } => s !== null);
        const extras = result().quotes.filter((q) => {
          const listed = spans.some((s) => s.start === q.start && s.end === q.end);
          // A quote nested inside a listed quote is neither required nor forbidden.
          const nested = spans.some((s) => q.start >= s.start && q.end <= s.end && !(s.start === q.start && s.end === q.end));
          return !listed && !nested;
        });
        expect(extras.map(describeQuote)).toEqual([]);
      });

      test('quotes are in text order', () => {
        const starts = result().quotes.map((q) => q.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      });
    });

    describe('offsets', () => {
      test('every span satisfies text.slice(start, end) === span.text', () => {
        const bad = allSpans(result())
          .filter(([, s]) => fx.text.slice(s.start, s.end) !== s.text)
          .map(([label, s]) => `${label}: [${s.start}-${s.end}] ${JSON.stringify(s.text)} ≠ ${JSON.stringify(fx.text.slice(s.start, s.end))}`);
        expect(bad).toEqual([]);
      });
    });
  });
}
