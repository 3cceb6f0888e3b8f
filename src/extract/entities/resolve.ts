/**
 * Stage 3: document-level resolution. A name decided somewhere in the article settles the same
 * name where local evidence was missing or generic: a sentence-initial `Brahimi` after `Lakhdar
 * Brahimi`, `LEICESTERSHIRE` in a capitals headline after `Leicestershire` was an organization, a
 * bare surname after a full name, `Nagorno-Karabakh` everywhere after `the Nagorno-Karabakh region`.
 * Single words with only soft evidence are settled by a weighted vote over all their mentions
 * (`news agency Tanjug` outweighs `Tanjug said`). In a sports document, a name seen in a results
 * or fixture pattern (`X 2 Y 1`, `X beat Y`, `v X`) is a team everywhere (`teams.ts`).
 * Linear: one map build, one look-up per run.
 */
import type { Context } from './context.js';
import type { Item } from './scan.js';
import { teamKeys } from './teams.js';

type Decided = 'person' | 'org' | 'place';

/** Rules whose decision rests on the shape of the words only: evidence from a specific cue elsewhere wins over them. */
const GENERIC = new Set(['uncommon-words', 'person-tag', 'org-tag', 'name-said', 'team-score', 'after-locative']);

/** Weight of a soft rule's vote (see `classify.ts` for the rules). */
const VOTE_WEIGHT: Record<string, number> = {
  'person-tag': 1, 'speech-verb': 1, 'org-tag': 1, 'place-tag': 1, acronym: 1,
  'org-noun': 2, 'team-score': 2, 'sports-opponent': 2, 'of-country': 2, 'after-locative': 2, 'strong-org-noun': 3,
};

/** Person decisions that a team pattern never overrides. */
const FIRM_PERSON = new Set(['after-honorific', 'after-title', 'initial-surname', 'given-name', 'age-apposition', 'surname', 'name-variant']);

/** Lower-case key of a run: its word keys joined by spaces. */
export function runKey(ctx: Context, item: Item): string {
  const out: string[] = [];
  for (let i = item.s; i < item.e; i++) out.push(ctx.words[i]!.key);
  return out.join(' ');
}

/**
 * Settles undecided runs of all sentences in place (`type` set to person/org/place/none), and
 * joins runs of adjacent words in capitals that together spell a name decided elsewhere
 * (`MICHAEL JOHNSON`).
 *
 * @param sentences items of each sentence (from `scanSentence` + `classifySentence`).
 */
