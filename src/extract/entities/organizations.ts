/**
 * Stage 7: organizations. Known organizations (lexicon) and runs classified as organizations are
 * merged per organization: by canonical name; an acronym in brackets after a name
 * (`North Atlantic Treaty Organization (NATO)`) or spelling a name's initials joins that
 * organization; `the council` / `the ministry` is linked (kind `nominal`) to the one organization
 * named before it whose head word it is, when there is exactly one.
 */
import type { Mention, Organization } from '../../types.js';
import { spanOf, type Context } from './context.js';
import type { Item } from './scan.js';

/** Head nouns that, after `the`, refer back to a named organization. */
const NOMINAL_HEADS = new Set([
  'ministry', 'council', 'commission', 'committee', 'bank', 'agency', 'party', 'court', 'union', 'company', 'group',
  'coalition', 'alliance', 'association', 'federation', 'university', 'board', 'department', 'organisation', 'organization',
  'corporation', 'firm', 'club', 'league', 'assembly', 'parliament', 'senate', 'institute', 'foundation', 'tribunal',
]);

interface OrgCluster {
  name: string;
  nameKey: string;
  acronym: string | null;
  mentions: Mention[];
  initials: string;
}

/** Club and company suffixes that a short reference leaves out (`Harbour City` = `Harbour City FC`). */
const LEGAL_SUFFIXES = /\s+(fc|afc|cf|sc|plc|inc\.?|ltd\.?|llc|corp\.?|corporation|co\.?|company|group|holdings)$/i;

