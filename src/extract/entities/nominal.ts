/**
 * Nominal references to organizations by kind: `the union's general secretary`, `the company's
 * chief executive`, `the ministry's spokesman` refer to the one organization of that kind named
 * in the article, when there is exactly one. Kinds come from the organization name's head word
 * (the word before `of`/`for`, else the last word: `National Union of Port and Dock Workers` →
 * union) or its legal suffix (`Atlantic Gateway Terminals Ltd` → company).
 */
import type { Context, Word } from './context.js';
import type { Item } from './scan.js';

/** Head words and legal suffixes → kind; the nominal word (`company`, `firm`) → the same kind. */
const KIND: Record<string, string> = {
  union: 'union', ministry: 'ministry', council: 'council', commission: 'commission', committee: 'committee',
  bank: 'bank', agency: 'agency', party: 'party', court: 'court', university: 'university', federation: 'federation',
  association: 'association', coalition: 'coalition', alliance: 'alliance', board: 'board', department: 'department',
  institute: 'institute', foundation: 'foundation', club: 'club', league: 'league', authority: 'authority',
  company: 'company', firm: 'company', corporation: 'company', ltd: 'company', limited: 'company', inc: 'company',
  incorporated: 'company', plc: 'company', corp: 'company', co: 'company', llc: 'company', sa: 'company', ag: 'company',
  ab: 'company', nv: 'company', gmbh: 'company', holdings: 'company', group: 'company',
};

/** Kind of an organization name given as word keys, or null. */
export function orgKind(keys: string[]): string | null {
  const of = keys.findIndex((k, i) => i > 0 && (k === 'of' || k === 'for'));
  const head = of > 0 ? keys[of - 1]! : keys.at(-1)!;
  return KIND[head] ?? KIND[keys.at(-1)!] ?? null;
}

/**
 * Collects, per kind, the distinct organization names of the document.
 * @returns kind → canonical names (a kind with two names is ambiguous).
 */
export function collectOrgKinds(ctx: Context, sentences: Item[][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const items of sentences) {
    for (const item of items) {
      let name: string | null = null;
      let keys: string[] = [];
      if (item.kind === 'org' && item.org) {
        name = item.org.name;
        keys = name.split(/[\s-]+/).map((w) => w.toLowerCase().replace(/[.,]/g, ''));
      } else if (item.kind === 'name' && item.type === 'org' && item.e - item.s >= 2) {
        for (let i = item.s; i < item.e; i++) keys.push(ctx.words[i]!.key);
        name = ctx.doc.text.slice(ctx.words[item.s]!.tok.start, ctx.words[item.e - 1]!.end);
      }
      if (!name) continue;
      const kind = orgKind(keys);
      if (!kind) continue;
      const list = out.get(kind) ?? [];
      if (!list.includes(name)) list.push(name);
      out.set(kind, list);
    }
  }
  return out;
}

/** The organization a possessive nominal word (`union's`, `company's`) refers to, or null. */
export function nominalOrg(ctx: Context, w: Word | undefined): string | null {
  if (!w || w.cap || !w.possessive || !ctx.orgKinds) return null;
  const kind = KIND[w.key];
  if (!kind) return null;
  const list = ctx.orgKinds.get(kind);
  return list && list.length === 1 ? list[0]! : null;
}

/**
 * The organization a capitalised kind word standing alone refers to (`Committee chairman …` after
 * `the Constitutional Affairs Committee`), when the article names exactly one of that kind; else null.
 */
export function headOrg(ctx: Context, w: Word | undefined): string | null {
  if (!w || !w.cap || w.possessive || !ctx.orgKinds) return null;
  const kind = KIND[w.key];
  if (!kind) return null;
  const list = ctx.orgKinds.get(kind);
  return list && list.length === 1 ? list[0]! : null;
}
