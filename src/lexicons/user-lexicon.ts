/**
 * User lexicon (`--lexicon FILE.json`): extra people, organizations, titles and country aliases a
 * newsroom knows about, merged over the built-in entity lexicon.
 *
 * Format (every key optional; no other keys allowed):
 * ```json
 * {
 *   "people": ["Tennisha Maddox", { "name": "Gennady Gatilov", "aliases": ["Gatilov"], "gender": "male" }],
 *   "organizations": ["Harbour Trust", { "name": "National Coalition", "acronym": "SNC", "aliases": ["the Coalition"] }],
 *   "titles": ["harbour master", "chief rabbi"],
 *   "countryAliases": { "GB": ["Blighty"], "KP": ["Hermit Kingdom"] }
 * }
 * ```
 */
import { readFileSync } from 'node:fs';
import { buildEntityLexicon, type EntityLexicon, type EntityLexiconData, type Gender } from './entity-lexicon.js';

const KEYS = new Set(['people', 'organizations', 'titles', 'countryAliases']);

function fail(file: string, msg: string): never {
  throw new Error(`${file}: invalid lexicon: ${msg}`);
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string' && s.trim() !== '');
}

/**
 * Validates a parsed user lexicon and merges it into a copy of `data`.
 *
 * @param json the parsed JSON value; @param file the name used in error messages.
 * @throws Error (one line, naming the file) on any shape error.
 */
export function parseUserLexicon(data: EntityLexiconData, json: unknown, file: string): EntityLexiconData {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(file, 'expected a JSON object');
  const obj = json as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!KEYS.has(k)) fail(file, `unknown key "${k}" (expected people, organizations, titles, countryAliases)`);
  const out: EntityLexiconData = {
    ...data,
    people: [...data.people],
    organizations: [...data.organizations],
    titles: [...data.titles],
    countries: data.countries.map((c) => ({ ...c })),
  };
  const people = obj.people ?? [];
  if (!Array.isArray(people)) fail(file, '"people" must be an array');
  people.forEach((p: unknown, i) => {
    if (typeof p === 'string' && p.trim()) out.people.push({ name: p.trim(), aliases: [], gender: null });
    else if (typeof p === 'object' && p !== null && typeof (p as { name?: unknown }).name === 'string') {
      const q = p as { name: string; aliases?: unknown; gender?: unknown };
      if (q.aliases !== undefined && !isStringArray(q.aliases)) fail(file, `people[${i}].aliases must be an array of strings`);
      if (q.gender !== undefined && q.gender !== null && q.gender !== 'male' && q.gender !== 'female') {
        fail(file, `people[${i}].gender must be "male", "female" or null`);
      }
      out.people.push({ name: q.name.trim(), aliases: (q.aliases as string[] | undefined) ?? [], gender: (q.gender as Gender) ?? null });
    } else fail(file, `people[${i}] must be a name or { "name": … }`);
  });
  const orgs = obj.organizations ?? [];
  if (!Array.isArray(orgs)) fail(file, '"organizations" must be an array');
  orgs.forEach((o: unknown, i) => {
    if (typeof o === 'string' && o.trim()) out.organizations.push({ name: o.trim(), acronym: null, aliases: [] });
    else if (typeof o === 'object' && o !== null && typeof (o as { name?: unknown }).name === 'string') {
      const q = o as { name: string; acronym?: unknown; aliases?: unknown };
      if (q.acronym !== undefined && q.acronym !== null && typeof q.acronym !== 'string') fail(file, `organizations[${i}].acronym must be a string`);
      if (q.aliases !== undefined && !isStringArray(q.aliases)) fail(file, `organizations[${i}].aliases must be an array of strings`);
      // user entries go first so they win over built-in ones with the same form
      out.organizations.unshift({ name: q.name.trim(), acronym: (q.acronym as string | undefined) ?? null, aliases: (q.aliases as string[] | undefined) ?? [] });
    } else fail(file, `organizations[${i}] must be a name or { "name": … }`);
  });
  const titles = obj.titles ?? [];
  if (!isStringArray(titles)) fail(file, '"titles" must be an array of strings');
  out.titles.push(...titles.map((t) => t.toLowerCase()));
  const ca = obj.countryAliases ?? {};
  if (typeof ca !== 'object' || ca === null || Array.isArray(ca)) fail(file, '"countryAliases" must be an object of code → [aliases]');
  for (const [code, forms] of Object.entries(ca as Record<string, unknown>)) {
    const c = out.countries.find((x) => x.code === code.toUpperCase());
    if (!c) fail(file, `countryAliases: unknown ISO alpha-2 code "${code}"`);
    if (!isStringArray(forms)) fail(file, `countryAliases.${code} must be an array of strings`);
    c.aliases = [...c.aliases, ...forms];
  }
  return out;
}

/**
 * Returns a copy of `base` with the entries of a user lexicon file added.
 *
 * @param file path of a JSON file in the format of the module comment.
 * @throws Error (one line, naming the file) when the file cannot be read or is not a valid lexicon.
 */
export function mergeUserLexicon(base: EntityLexicon, file: string): EntityLexicon {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read lexicon: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: invalid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  return buildEntityLexicon(parseUserLexicon(base.data, json, file));
}
