/**
 * Stage 5: roles. Finds the title a sentence gives a person, in the usual shapes:
 *
 * - before the name: `TITLE NAME`, `DEMONYM TITLE NAME` (`Russian Deputy Foreign Minister Gennady
 *   Gatilov`), `DEMONYM ORG TITLE NAME` (`Russian UN Ambassador Vitaly Churkin`), `ORG's TITLE NAME`,
 *   `COUNTRY TITLE NAME` (`U.S. Under Secretary Wendy Sherman`);
 * - after it, in apposition: `NAME, TITLE,`, `NAME, the ORG TITLE,` (`Brahimi, the UN envoy,`),
 *   `NAME, the TITLE of ORG/COUNTRY`, `NAME, who is TITLE`.
 *
 * The role span covers the title phrase as written (modifiers kept, demonyms and organizations
 * outside it).
 */
import type { CountryRef, Role } from '../../types.js';
import { spanOf, type Context } from './context.js';
import type { Item } from './scan.js';
import { headOrg, nominalOrg } from './nominal.js';

/** Words skipped between the comma and an appositive title. */
const APPOSITION_FILLERS = new Set(['the', 'a', 'an', 'who', 'is', 'was', 'now', 'also', 'then', 'currently', 'its', 'his', 'her', 'their', 'as', 'has', 'been', 'became', 'becomes']);
/** Words that link a title to its organization or country after it. */
const OF_WORDS = new Set(['of', 'at', 'for', 'to', 'in']);

interface Attach {
  country: CountryRef | null;
  organization: string | null;
}

function orgName(ctx: Context, item: Item): string | null {
  if (item.kind === 'org') return item.org!.name;
  if (item.kind === 'name' && item.type === 'org') return spanOf(ctx, item.s, item.e).text;
  return null;
}

function countryOf(ctx: Context, item: Item): CountryRef | null {
  if (item.kind !== 'country' || !item.country || item.country.kind === 'capital') return null;
  return ctx.lex.countries.get(item.country.code) ?? null;
}

/** Collects country/organization qualifiers from adjacent items (ending right before `end`). */
function qualifiersBefore(ctx: Context, items: Item[], k: number, out: Attach): void {
  let j = k;
  for (let n = 0; n < 3 && j > 0; n++) {
    const q = items[j - 1]!;
    const cur = items[j]!;
    if (q.e !== cur.s || (ctx.words[q.e - 1]!.breakAfter && !ctx.words[q.e - 1]!.possessive)) break;
    const c = countryOf(ctx, q);
    const o = orgName(ctx, q);
    if (c && !out.country) out.country = c;
    else if (o && !out.organization) out.organization = o;
    else break;
    j--;
  }
}

function makeRole(ctx: Context, title: Item, attach: Attach): Role {
  const span = spanOf(ctx, title.s, title.e);
  // `former-President` is the title `former President`; the span stays as written
  return { title: span.text.replace(/^(former)-(?=\p{L})/iu, '$1 '), country: attach.country, organization: attach.organization, ...span };
}

/**
 * Roles of the person item at index k of a sentence's items.
 * @returns roles in text order (before-name shape first).
 */
export function rolesFor(ctx: Context, items: Item[], k: number, itemAt: Map<number, number>): Role[] {
  const roles: Role[] = [];
  const person = items[k]!;
  const words = ctx.words;
  // before the name; an honorific may stand between (`the Lord Chancellor Lord Falconer`)
  const h = items[k - 1];
  const viaHonorific = h?.kind === 'honorific' && h.e === person.s && !words[h.e - 1]!.breakAfter && items[k - 2]?.e === h.s;
  const tk = viaHonorific ? k - 2 : k - 1;
  const t = items[tk];
  const target = viaHonorific ? h! : person;
  const tLast = t ? words[t.e - 1]! : undefined;
  const closedAfter = words[person.e - 1]!.tok.post.includes(',') || person.e >= words.length || words[person.e]!.tok.sentence !== words[person.s]!.tok.sentence;
  // `TITLE NAME`, or `TITLE, NAME,` (`Poland's agriculture minister, Tomasz Wrona,`)
  if (t && tLast && t.kind === 'title' && t.e === target.s && (!tLast.breakAfter || (tLast.tok.post.trim() === ',' && closedAfter))) {
    const attach: Attach = { country: null, organization: null };
    qualifiersBefore(ctx, items, tk, attach);
    const before = words[t.s - 1];
    attach.organization ??= nominalOrg(ctx, before); // `the union's general secretary`
    // `Committee chairman Alan Beith`: a capitalised kind word, alone, names the one committee of the article
    if (!attach.organization && before && items[tk - 1]?.e !== t.s && !before.breakAfter) attach.organization = headOrg(ctx, before);
    roles.push(makeRole(ctx, t, attach));
  }
  // after the name, in apposition
  const last = words[person.e - 1]!;
  if (!last.tok.post.includes(',')) return roles;
  let i = person.e;
  let n = 0;
  while (i < words.length && n < 4 && APPOSITION_FILLERS.has(words[i]!.key) && !itemAt.has(i)) {
    i++;
    n++;
  }
  // lower-case words before the title: `the central bank governor`, `the company's chief executive`
  let nominal: string | null = null;
  for (let m = 0; m < 3 && i < words.length && !itemAt.has(i); m++) {
    const w = words[i]!;
    const org = nominalOrg(ctx, w); // `company's` may be tagged as `company is`
    if (!org && (w.cap || w.breakAfter || !w.alpha || w.tags.has('Verb') || w.tok.sentence !== last.tok.sentence)) break;
    nominal ??= org;
    i++;
  }
  const attach: Attach = { country: null, organization: null };
  let idx = itemAt.get(i);
  let title: Item | undefined;
  for (let guard = 0; idx !== undefined && guard < 4; guard++) {
    const it = items[idx]!;
    if (it.kind === 'title') {
      title = it;
      break;
    }
    const c = countryOf(ctx, it);
    const o = orgName(ctx, it);
    if (c && !attach.country) attach.country = c;
    else if (o && !attach.organization) attach.organization = o;
    else break;
    if (words[it.e - 1]!.breakAfter && !words[it.e - 1]!.possessive) break;
    idx = itemAt.get(it.e);
  }
  if (!title || words[title.s]!.tok.sentence !== last.tok.sentence) return roles;
  // the title must end the apposition: a comma, the sentence end, or `of/at/for ORG|COUNTRY`
  const end = words[title.e - 1]!;
  let ok = end.breakAfter || title.e >= words.length || words[title.e]!.tok.sentence !== last.tok.sentence;
  const of = words[title.e];
  if (!ok && of && OF_WORDS.has(of.key)) {
    let j = title.e + 1;
    if (words[j]?.key === 'the') j++;
    const q = itemAt.get(j);
    if (q !== undefined) {
      const c = countryOf(ctx, items[q]!);
      const o = orgName(ctx, items[q]!);
      if (c || o) {
        attach.country ??= c;
        attach.organization ??= o;
        ok = true;
      }
    }
  }
  if (ok) {
    attach.organization ??= nominal;
    roles.push(makeRole(ctx, title, attach));
  }
  return roles;
}
