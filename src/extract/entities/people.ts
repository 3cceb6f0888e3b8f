/**
 * Stage 4: people. Person runs are merged into one entry per real person (coreference of names):
 * a full name joins an earlier one with the same surname and a compatible first name; a shorter
 * form (`Gatilov`, `Mr Halden`'s `Halden`, `Assad's` → `Assad`) joins the person with that surname
 * mentioned most recently before it (or first after it), so two people who share a surname are
 * not merged blindly. Canonical name = the fullest form; the other forms are aliases.
 */
import type { Mention, Person, Role } from '../../types.js';
import type { Gender } from '../../lexicons/entity-lexicon.js';
import { spanOf, type Context } from './context.js';
import type { Item } from './scan.js';
import { firstAtOrAfter } from '../../util/search.js';

/** A person mention with what the rules learned around it. */
export interface PersonMention {
  item: Item;
  start: number;
  end: number;
  text: string;
  /** Name word keys, particles included. */
  keys: string[];
  /** Gender from an honorific or title right before the name. */
  gender: Gender;
  genderFrom: 'honorific' | 'title' | null;
  /** A peer's honorific right before a one-word name, as written (`Lord`), or null. */
  peerage: string | null;
  roles: Role[];
}

interface Cluster {
  mentions: PersonMention[];
  keys: string[];
  name: string;
}

function isInitial(k: string): boolean {
  return k.length === 1;
}

/** True when two full names can be the same person: same surname and compatible first names. */
/** How many earlier people with the same surname a full name is compared with. */
const SAME_SURNAME_WINDOW = 8;

function compatible(a: string[], b: string[]): boolean {
  if (a.at(-1) !== b.at(-1)) return false;
  if (a.length === 1 || b.length === 1) return true;
  const fa = a[0]!;
  const fb = b[0]!;
  return fa === fb || (isInitial(fa) && fb.startsWith(fa)) || (isInitial(fb) && fa.startsWith(fb));
}

/** Builds a person mention from a person item. */
export function personMention(ctx: Context, item: Item, prev: Item | undefined): PersonMention {
  const span = spanOf(ctx, item.s, item.e);
  const keys: string[] = [];
  for (let i = item.s; i < item.e; i++) {
    // `Butler-Sloss` is one name word, even when the tagger splits it
    if (i > item.s && ctx.words[i - 1]!.hyphenNext && keys.length > 0) keys[keys.length - 1] += `-${ctx.words[i]!.key}`;
    else keys.push(ctx.words[i]!.key);
  }
  let gender: Gender = null;
  let genderFrom: PersonMention['genderFrom'] = null;
  if (item.kind === 'person' && item.gender) {
    gender = item.gender;
    genderFrom = 'honorific';
  } else if (prev && prev.e === item.s && (prev.kind === 'honorific' || prev.kind === 'title') && prev.gender) {
    gender = prev.gender;
    genderFrom = prev.kind;
  }
  let peerage: string | null = null;
  if (prev && prev.kind === 'honorific' && prev.e === item.s && keys.length === 1 && ctx.lex.peerageHonorifics.has(ctx.words[prev.s]!.key)) {
    peerage = ctx.words[prev.s]!.tok.text;
  }
  return { item, ...span, keys, gender, genderFrom, peerage, roles: [] };
}

/**
 * Merges person mentions (in text order) into people.
 * @returns people in order of first mention, ids `p1`, `p2`, …
 */
