/**
 * Checks the entity lexicon data for duplicates and conflicts, and the user-lexicon format.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadEntityLexicon, mergeUserLexicon } from '../src/lexicons/entity-lexicon.js';
import { phraseKeys } from '../src/lexicons/phrase-index.js';
import { loadCueLexicon } from '../src/lexicons/cues.js';

const lex = loadEntityLexicon();
const dataDir = join(process.cwd(), 'src', 'lexicons', 'data');
const readJson = (name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));

function duplicates(list: string[]): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const x of list) {
    const k = phraseKeys(x).join(' ');
    if (seen.has(k)) dup.push(x);
    seen.add(k);
  }
  return dup;
}

describe('lexicon data files have no duplicates', () => {
  test.each([
    ['titles.json', 'titles'],
    ['titles.json', 'modifiers'],
    ['titles.json', 'portfolios'],
    ['titles.json', 'bases'],
    ['organizations.json', 'suffixCues'],
    ['organizations.json', 'prefixCues'],
    ['organizations.json', 'headNouns'],
    ['non-names.json', 'nonNames'],
    ['given-names-extra.json', 'male'],
    ['given-names-extra.json', 'female'],
    ['given-names-extra.json', 'notNames'],
  ])('%s %s', (file, key) => {
    expect(duplicates(readJson(file)[key] as string[])).toEqual([]);
  });

  test('known organizations: no form names two organizations', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of readJson('organizations.json').known as Array<{ name: string; acronym: string | null; aliases: string[] }>) {
      for (const f of [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases]) {
        const k = f; // case-sensitive: `WHO` and `Who` are different forms
        if (owner.has(k) && owner.get(k) !== o.name) clashes.push(`${f}: ${owner.get(k)} / ${o.name}`);
        owner.set(k, o.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('lexicon conflicts', () => {
  test('a title modifier is not also a whole title', () => {
    expect(readJson('titles.json').modifiers.filter((m: string) => lex.titles.has(m))).toEqual([]);
  });

  test('an honorific is not a title (President is a title, Mr an honorific)', () => {
    const hon = Object.keys(readJson('honorifics.json').honorifics);
    expect(hon.filter((h) => lex.titles.has(h) && !['professor', 'doctor', 'rabbi', 'imam', 'bishop', 'archbishop', 'lady', 'lord'].includes(h))).toEqual([]);
    expect(lex.honorifics.has('president')).toBe(false);
    expect(lex.titles.has('president')).toBe(true);
  });

  test('the quotation stage reads the same honorifics as the entity stage (one list, honorifics.json)', () => {
    const cues = loadCueLexicon();
    const file = readJson('honorifics.json').honorifics as Record<string, string | null>;
    expect(cues.honorifics.size).toBe(Object.keys(file).length);
    expect(cues.honorifics.get('mrs')).toBe('female');
    expect(cues.honorifics.has('dr')).toBe(true); // `Dr Voss said`: an honorific with no gender
    expect(cues.honorifics.get('dr')).toBeNull();
    expect(cues.honorifics.has('gen')).toBe(true);
    expect(readJson('cues.json').honorifics).toBeUndefined();
  });

  test('extra country aliases point at real codes', () => {
    const extra = readJson('countries-extra.json') as Record<string, Record<string, string[]>>;
    for (const part of ['aliases', 'demonyms', 'capitals']) {
      for (const code of Object.keys(extra[part]!)) expect(lex.countries.has(code)).toBe(true);
    }
  });

  test.each([
    ['U.S.', 'US', 'alias'],
    ['America', 'US', 'alias'],
    ['Britain', 'GB', 'alias'],
    ['UK', 'GB', 'alias'],
    ['Burma', 'MM', 'alias'],
    ['Britons', 'GB', 'demonym'],
    ['Ivorian', 'CI', 'demonym'],
    ['Syrian', 'SY', 'demonym'],
    ['French', 'FR', 'demonym'],
    ['Russia', 'RU', 'name'],
    ['Moscow', 'RU', 'capital'],
    ['Damascus', 'SY', 'capital'],
    ['Washington', 'US', 'capital'],
  ])('%s → %s (%s)', (form, code, kind) => {
    expect(lex.countryForms.get(form)).toEqual({ code, kind });
  });

  test.each(['Geneva', 'Jersey', 'Georgia'])('%s is not a country form', (form) => {
    expect(lex.countryForms.get(form)).toBeUndefined();
  });

  test('given names carry a gender hint', () => {
    expect(lex.givenNames.get('wendy')).toBe('female');
    expect(lex.givenNames.get('gennady')).toBe('male');
    expect(lex.givenNames.has('may')).toBe(false);
  });
});

describe('user lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  const write = (name: string, body: string) => {
    const f = join(dir, name);
    writeFileSync(f, body);
    return f;
  };

  test('adds people, organizations, titles and country aliases', () => {
    const f = write(
      'ok.json',
      JSON.stringify({
        people: ['Tennisha Maddox', { name: 'Olek Brandt', aliases: ['Brandt'], gender: 'male' }],
        organizations: [{ name: 'Harbour Trust', acronym: 'HT', aliases: [] }],
        titles: ['harbour master'],
        countryAliases: { GB: ['Blighty'] },
      }),
    );
    const merged = mergeUserLexicon(lex, f);
    expect(merged.people.get('Olek Brandt')).toEqual({ name: 'Olek Brandt', gender: 'male' });
    expect(merged.people.get('Brandt')?.name).toBe('Olek Brandt');
    expect(merged.organizations.get('HT')?.name).toBe('Harbour Trust');
    expect(merged.titles.has('harbour master')).toBe(true);
    expect(merged.countryForms.get('Blighty')).toEqual({ code: 'GB', kind: 'alias' });
    expect(lex.titles.has('harbour master')).toBe(false); // the base is untouched
  });

  test.each([
    ['bad.json', '{ "people": ', /bad\.json: invalid JSON/],
    ['arr.json', '[]', /arr\.json: invalid lexicon: expected a JSON object/],
    ['key.json', '{ "persons": [] }', /key\.json: invalid lexicon: unknown key "persons"/],
    ['code.json', '{ "countryAliases": { "XX": ["Nowhere"] } }', /code\.json: invalid lexicon: countryAliases: unknown ISO alpha-2 code "XX"/],
    ['gender.json', '{ "people": [{ "name": "A B", "gender": "m" }] }', /gender\.json: invalid lexicon: people\[0\]\.gender/],
  ])('%s fails with one line naming the file', (name, body, re) => {
    const f = write(name, body);
    expect(() => mergeUserLexicon(lex, f)).toThrow(re);
    try {
      mergeUserLexicon(lex, f);
    } catch (err) {
      expect((err as Error).message).not.toContain('\n');
    }
  });

  test('a missing file fails naming it', () => {
    expect(() => mergeUserLexicon(lex, join(dir, 'none.json'))).toThrow(/none\.json: cannot read lexicon: ENOENT/);
  });
});