export function resolveDocument(ctx: Context, sentences: Item[][]): void {
  const byKey = new Map<string, Decided>();
  const byKeyGeneric = new Map<string, Decided>();
  const surnames = new Set<string>();
  /** Surnames known only from generic decisions (`Lebed Chechnya` in a headline): a vote for another type wins. */
  const genericSurnames = new Set<string>();
  const givenOnly = new Set<string>();
  /** First words of organization names (`Northgate` of `Northgate Leisure plc`). */
  const orgHeads = new Set<string>();
  const votes = new Map<string, Record<Decided, number>>();
  /** Votes from context cues only (not the tagger's guess): these outweigh a surname known from a generic decision. */
  const cueVotes = new Map<string, Record<Decided, number>>();
  for (const items of sentences) {
    for (const item of items) {
      if (item.kind === 'org') byKey.set(runKey(ctx, item), 'org');
      if (item.kind === 'person') byKey.set(runKey(ctx, item), 'person');
      if (item.kind !== 'name') continue;
      const key = runKey(ctx, item);
      if (item.fallback && item.fallbackReason) {
        const v = votes.get(key) ?? { person: 0, org: 0, place: 0 };
        const weight = VOTE_WEIGHT[item.fallbackReason] ?? 1;
        v[item.fallback] += weight;
        votes.set(key, v);
        if (weight >= 2) {
          const c = cueVotes.get(key) ?? { person: 0, org: 0, place: 0 };
          c[item.fallback] += weight;
          cueVotes.set(key, c);
        }
      }
      if (!item.type || item.type === 'none') continue;
      const map = GENERIC.has(item.reason ?? '') ? byKeyGeneric : byKey;
      if (!map.has(key)) map.set(key, item.type);
      if (item.type === 'org' && item.e - item.s >= 2 && !ctx.lex.commonWords.has(ctx.words[item.s]!.key)) orgHeads.add(ctx.words[item.s]!.key);
      if (item.type === 'person' && !GENERIC.has(item.reason ?? '')) addPerson(ctx, item, surnames, givenOnly);
    }
  }
  // generic decisions give surnames only where no specific cue says otherwise
  for (const items of sentences) {
    for (const item of items) {
      if (item.kind !== 'name' || item.type !== 'person' || !GENERIC.has(item.reason ?? '')) continue;
      const specific = byKey.get(runKey(ctx, item));
      if (specific === undefined || specific === 'person') {
        const last = ctx.words[item.e - 1]!.key;
        if (!surnames.has(last)) genericSurnames.add(last);
        addPerson(ctx, item, surnames, givenOnly);
      }
    }
  }
  for (const items of sentences) {
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (item.kind !== 'name') continue;
      if (item.type && item.type !== 'none') {
        // a generic decision yields to a specific cue for the same name elsewhere
        const specific = GENERIC.has(item.reason ?? '') ? byKey.get(runKey(ctx, item)) : undefined;
        if (specific && specific !== item.type) {
          item.type = specific;
          item.reason = 'document';
        }
        continue;
      }
      const shouting = ctx.words[item.s]!.shouting;
      if (shouting) {
        // longest run of adjacent capitals words that spells a known name
        let best = 0;
        let bestType: Decided | undefined;
        let key = '';
        for (let m = k; m < items.length && m < k + 4; m++) {
          const it = items[m]!;
          if (it.kind !== 'name' || (m > k && (it.s !== items[m - 1]!.e || ctx.words[it.s - 1]!.breakAfter))) break;
          key = key ? `${key} ${runKey(ctx, it)}` : runKey(ctx, it);
          const t = byKey.get(key) ?? byKeyGeneric.get(key);
          if (t) {
            best = m - k;
            bestType = t;
          }
        }
        if (bestType) {
          item.e = items[k + best]!.e;
          items.splice(k + 1, best);
          item.type = bestType;
          item.reason = 'document';
        } else if (surnames.has(runKey(ctx, item))) {
          item.type = 'person';
          item.reason = 'surname';
        } else item.type = 'none';
        continue;
      }
      const key = runKey(ctx, item);
      const t = byKey.get(key) ?? byKeyGeneric.get(key);
      const vote = winner(votes.get(key));
      const cueVote = winner(cueVotes.get(key));
      if (t) {
        item.type = t;
        item.reason = 'document';
      } else if (item.e - item.s === 1 && surnames.has(key) && !(genericSurnames.has(key) && cueVote && cueVote !== 'person')) {
        item.type = 'person';
        item.reason = 'surname';
      } else if (item.e - item.s === 1 && orgHeads.has(key)) {
        item.type = 'org';
        item.reason = 'org-short-name';
      } else if (item.e - item.s >= 2 && surnames.has(ctx.words[item.e - 1]!.key) && givenOnly.has(ctx.words[item.s]!.key)) {
        item.type = 'person';
        item.reason = 'name-variant';
      } else if (vote) {
        item.type = vote;
        item.reason = 'vote';
      } else item.type = 'none';
    }
  }
  // sports documents: a name in a results or fixture pattern is a team everywhere
  const teams = teamKeys(ctx, sentences);
  if (teams.size === 0) return;
  for (const items of sentences) {
    for (const item of items) {
      if (item.kind !== 'name' || item.type === 'org') continue;
      const key = runKey(ctx, item);
      if (!teams.has(key) || (item.type === 'person' && FIRM_PERSON.has(item.reason ?? ''))) continue;
      if (surnames.has(key) && item.type === 'person') continue;
      item.type = 'org';
      item.reason = 'team';
    }
  }
}

function addPerson(ctx: Context, item: Item, surnames: Set<string>, givenOnly: Set<string>): void {
  surnames.add(ctx.words[item.e - 1]!.key);
  if (item.e - item.s >= 2) givenOnly.add(ctx.words[item.s]!.key);
}

/** The type with the highest vote, or undefined. Ties go to organization, then place. */
function winner(v: Record<Decided, number> | undefined): Decided | undefined {
  if (!v) return undefined;
  let best: Decided | undefined;
  let score = 0;
  for (const t of ['org', 'place', 'person'] as Decided[]) {
    if (v[t] > score) {
      best = t;
      score = v[t];
    }
  }
  return best;
}