/** Lower-case name without a club or company suffix. */
function stripSuffix(name: string): string {
  return name.toLowerCase().replace(LEGAL_SUFFIXES, '');
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * Builds organizations from org items (known organizations and organization runs), in text order.
 * @returns organizations in order of first mention, ids `o1`, `o2`, …
 */
export function buildOrganizations(ctx: Context, items: Item[]): Organization[] {
  const clusters: OrgCluster[] = [];
  const byKey = new Map<string, OrgCluster>();
  const byAcronym = new Map<string, OrgCluster>();
  let last: { item: Item; cluster: OrgCluster } | null = null;
  for (const item of items) {
    const span = spanOf(ctx, item.s, item.e);
    const known = item.kind === 'org' ? item.org! : null;
    const name = known ? known.name : span.text;
    const inBrackets: boolean =
      last !== null && last.item.e === item.s && (ctx.words[item.s]!.tok.pre.includes('(') || ctx.words[item.s - 1]!.tok.post.trim() === ',');
    const isAcronym: boolean = known
      ? known.acronym === span.text.replace(/\./g, '')
      : item.e - item.s === 1 &&
        (ctx.words[item.s]!.upper || (inBrackets && last!.cluster.initials === span.text.toUpperCase()));
    const core = known ? null : withoutCountry(ctx, item);
    let cluster: OrgCluster | undefined =
      byKey.get(name.toLowerCase()) ??
      byKey.get(stripSuffix(name)) ??
      (core ? byKey.get(stripSuffix(core)) : undefined) ??
      // `Rusi's own estimates` after `Royal United Services Institute (Rusi)`
      (item.e - item.s === 1 ? byAcronym.get(span.text.replace(/\./g, '').toUpperCase()) : undefined) ??
      (isAcronym ? byAcronym.get(span.text.replace(/\./g, '').toUpperCase()) : undefined);
    // `Name (ACRONYM)`
    if (!cluster && isAcronym && last && last.item.e === item.s && ctx.words[item.s]!.tok.pre.includes('(')) cluster = last.cluster;
    if (!cluster && isAcronym && !known) {
      cluster = clusters.find((c) => c.initials.length >= 2 && c.initials === span.text.replace(/\./g, '').toUpperCase());
    }
    if (!cluster) {
      cluster = { name, nameKey: name.toLowerCase(), acronym: known?.acronym ?? null, mentions: [], initials: initialsOf(name) };
      clusters.push(cluster);
      byKey.set(cluster.nameKey, cluster);
      byKey.set(stripSuffix(name), cluster);
      if (core && !byKey.has(stripSuffix(core))) byKey.set(stripSuffix(core), cluster); // `US Carnival Corporation` → `Carnival`
      if (cluster.acronym) byAcronym.set(cluster.acronym.toUpperCase(), cluster);
    } else if (isAcronym && !cluster.acronym && span.text !== cluster.name) {
      cluster.acronym = span.text.toUpperCase() === cluster.initials ? cluster.initials : span.text;
      byAcronym.set(span.text.replace(/\./g, '').toUpperCase(), cluster);
    } else if (!known && !isAcronym && name.length > cluster.name.length && stripSuffix(name) === stripSuffix(cluster.name)) {
      cluster.name = name; // `Harbour City` then `Harbour City FC`: the fuller name is canonical
      byKey.set(name.toLowerCase(), cluster);
    }
    const kind: Mention['kind'] =
      span.text === cluster.name ? 'name' : isAcronym || span.text.replace(/\./g, '') === cluster.acronym ? 'acronym' : 'alias';
    cluster.mentions.push({ ...span, kind });
    last = { item, cluster };
  }
  mergeLateAcronyms(clusters);
  addNominals(ctx, clusters);
  return clusters.map((c, i) => ({
    id: `o${i + 1}`,
    name: c.name,
    acronym: c.acronym,
    aliases: [...new Set(c.mentions.filter((m) => m.kind !== 'nominal' && m.text !== c.name).map((m) => m.text))],
    mentions: c.mentions.sort((a, b) => a.start - b.start),
  }));
}

/**
 * Name without a leading country form (`US Carnival Corporation` → `Carnival Corporation`), or null
 * when the name does not start with one or nothing would be left.
 */
function withoutCountry(ctx: Context, item: Item): string | null {
  if (item.e - item.s < 2) return null;
  const c = ctx.lex.countryForms.match(ctx.words, item.s, item.e);
  if (!c || c.length >= item.e - item.s || c.value.kind === 'demonym') return null;
  return spanOf(ctx, item.s + c.length, item.e).text;
}

/**
 * `MPC … the Monetary Policy Committee`: an acronym mentioned before the name it abbreviates joins
 * that organization (its name's initials), when exactly one organization has those initials.
 */
function mergeLateAcronyms(clusters: OrgCluster[]): void {
  for (let a = clusters.length - 1; a >= 0; a--) {
    const acr = clusters[a]!;
    if (!/^\p{Lu}{2,6}$/u.test(acr.name) || acr.acronym) continue;
    const full = clusters.filter((c) => c !== acr && c.initials === acr.name && c.name.includes(' '));
    if (full.length !== 1) continue;
    const target = full[0]!;
    target.acronym ??= acr.name;
    for (const m of acr.mentions) target.mentions.push({ ...m, kind: 'acronym' });
    clusters.splice(a, 1);
  }
}

/** `the council` → the one organization named before whose last word is `Council`. */
function addNominals(ctx: Context, clusters: OrgCluster[]): void {
  if (clusters.length === 0) return;
  const byHead = new Map<string, OrgCluster[]>();
  for (const c of clusters) {
    const head = c.name.split(/\s+/).at(-1)!.toLowerCase();
    if (NOMINAL_HEADS.has(head)) byHead.set(head, [...(byHead.get(head) ?? []), c]);
  }
  if (byHead.size === 0) return;
  const words = ctx.words;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.cap || words[i - 1]!.key !== 'the' || words[i - 1]!.breakAfter) continue;
    const list = byHead.get(w.key);
    if (!list || list.length !== 1) continue;
    const c = list[0]!;
    const firstStart = c.mentions[0]!.start;
    if (firstStart >= w.tok.start) continue;
    const next = words[i + 1];
    if (next && !w.breakAfter && (next.cap || next.key === 'of')) continue; // `the council of …`: another body
    const span = spanOf(ctx, i, i + 1);
    c.mentions.push({ ...span, kind: 'nominal' });
  }
}
