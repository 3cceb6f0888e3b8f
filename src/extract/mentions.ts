/**
 * The mention layer: the entity stage's people, organizations and countries as offset-sorted mention
 * lists, with what attribution and coreference need to know of each entity (gender, role words,
 * kind of organization). Built once per article from {@link Entities}; nothing here re-reads the
 * tokens, so honorifics, names and roles are decided in one place (the entity stage).
 */
import type { Country, MentionKind, Organization, Person } from '../types.js';
import type { Entities } from './entities/index.js';
import { orgKind } from './entities/nominal.js';
import { firstAtOrAfter } from '../util/search.js';

/** A person as coreference sees it. */
export interface PersonEntity {
  /** Entity id (`p1`). */
  id: string;
  /** Canonical name. */
  name: string;
  gender: 'male' | 'female' | null;
  /** Lower-case role titles (`trade and industry secretary`) and their last words (`secretary`), and a title used as an honorific (`cardinal`). */
  roleWords: Set<string>;
  /** Per role: the lower-case words of the role and of the few words written before it (`tory leader michael` for `Tory leader Michael Howard`'s role `leader`). */
  roleContexts: Array<Set<string>>;
  /** The entity stage's record (mentions are appended to it when pronouns and nominals resolve to it). */
  person: Person;
}

/** One mention of an entity, offsets as in the text. */
export interface EntityMention<T> {
  start: number;
  end: number;
  kind: MentionKind;
  ref: T;
}

/** Everything a speaker phrase can resolve to, each list sorted by start offset. */
export interface MentionLayer {
  people: Array<EntityMention<PersonEntity>>;
  organizations: Array<EntityMention<Organization>>;
  countries: Array<EntityMention<Country>>;
  /** Lower-case canonical name, alias, surname (and each part of a hyphenated surname) → the one person who has it; null when several do. */
  byAlias: Map<string, PersonEntity | null>;
  /** Lower-case role title or title word → the people who hold it. */
  roleHolders: Map<string, PersonEntity[]>;
  /** Organization kind (`company`, `union`, `club`, from `entities/nominal.ts`) → the organizations of that kind. */
  orgKinds: Map<string, Organization[]>;
  /** Person entity by id. */
  byId: Map<string, PersonEntity>;
}

/** Lower-case words of a title (`Deputy Foreign Minister` → `deputy foreign minister`, `minister`). */
function titleWords(title: string): string[] {
  const t = title.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!t) return [];
  const last = t.split(' ').pop()!;
  return t === last ? [t] : [t, last];
}

/**
 * Builds the mention layer of one article.
 *
 * @param entities the entity stage's output.
 * @param text the article text (the entities' offsets point into it).
 * @param titleBefore for a person mention, the title word written right before it, lower case
 *   (`cardinal` in `Cardinal Cormac Murphy-O'Connor`), or null; read from the entity stage's word view.
 */
export function buildMentionLayer(entities: Entities, text: string, titleBefore: (start: number) => string | null = () => null): MentionLayer {
  const people: Array<EntityMention<PersonEntity>> = [];
  const byAlias = new Map<string, PersonEntity | null>();
  const roleHolders = new Map<string, PersonEntity[]>();
  const byId = new Map<string, PersonEntity>();
  const addAlias = (key: string, ref: PersonEntity) => {
    const k = key.toLowerCase().replace(/[’']s$/, '');
    if (!k) return;
    const known = byAlias.get(k);
    byAlias.set(k, known === undefined || known === ref ? ref : null);
  };
  for (const p of entities.people) {
    const roleWords = new Set<string>();
    const roleContexts: Array<Set<string>> = [];
    for (const r of p.roles) {
      for (const w of titleWords(r.title)) roleWords.add(w);
      const before = r.end > r.start ? text.slice(Math.max(0, r.start - 30), r.end) : r.title;
      roleContexts.push(new Set(before.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean)));
    }
    for (const m of p.mentions) {
      const t = titleBefore(m.start);
      if (t) roleWords.add(t);
    }
    const ref: PersonEntity = { id: p.id, name: p.name, gender: p.gender, roleWords, roleContexts, person: p };
    byId.set(p.id, ref);
    addAlias(p.name, ref);
    const surname = p.name.split(/\s+/).pop()!;
    addAlias(surname, ref);
    // `Butler-Sloss` is also `Sloss` (and `Butler`) when no one else is
    if (surname.includes('-')) for (const part of surname.split('-')) if (part.length > 1) addAlias(part, ref);
    for (const a of p.aliases) addAlias(a, ref);
    for (const w of roleWords) {
      const list = roleHolders.get(w) ?? [];
      list.push(ref);
      roleHolders.set(w, list);
    }
    for (const m of p.mentions) people.push({ start: m.start, end: m.end, kind: m.kind, ref });
  }
  const organizations: Array<EntityMention<Organization>> = [];
  const orgKinds = new Map<string, Organization[]>();
  for (const o of entities.organizations) {
    for (const m of o.mentions) organizations.push({ start: m.start, end: m.end, kind: m.kind, ref: o });
    const kind = orgKind(o.name.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/[.,]/g, '')));
    if (kind) orgKinds.set(kind, [...(orgKinds.get(kind) ?? []), o]);
  }
  const countries: Array<EntityMention<Country>> = [];
  for (const c of entities.countries) for (const m of c.mentions) countries.push({ start: m.start, end: m.end, kind: m.kind, ref: c });
  const byStart = <T>(a: EntityMention<T>, b: EntityMention<T>) => a.start - b.start || a.end - b.end;
  people.sort(byStart);
  organizations.sort(byStart);
  countries.sort(byStart);
  return { people, organizations, countries, byAlias, roleHolders, orgKinds, byId };
}

/** Index of the first mention starting at or after `offset` (binary search). */
export function mentionAt<T>(list: Array<EntityMention<T>>, offset: number): number {
  return firstAtOrAfter(list, offset, (m) => m.start);
}

/** The last mention lying inside [start, end), or null. */
export function mentionWithin<T>(list: Array<EntityMention<T>>, start: number, end: number): EntityMention<T> | null {
  let best: EntityMention<T> | null = null;
  for (let i = mentionAt(list, start); i < list.length && list[i]!.start < end; i++) {
    if (list[i]!.end <= end) best = list[i]!;
  }
  return best;
}

/** The last mention ending at or before `offset` and starting at or after `from`, or null. */
export function mentionBefore<T>(list: Array<EntityMention<T>>, offset: number, from = 0): EntityMention<T> | null {
  for (let i = mentionAt(list, offset) - 1, n = 0; i >= 0 && n < 60; i--, n++) {
    const m = list[i]!;
    if (m.start < from) return null;
    if (m.end <= offset) return m;
  }
  return null;
}

/**
 * The people who hold a title given as lower-case words (`['tory', 'leader']`): a one-word title
 * matches a holder's title or its last word (`minister` ~ `Foreign Minister`); a longer one the
 * whole title, or a title with that last word written after the other words (`tory leader` ~ `Tory
 * leader Michael Howard`, whose role is `leader`).
 */
export function holdersOf(mentions: MentionLayer, words: string[]): PersonEntity[] {
  const full = words.join(' ');
  const exact = mentions.roleHolders.get(full);
  if (exact) return exact;
  if (words.length === 1) return [];
  return (mentions.roleHolders.get(words[words.length - 1]!) ?? []).filter((p) => p.roleContexts.some((c) => words.every((w) => c.has(w))));
}