export function buildPeople(ctx: Context, mentions: PersonMention[]): Person[] {
  const clusters: Cluster[] = [];
  const owner = new Map<PersonMention, Cluster>();
  // pass 1: names of two words or more, in text order. `compatible` needs the same surname, so only
  // the latest few clusters with that surname are tried (bounded: linear even on adversarial text).
  const byLast = new Map<string, Cluster[]>();
  for (const m of mentions) {
    if (m.keys.length < 2) continue;
    let target: Cluster | undefined;
    const same = byLast.get(m.keys.at(-1)!) ?? [];
    for (let c = same.length - 1; c >= Math.max(0, same.length - SAME_SURNAME_WINDOW); c--) {
      if (compatible(same[c]!.keys, m.keys)) {
        target = same[c];
        break;
      }
    }
    if (!target) {
      target = { mentions: [], keys: m.keys, name: m.text };
      clusters.push(target);
      byLast.set(m.keys.at(-1)!, [...same, target]);
    }
    target.mentions.push(m);
    owner.set(m, target);
    if (m.keys.length > target.keys.length || (m.keys.length === target.keys.length && m.text.length > target.name.length)) {
      target.keys = m.keys;
      target.name = m.text;
    }
  }
  // pass 2: single words → the person with that surname (or given name) nearest before, else first after
  const bySurname = new Map<string, Cluster[]>();
  const byGiven = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const last = c.keys.at(-1)!;
    bySurname.set(last, [...(bySurname.get(last) ?? []), c]);
  }
  // `Sloss` or `Butler` alone for `Elizabeth Butler-Sloss`, when no one has that surname outright
  for (const c of clusters) {
    const last = c.keys.at(-1)!;
    if (!last.includes('-')) continue;
    for (const part of last.split('-')) if (part.length > 1 && !bySurname.has(part)) bySurname.set(part, [c]);
  }
  for (const c of clusters) {
    const first = c.keys[0]!;
    byGiven.set(first, [...(byGiven.get(first) ?? []), c]);
  }
  // Single-word mentions come in text order, so a cluster's nearest mention before one of them is
  // either its latest single-word mention or a multi-word one found by binary search (linear overall).
  const multiStarts = new Map<Cluster, number[]>();
  for (const c of clusters) multiStarts.set(c, c.mentions.map((o) => o.start).sort((a, b) => a - b));
  const lastSingle = new Map<Cluster, number>();
  const singles = mentions.filter((m) => m.keys.length < 2).sort((a, b) => a.start - b.start);
  for (const m of singles) {
    const k = m.keys[0]!;
    let candidates = bySurname.get(k) ?? [];
    if (candidates.length === 0 && (byGiven.get(k) ?? []).length === 1) candidates = byGiven.get(k)!;
    let target: Cluster | undefined;
    let bestBefore = -1;
    let firstAfter = Infinity;
    let after: Cluster | undefined;
    for (const c of candidates) {
      const starts = multiStarts.get(c) ?? [];
      const i = firstAtOrAfter(starts, m.start, (s) => s); // starts[i - 1] < m.start <= starts[i]
      const before = Math.max(lastSingle.get(c) ?? -1, i > 0 ? starts[i - 1]! : -1);
      if (before >= 0 && before > bestBefore) {
        bestBefore = before;
        target = c;
      }
      const next = starts[i] === m.start ? starts[i + 1] : starts[i];
      if (next !== undefined && next < firstAfter) {
        firstAfter = next;
        after = c;
      }
    }
    target ??= after;
    if (!target) {
      target = { mentions: [], keys: m.keys, name: m.text };
      clusters.push(target);
      bySurname.set(k, [target]);
    }
    target.mentions.push(m);
    lastSingle.set(target, m.start);
    owner.set(m, target);
  }
  const ordered = clusters
    .map((c) => ({ c, first: c.mentions.reduce((min, m) => Math.min(min, m.start), Infinity) }))
    .sort((a, b) => a.first - b.first)
    .map((x) => x.c);
  return ordered.map((c, i) => toPerson(ctx, c, i));
}

function toPerson(ctx: Context, c: Cluster, i: number): Person {
  const ms = [...c.mentions].sort((a, b) => a.start - b.start);
  const canon = c.keys.join(' ');
  const mentions: Mention[] = ms.map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    kind: m.keys.join(' ') === canon ? 'name' : 'alias',
  }));
  // a peer known by one name is called by it: `Lord Falconer`, with `Falconer` as an alias
  const peer = c.keys.length === 1 ? ms.find((m) => m.peerage)?.peerage : undefined;
  const name = peer ? `${peer} ${c.name}` : c.name;
  const aliases: string[] = [];
  for (const m of ms) if (m.text !== name && !aliases.includes(m.text)) aliases.push(m.text);
  let gender: Gender = ms.find((m) => m.genderFrom === 'honorific' && m.gender)?.gender ?? null;
  gender ??= ms.find((m) => m.genderFrom === 'title' && m.gender)?.gender ?? null;
  if (!gender && c.keys.length >= 2) gender = ctx.lex.givenNames.get(c.keys[0]!) ?? null;
  const roles: Role[] = [];
  for (const m of ms) {
    for (const r of m.roles) {
      const same = roles.find((x) => x.title.toLowerCase() === r.title.toLowerCase());
      if (!same) roles.push(r);
      else {
        same.country ??= r.country;
        same.organization ??= r.organization;
      }
    }
  }
  return { id: `p${i + 1}`, name, aliases, gender, roles, mentions };
}
