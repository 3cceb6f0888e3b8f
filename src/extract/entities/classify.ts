/**
 * Stage 2: decides, sentence by sentence, whether each proper-name run is a person, an
 * organization, a place or nothing, from local evidence (rules below, first match wins). Runs
 * without local evidence stay undecided and are settled by the document-level pass
 * (`resolve.ts`): a bare `Gatilov` after `Gennady Gatilov`.
 */
import { hasTag, type Context, type Word } from './context.js';
import { isScore, type Item } from './scan.js';

const PLACE_TAGS = ['Place', 'City', 'Country', 'Region', 'Address'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
/** Prepositions that put a name in a place (`in`, `near`), not `to`/`from`/`with`, which also take people. */
const LOCATIVE = new Set(['in', 'near', 'into', 'across', 'throughout', 'outside', 'inside', 'around']);

/** True when `the`, `a` or `an` comes right before the run: a product or a firm, not a person (`the Mac Mini`). */
function afterArticle(v: RunView): boolean {
  const w = v.ctx.words[v.item.s - 1];
  return w !== undefined && !w.cap && !w.breakAfter && (w.key === 'the' || w.key === 'a' || w.key === 'an') && v.prev === undefined;
}

/** Local evidence for one run; see {@link RULES}. */
interface RunView {
  ctx: Context;
  item: Item;
  words: Word[];
  /** The adjacent item before the run, if any. */
  prev: Item | undefined;
  /** The word after the run. */
  next: Word | undefined;
  /** The item before the run, adjacent or not. */
  before: Item | undefined;
}

/** True when the word right before the run is `of` or a locative preposition (`the mayor of X`, `in X`). */
function prepositionBefore(v: RunView): boolean {
  const before = v.ctx.words[v.item.s - 1];
  return before !== undefined && !before.breakAfter && (before.key === 'of' || v.ctx.lex.locativePrepositions.has(before.key));
}

/**
 * True when the word right before the run is one of `heads` or the word right after it one of
 * `tails`, with no break between it and the run; with `lowerOnly`, that word must not be
 * capitalised (`the daily Gazeta`, `Le Soir newspaper`, `beat Somerset`).
 */
function cueBeside(v: RunView, heads: Set<string>, tails: Set<string>, lowerOnly: boolean): boolean {
  const before = v.ctx.words[v.item.s - 1];
  const beforeOk = before !== undefined && !(lowerOnly && before.cap) && !before.breakAfter && heads.has(before.key);
  const afterOk = v.next !== undefined && !(lowerOnly && v.next.cap) && !v.words.at(-1)!.breakAfter && tails.has(v.next.key);
  return beforeOk || afterOk;
}

/**
 * Rules as data: first match wins. `soft` rules rest on the tagger's guess alone: for a single word they only give a fallback, so a
 * surname known from elsewhere in the article wins (`Assad's government` is Assad, not an organization).
 */
const RULES: Array<{ reason: string; type: 'person' | 'org' | 'place'; soft?: boolean; match: (v: RunView) => boolean; example: string }> = [
  {
    reason: 'station-number',
    type: 'org',
    example: 'Channel 4, BBC Radio 5',
    match: (v) => v.words.length >= 2 && /^\d/.test(v.words.at(-1)!.tok.text) && v.ctx.lex.stationWords.has(v.words.at(-2)!.key),
  },
  {
    reason: 'org-suffix-cue',
    type: 'org',
    example: 'Norwich City, Labour Party, Acme Holdings',
    match: (v) => v.words.length >= 2 && v.ctx.lex.orgSuffixCues.has(v.words.at(-1)!.key),
  },
  {
    reason: 'org-prefix-cue',
    type: 'org',
    example: 'Bank of England, Ministry of Defence',
    match: (v) =>
      v.words.some(
        (w, i) =>
          (w.key === 'of' || w.key === 'for') &&
          i > 0 &&
          (v.ctx.lex.orgPrefixCues.has(v.words[0]!.key) || v.ctx.lex.orgSuffixCues.has(v.words[i - 1]!.key)),
      ),
  },
  {
    reason: 'org-prefix-country',
    type: 'org',
    example: 'Air France, Bank Indonesia',
    match: (v) =>
      v.words.length >= 2 &&
      v.ctx.lex.orgPrefixCues.has(v.words[0]!.key) &&
      v.ctx.lex.countryForms.match(v.ctx.words, v.item.e - 1, v.item.e)?.value.kind === 'name',
  },
  {
    reason: 'ampersand',
    type: 'org',
    example: 'Douglas & Lomason, Marks & Spencer (a person name never holds `&`)',
    match: (v) => v.words.some((w) => w.tok.text === '&' || w.tok.pre.includes('&') || w.tok.post.includes('&')) && v.words.length >= 2,
  },
  {
    reason: 'strong-org-noun',
    type: 'org',
    soft: true,
    example: 'the daily Zycie Warszawy, news weekly Der Spiegel, Le Matin newspaper',
    match: (v) => cueBeside(v, v.ctx.lex.strongHeadNouns, v.ctx.lex.strongTailNouns, true),
  },
  {
    reason: 'staff-at',
    type: 'org',
    soft: true,
    example: 'David Anders at Merrill Lynch, analysts from Citigroup Smith Barney',
    match: (v) => {
      const at = v.ctx.words[v.item.s - 1];
      const who = v.ctx.words[v.item.s - 2];
      if (!at || !who || (at.key !== 'at' && at.key !== 'from') || at.breakAfter || who.breakAfter || v.words.at(-1)!.possessive) return false;
      const afterPerson = v.before?.e === v.item.s - 1 && (v.before.kind === 'person' || v.before.type === 'person');
      return afterPerson || ((!who.cap || who.sentStart) && v.ctx.lex.staffNouns.has(who.key));
    },
  },
  {
    reason: 'after-honorific',
    type: 'person',
    example: 'Mr Halden, Dr Kowal',
    match: (v) => v.prev?.kind === 'honorific',
  },
  {
    reason: 'at-title',
    type: 'org',
    example: 'a director at analyst Gartner, a trader at broker Cazenove (a lower-case role word after `at` names the firm)',
    match: (v) => {
      if (v.prev?.kind !== 'title' || v.words.length > 2) return false;
      const first = v.ctx.words[v.prev.s]!;
      const at = v.ctx.words[v.prev.s - 1];
      return !first.cap && at?.key === 'at' && !at.breakAfter && !v.ctx.lex.givenNames.has(v.words[0]!.key);
    },
  },
  {
    reason: 'after-title',
    type: 'person',
    example: 'President Bashar Assad, mediator Lakhdar Brahimi',
    match: (v) =>
      v.prev?.kind === 'title' &&
      !v.ctx.words[v.prev.e - 1]!.possessive && // `Prime Minister's Questions`
      !(v.words.length === 1 && hasTag(v.words[0], ...PLACE_TAGS)),
  },
  {
    reason: 'initial-surname',
    type: 'person',
    example: 'N. Knight, P. Such',
    match: (v) =>
      v.words.length >= 2 &&
      v.words[0]!.key.length === 1 &&
      v.words[0]!.tok.post.startsWith('.') &&
      !v.ctx.lex.orgSuffixCues.has(v.words.at(-1)!.key) &&
      !v.words[0]!.shouting,
  },
  {
    reason: 'place-noun',
    type: 'place',
    example: 'the Tanjung Priok port, the disputed Karabakh region, Charles de Gaulle airport',
    match: (v) => v.next !== undefined && !v.next.cap && !v.words.at(-1)!.breakAfter && !v.words.at(-1)!.possessive && v.ctx.lex.placeNouns.has(v.next.key),
  },
  {
    reason: 'place-suffix',
    type: 'place',
    example: 'Grace Road, Tahrir Square, Jebel Akhdar Mountains',
    match: (v) => v.words.length >= 2 && v.ctx.lex.placeSuffixes.has(v.words.at(-1)!.key),
  },
  {
    reason: 'place-head-of',
    type: 'place',
    example: 'the town of Urus-Martan, the province of Helmand',
    match: (v) => {
      const of = v.ctx.words[v.item.s - 1];
      const head = v.ctx.words[v.item.s - 2];
      return of?.key === 'of' && !of.breakAfter && head !== undefined && !head.cap && !head.breakAfter && v.ctx.lex.placeHeads.has(head.key);
    },
  },
  {
    reason: 'is-a-firm',
    type: 'org',
    example: 'Beck-Crespel is a specialist steel firm in …, Corvel was a small company',
    match: (v) => {
      const { words, lex } = v.ctx;
      const cop = v.next;
      if (!cop || v.words.at(-1)!.breakAfter || (cop.key !== 'is' && cop.key !== 'was') || cop.breakAfter) return false;
      const art = words[v.item.e + 1];
      if (!art || (art.key !== 'a' && art.key !== 'an' && art.key !== 'the')) return false;
      for (let i = v.item.e + 2, n = 0; i < words.length && n < 4 && !words[i - 1]!.breakAfter; i++, n++) {
        const w = words[i]!;
        if (w.cap || !w.alpha) return false;
        if (lex.firmNouns.has(w.key)) {
          const after = words[i + 1];
          return w.breakAfter || !after || after.cap || !hasTag(after, 'Noun') || hasTag(after, 'Preposition');
        }
      }
      return false;
    },
  },
  {
    reason: 'given-name',
    type: 'person',
    example: 'Tennisha Maddox (not `the Mac Mini`: a person name takes no article; not `West Ham`: see nonPersonStarts)',
    match: (v) =>
      v.words.length >= 2 &&
      !afterArticle(v) &&
      v.ctx.lex.givenNames.has(v.words[0]!.key) &&
      !v.ctx.lex.nonPersonStarts.has(v.words[0]!.key) &&
      !v.words[0]!.shouting &&
      !v.ctx.lex.nonNames.has(v.words.at(-1)!.key),
  },
  {
    reason: 'after-locative',
    soft: true,
    type: 'place',
    example: 'peace in Chechnya, fighting near Sergiyev Posad',
    match: (v) => {
      const before = v.ctx.words[v.item.s - 1];
      return (
        before !== undefined &&
        !before.breakAfter &&
        LOCATIVE.has(before.key) &&
        !v.words.at(-1)!.possessive &&
        (v.words.length === 1 || !v.words.some((w) => hasTag(w, ...PERSON_TAGS))) &&
        !(v.next !== undefined && !v.words.at(-1)!.breakAfter && v.ctx.lex.speechVerbs.has(v.next.key))
      );
    },
  },
  {
    reason: 'org-tag',
    soft: true,
    type: 'org',
    example: 'tagger says Organization for every word',
    match: (v) => v.words.every((w) => hasTag(w, 'Organization')) && !v.words.some((w) => hasTag(w, ...PERSON_TAGS)),
  },
  {
    reason: 'person-tag',
    soft: true,
    type: 'person',
    example: 'tagger says Person (not for a lone `Chelsea`, `Kent`, `Brent`: see notGivenNames; not a lone honorific, `Mr. and Mrs. Rossi`)',
    match: (v) =>
      v.words.some((w) => hasTag(w, ...PERSON_TAGS)) &&
      !v.words.every((w) => v.ctx.lex.honorifics.has(w.key)) &&
      !v.words.every((w) => hasTag(w, ...PLACE_TAGS)) &&
      !v.words[0]!.shouting &&
      !(v.words.length === 1 && v.ctx.lex.notGivenNames.has(v.words[0]!.key) && !hasTag(v.words[0], 'LastName')),
  },
  {
    reason: 'org-noun-before',
    type: 'org',
    example: 'crane maker Huisman Itrec (a firm noun before a name whose first word is no given name)',
    match: (v) => {
      const before = v.ctx.words[v.item.s - 1];
      return (
        v.words.length >= 2 &&
        before !== undefined &&
        !before.cap &&
        !before.breakAfter &&
        v.ctx.lex.firmNouns.has(before.key) &&
        !v.ctx.lex.givenNames.has(v.words[0]!.key) &&
        !v.words.some((w) => hasTag(w, 'FirstName', 'MaleName', 'FemaleName'))
      );
    },
  },
  {
    reason: 'uncommon-words',
    type: 'person',
    example: 'Cosmin Contra, Kim Jong-il (two or more capitalised words, none a common English word; not `Wi-fi`)',
    match: (v) =>
      v.words.filter((w) => w.cap).length >= 2 &&
      !afterArticle(v) &&
      !v.ctx.lex.nonPersonStarts.has(v.words[0]!.key) && // `West Ham`
      v.words.length <= 4 &&
      !v.words[0]!.shouting &&
      !v.ctx.lex.nonNames.has(v.words.at(-1)!.key) &&
      !hasTag(v.words[0], ...PLACE_TAGS) &&
      v.words.every((w) => !v.ctx.lex.commonWords.has(w.key) || v.ctx.lex.givenNames.has(w.key) || !w.cap || w.key.length === 1) &&
      !v.words.some((w) => w.upper && w.key.length > 1),
  },
  {
    reason: 'name-said',
    type: 'person',
    example: 'Odd Moen, said: (a name of two words or more before a speech verb)',
    match: (v) =>
      v.words.length >= 2 &&
      v.words.length <= 4 &&
      !v.words[0]!.shouting &&
      v.next !== undefined &&
      v.ctx.lex.speechVerbs.has(v.next.key) &&
      /^[\s,]*$/.test(v.words.at(-1)!.tok.post) &&
      !v.ctx.lex.commonWords.has(v.words.at(-1)!.key) &&
      !v.ctx.lex.orgSuffixCues.has(v.words.at(-1)!.key),
  },
  {
    reason: 'age-apposition',
    type: 'person',
    example: 'Kowal, 42,',
    match: (v) =>
      v.words.at(-1)!.tok.post.trim() === ',' && /^\d{1,3}$/.test(v.next?.tok.text ?? '') && (v.next?.tok.post.trim() ?? '') === ',',
  },
  {
    reason: 'acronym',
    type: 'org',
    example: 'FIFA, PSV (a word in capitals in running text)',
    match: (v) =>
      v.words.length === 1 &&
      v.words[0]!.upper &&
      !v.words[0]!.shouting &&
      v.words[0]!.key.length >= 2 &&
      v.words[0]!.key.length <= 6 &&
      !v.words[0]!.sentStart &&
      !hasTag(v.words[0], ...PLACE_TAGS),
  },
  {
    reason: 'speech-verb',
    soft: true,
    type: 'person',
    example: 'Kowal said (not `Organisers say`: a plural common noun; not `the mayor of Lampedusa told`: a preposition before)',
    match: (v) =>
      v.words.length === 1 &&
      !prepositionBefore(v) &&
      !(hasTag(v.words[0], 'Plural') && !hasTag(v.words[0], 'ProperNoun', ...PERSON_TAGS)) &&
      !v.words[0]!.breakAfter &&
      !v.words[0]!.shouting &&
      v.next !== undefined &&
      v.ctx.lex.speechVerbs.has(v.next.key) &&
      !v.ctx.lex.commonWords.has(v.words[0]!.key) &&
      !hasTag(v.words[0], ...PLACE_TAGS, 'Organization'),
  },
  {
    reason: 'team-score',
    type: 'org',
    soft: true,
    example: 'Somerset 83 and 174; LG 2 OB 0',
    match: (v) => !v.words.at(-1)!.breakAfter && isScore(v.next) && !v.words.every((w) => hasTag(w, ...PERSON_TAGS)),
  },
  {
    reason: 'sports-opponent',
    type: 'org',
    soft: true,
    example: 'Leicestershire beat Somerset',
    match: (v) => cueBeside(v, v.ctx.lex.sportsBefore, v.ctx.lex.sportsAfter, false),
  },
  {
    reason: 'org-noun',
    type: 'org',
    soft: true,
    example: 'news agency Tanjug, club Atalanta, the Sun newspaper',
    match: (v) => cueBeside(v, v.ctx.lex.orgHeadNouns, v.ctx.lex.orgTailNouns, true),
  },
  {
    reason: 'of-country',
    type: 'org',
    soft: true,
    example: 'Karlsruhe of Germany',
    match: (v) => {
      const after = v.ctx.words[v.item.e + 1];
      return (
        v.words.length === 1 &&
        v.next?.key === 'of' &&
        !v.words[0]!.breakAfter &&
        after !== undefined &&
        v.ctx.lex.countryForms.match(v.ctx.words, v.item.e + 1)?.value.kind === 'name'
      );
    },
  },
  {
    reason: 'place-tag',
    soft: true,
    type: 'place',
    example: 'Geneva, Norwich',
    match: (v) => v.words.length === 1 && hasTag(v.words[0], ...PLACE_TAGS),
  },
];

/** Classifies the name runs of one sentence in place. */
export function classifySentence(ctx: Context, items: Item[]): void {
  items.forEach((item, k) => {
    if (item.kind !== 'name') return;
    const words = ctx.words.slice(item.s, item.e);
    const prevItem = items[k - 1];
    const prev = prevItem && prevItem.e === item.s && !ctx.words[prevItem.e - 1]!.breakAfter ? prevItem : undefined;
    const view: RunView = { ctx, item, words, prev, next: ctx.words[item.e], before: prevItem };
    if (item.type) return; // decided by the scanner (table rows)
    if (words.every((w) => w.key.length === 1 && !w.tok.post.startsWith('.'))) {
      item.type = 'none'; // `W D L G`: column headings of a table
      item.reason = 'letters';
      return;
    }
    if (words.length >= 2 && ctx.lex.nonNameSuffixes.has(words.at(-1)!.key)) {
      item.type = 'none'; // `Hutton Inquiry`, `Human Rights Act`: an event, law or document
      item.reason = 'non-name-suffix';
      return;
    }
    for (const rule of RULES) {
      if (rule.match(view)) {
        if ((item.weak && !prev) || (rule.soft && words.length === 1)) {
          // settled by the document-level pass; this is only the fallback
          item.fallback = rule.type;
          item.fallbackReason = rule.reason;
        } else {
          item.type = rule.type;
          item.reason = rule.reason;
        }
        return;
      }
    }
  });
  // `Royal United Services Institute (Rusi)`: a bracketed word spelling the initials of the organization before it
  items.forEach((item, k) => {
    const prev = items[k - 1];
    if (item.kind !== 'name' || item.e - item.s !== 1 || !prev || prev.e !== item.s) return;
    // `… (Rusi)`, or in apposition after a comma: `the Internet Corporation for Assigned Names and Numbers, Icann.`
    const bracket = ctx.words[item.s]!.tok.pre.includes('(') || ctx.words[prev.e - 1]!.tok.post.trim() === ',';
    if (!(prev.kind === 'org' || prev.type === 'org') || !bracket) return;
    let initials = '';
    for (let i = prev.s; i < prev.e; i++) if (ctx.words[i]!.cap) initials += ctx.words[i]!.key[0];
    if (initials.length >= 2 && initials === ctx.words[item.s]!.key) {
      item.type = 'org';
      item.reason = 'bracket-acronym';
      item.weak = false;
    }
  });
  // `Surrey captain Chris Lewis`, `Real Madrid coach Fabio Capello`: a run before a title before a person is the organization
  items.forEach((item, k) => {
    const title = items[k + 1];
    const person = items[k + 2];
    if (item.kind !== 'name' || item.type === 'person' || !title || title.kind !== 'title' || !person) return;
    const ws = ctx.words.slice(item.s, item.e);
    if (ws.every((w) => hasTag(w, ...PLACE_TAGS))) return; // `Chicago Cardinal Joseph Bernardin`
    if (ws.length === 1 && ctx.lex.commonWords.has(ws[0]!.key)) return; // `Olympic champion Kenny Harrison`
    if (item.e !== title.s || ctx.words[item.e - 1]!.breakAfter) return;
    if (person.kind === 'name' && person.type === 'person' && title.e === person.s && !ctx.words[title.e - 1]!.breakAfter) {
      if (ws.at(-1)!.possessive && ws.length === 1 && !item.type) {
        item.fallback = 'org'; // `Okafor's spokesman …`: a surname known elsewhere wins
        return;
      }
      item.type = 'org';
      item.reason = 'org-before-title';
      item.weak = false;
    }
  });
}
