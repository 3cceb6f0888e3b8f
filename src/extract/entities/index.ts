/**
 * Entity extraction: people (with roles), countries and organizations, by rules and lexicons on
 * top of the tagger's tokens. Stages, one file each:
 *
 * 0. `context.ts`   — words with flags (capitalised, possessive, punctuation, shouting lines)
 * 1. `scan.ts`      — lexicon matches and proper-name runs per sentence
 * 2. `classify.ts`  — local evidence: person / organization / place
 * 3. `resolve.ts`   — document-level: names decided elsewhere, surnames
 * 4. `people.ts`    — one entry per person, aliases, gender
 * 5. `roles.ts`     — titles and roles around person mentions
 * 6. `countries.ts` — country mentions, capitals acting for governments
 * 7. `organizations.ts` — organizations, acronyms, nominal references
 *
 * Every stage is linear in the number of tokens.
 */
import type { ArticleDocument, Country, Organization, Person } from '../../types.js';
import type { Lexicon } from '../../lexicons/index.js';
import { buildContext } from './context.js';
import { scanSentence, type Item } from './scan.js';
import { classifySentence } from './classify.js';
import { resolveDocument } from './resolve.js';
import { buildPeople, personMention, type PersonMention } from './people.js';
import { rolesFor } from './roles.js';
import { buildCountries } from './countries.js';
import { buildOrganizations } from './organizations.js';
import { collectOrgKinds } from './nominal.js';

/** Number of letters in an item's words (`C$`, `N` are not organization names). */
function letters(ctx: ReturnType<typeof buildContext>, item: Item): number {
  let n = 0;
  for (let i = item.s; i < item.e; i++) n += ctx.words[i]!.key.replace(/[^\p{L}]/gu, '').length;
  return n;
}

/** The entities of one article, passed on to the quotation stage. */
export interface Entities {
  people: Person[];
  countries: Country[];
  organizations: Organization[];
}

/**
 * Finds the people, countries and organizations of a tagged document.
 *
 * @param doc a document whose `tokens` are filled (`tagDocument`).
 * @param lexicon the loaded lexicon.
 * @returns entities in order of first mention; every mention a span of `doc.text`.
 */
export function extractEntities(doc: ArticleDocument, lexicon: Lexicon): Entities {
  const ctx = buildContext(doc, lexicon.entity);
  const sentences: Item[][] = ctx.sentences.map(([a, b]) => {
    const items = scanSentence(ctx, a, b);
    classifySentence(ctx, items);
    return items;
  });
  resolveDocument(ctx, sentences);
  ctx.orgKinds = collectOrgKinds(ctx, sentences);

  const personMentions: PersonMention[] = [];
  const countryItems: Item[] = [];
  const orgItems: Item[] = [];
  for (const items of sentences) {
    const itemAt = new Map<number, number>();
    items.forEach((it, k) => itemAt.set(it.s, k));
    items.forEach((item, k) => {
      if (item.kind === 'person' || (item.kind === 'name' && item.type === 'person')) {
        const m = personMention(ctx, item, items[k - 1]);
        m.roles = rolesFor(ctx, items, k, itemAt);
        personMentions.push(m);
      } else if (item.kind === 'country') countryItems.push(item);
      else if (item.kind === 'org' || (item.kind === 'name' && item.type === 'org' && letters(ctx, item) >= 2)) orgItems.push(item);
    });
  }
  return {
    people: buildPeople(ctx, personMentions),
    countries: buildCountries(ctx, countryItems),
    organizations: buildOrganizations(ctx, orgItems),
  };
}
