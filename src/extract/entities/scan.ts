/**
 * Stage 1: segments each sentence into items — lexicon matches (titles, honorifics, countries,
 * known organizations, user-lexicon people) and runs of capitalised words not in the lexicon
 * (proper-name candidates). Left to right, longest match first; linear in the number of words
 * (each look-up is bounded by the longest lexicon phrase).
 */
import type { CountryForm, Gender, OrgInfo, PersonInfo } from '../../lexicons/entity-lexicon.js';
import { hasTag, type Context, type Word } from './context.js';
import { isUpperWord, wordKey } from '../../lexicons/phrase-index.js';

export type ItemKind = 'title' | 'honorific' | 'country' | 'org' | 'person' | 'name';

/** A segment of a sentence: words [s, e). */
export interface Item {
  kind: ItemKind;
  s: number;
  e: number;
  /** Gender implied by a title or honorific, or from a user-lexicon person. */
  gender?: Gender;
  country?: CountryForm;
  org?: OrgInfo;
  person?: PersonInfo;
  /** For name runs: what the classifier decided. */
  type?: 'person' | 'org' | 'place' | 'none';
  /** Why (rule name), for debugging and tests. */
  reason?: string;
  /** A run that is a single sentence-initial or shouting word: needs a document-level match to count. */
  weak?: boolean;
  /** Offsets when the item is only part of a word (`U.S.` in `U.S.-based`). */
  span?: { start: number; end: number; text: string };
  /** For weak runs: what local evidence says when the document says nothing. */
  fallback?: 'person' | 'org' | 'place';
  /** The rule that gave the fallback. */
  fallbackReason?: string;
}

/** Lower-case keys of words [s, e) joined by spaces. */
function runKeyOf(ctx: Context, s: number, e: number): string {
  const out: string[] = [];
  for (let i = s; i < e; i++) out.push(ctx.words[i]!.key);
  return out.join(' ');
}

/** Tags of words that never start a name. */
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary', 'Negative'];

/** Length of a title phrase at i (modifiers, portfolios, base), or 0. */
export function matchTitle(ctx: Context, i: number, end: number): { length: number; gender: Gender } {
  const { words, lex } = ctx;
  let j = i;
  while (j < end && lex.titleModifiers.has(words[j]!.key) && !words[j]!.breakAfter) j++;
  // `Vice-President`: modifier joined by a hyphen is fine too
  // a fixed title may itself start with a modifier word (`chief executive`, `first minister`)
  let best = { length: 0, gender: null as Gender };
  for (let m = i; m <= j; m++) {
    const fixed = lex.titles.match(words, m, end);
    if (fixed && m - i + fixed.length > best.length) best = { length: m - i + fixed.length, gender: fixed.value };
  }
  // portfolio ('and' portfolio)* base
  let k = j;
  let sawPortfolio = false;
  for (;;) {
    const p = lex.portfolios.match(words, k, end);
    if (!p) break;
    k += p.length;
    sawPortfolio = true;
    if (words[k]?.key === 'and' && lex.portfolios.match(words, k + 1, end)) k++;
    else break;
  }
  if (sawPortfolio) {
    const b = lex.titleBases.match(words, k, end);
    if (b && k + b.length - i > best.length) best = { length: k + b.length - i, gender: b.value };
  }
  return best;
}

function isLexStart(ctx: Context, i: number, end: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.lex.honorifics.has(w.key) && w.cap && !w.breakAfter && ctx.words[i + 1]?.cap === true && i + 1 < end) return true;
  if (ctx.lex.organizations.match(ctx.words, i, end)) return true;
  const t = matchTitle(ctx, i, end);
  // a title starts a new item only when a name follows it in the same sentence (`Simon Champion.` is a name)
  return t.length > 0 && ctx.words[i]!.cap && i + t.length < end && !ctx.words[i + t.length - 1]!.breakAfter && ctx.words[i + t.length]?.cap === true;
}

function isNonName(ctx: Context, i: number, end: number): number {
  const m = ctx.lex.nonNames.match(ctx.words, i, end);
  const g = ctx.lex.groupNames.match(ctx.words, i, end);
  return Math.max(m ? m.length : 0, g ? g.length : 0);
}

/**
 * A one-word non-name that is really the start of a name: a given name before a surname
 * (`Bill Clinton`, `Jan Kroslak`), or an initial (`I. Healy`).
 */
function nonNameStartsName(ctx: Context, i: number, end: number): boolean {
  const w = ctx.words[i]!;
  const next = ctx.words[i + 1];
  if (!next || i + 1 >= end || w.breakAfter || !next.cap || !next.alpha || w.shouting) return false;
  if (w.key.length === 1 && w.tok.post.startsWith('.')) return true;
  return ctx.lex.givenNames.has(w.key) && !w.upper && isNonName(ctx, i + 1, end) === 0 && !hasTag(next, 'Date');
}

/** True when word i may start a proper-name run. */
function canStart(ctx: Context, w: Word): boolean {
  if (!w.cap || !w.alpha) return false;
  if (w.key.length === 1 && w.tok.post.startsWith('.') && !w.breakAfter) return true; // an initial: `A. Hollioake`
  if (hasTag(w, ...FUNCTION_TAGS) && !hasTag(w, 'Person', 'Organization', 'Place')) return false;
  if (w.sentStart && ctx.lex.commonWords.has(w.key) && !hasTag(w, 'Person', 'LastName', 'FirstName')) return false;
  return true;
}

/** True when word j is a capitalised word joined by a hyphen to a lower-case one (`Louis-based`). */
function compoundStart(ctx: Context, j: number): boolean {
  const words = ctx.words;
  const w = words[j];
  const next = words[j + 1];
  // the lower-case part is an English word (`based`, `born`), not a name part (`Song-ho`, `Jae-in`)
  return w !== undefined && w.hyphenNext && next !== undefined && next.alpha && !next.cap && next.key.length >= 3 && ctx.lex.commonWords.has(next.key);
}

/**
 * End (exclusive) of a capitalised stretch starting at j that ends in an organization suffix cue
 * (`Radio`, `News`, `Organisation`, `Division`), taking the longest such prefix; `-1` when none.
 * With `institutional`, only cues naming a public body count (`Exchange Commission`, not
 * `Manchester United`). A number after a station word belongs to it (`Radio 4`). At most 6 words.
 */
export function orgTailEnd(ctx: Context, j: number, end: number, institutional = false): number {
  const { words, lex } = ctx;
  const cues = institutional ? lex.institutionCues : lex.orgSuffixCues;
  let best = -1;
  for (let k = j; k < end && k - j < 6; k++) {
    const w = words[k]!;
    if (!w.cap || !w.alpha || w.shouting) break;
    if (cues.has(w.key)) best = k + 1;
    if (w.breakAfter || w.possessive) break;
  }
  if (best > 0 && lex.stationWords.has(words[best - 1]!.key) && !words[best - 1]!.breakAfter && best < end) {
    if (/^\d{1,2}(['’]s)?$/.test(words[best]!.tok.text)) best++;
  }
  return best;
}

/** Extends a name run that starts at i; returns its end (exclusive). */
function extendRun(ctx: Context, i: number, end: number): number {
  const { words, lex } = ctx;
  let j = i + 1;
  const orgish = () => lex.orgPrefixCues.has(words[i]!.key) || lex.orgSuffixCues.has(words[j - 1]!.key);
  while (j < end) {
    const prev = words[j - 1]!;
    const w = words[j]!;
    if (prev.possessive && !prev.breakAfter && w.cap && !(lex.givenNames.has(words[i]!.key) && j - i <= 3)) {
      // (`Gerhard Schroeder's Social Democrats`: a person's possessive ends the name)
      // `Boatmen's Bancshares Inc.`: a possessive inside an organization name
      let k = j;
      while (k < end && words[k]!.cap && !words[k]!.breakAfter && !words[k]!.possessive) k++;
      if (k < end && words[k]!.cap) k++;
      if (lex.orgSuffixCues.has(words[k - 1]!.key) && k - j >= 1) {
        j = k;
        continue;
      }
      break;
    }
    if (prev.breakAfter || prev.possessive) break;
    if (prev.hyphenNext) {
      j++;
      continue;
    }
    if (w.cap) {
      if (hasTag(w, 'Date') || isNonName(ctx, j, end) > 1) break;
      if (isLexStart(ctx, j, end)) {
        // `International Labour Organisation`, `Family Justice Division`: a known name or a title
        // inside a longer organization name belongs to it
        const t = orgTailEnd(ctx, j, end);
        if (t > j) {
          j = t;
          continue;
        }
        break;
      }
      if (compoundStart(ctx, j)) break;
      j++;
      continue;
    }
    const next = words[j + 1];
    if (lex.nameParticles.has(w.key) && !w.breakAfter) {
      // `de Gaulle`, `van der Westhuizen`: particles, then a capitalised word
      let k = j;
      while (k < end && k - j < 3 && lex.nameParticles.has(words[k]!.key) && !words[k]!.cap && !words[k]!.breakAfter) k++;
      if (words[k]?.cap && k < end) {
        j = k + 1;
        continue;
      }
      break;
    }
    if (w.key === '&' || w.tok.text === '&') {
      if (next?.cap && !w.breakAfter) {
        j += 2;
        continue;
      }
      break;
    }
    if (lex.abbreviationsWithDot.has(w.key) && lex.orgSuffixCues.has(w.key)) {
      j++; // `Northgate Leisure plc`
      break;
    }
    if (w.key === 'and' && !w.breakAfter && next?.cap && words.slice(i, j).some((x) => x.key === 'of' || x.key === 'for')) {
      j += 2; // `National Union of Port and Dock Workers`
      continue;
    }
    if ((w.key === 'of' || w.key === 'for') && !w.breakAfter && next?.cap && orgish()) {
      j += 2;
      continue;
    }
    if ((w.key === 'of' || w.key === 'for') && !w.breakAfter && next?.key === 'the' && !next.cap && !next.breakAfter && words[j + 2]?.cap && j + 2 < end && orgish()) {
      j += 3; // `Institute for the Study of Labour`
      continue;
    }
    if (w.key === 'and' && !w.breakAfter && next?.cap) {
      const t = orgTailEnd(ctx, j + 1, end, true);
      if (t >= j + 3) {
        j = t; // `Securities and Exchange Commission`
        continue;
      }
    }
    break;
  }
  // `Channel 4`, `Radio 5`: a station word takes its number
  if (lex.stationWords.has(words[j - 1]!.key) && !words[j - 1]!.breakAfter && j < end && /^\d{1,2}(['’]s)?$/.test(words[j]!.tok.text)) j++;
  return j;
}

/**
 * Segments sentence words [a, b) into items.
 * @returns items in text order, none overlapping.
 */
export function scanSentence(ctx: Context, a: number, b: number): Item[] {
  const { words, lex } = ctx;
  const items: Item[] = [];
  let i = a;
  while (i < b) {
    const w = words[i]!;
    if (!w.alpha) {
      i++;
      continue;
    }
    const dash = w.tok.text.indexOf('-');
    if (dash > 0 && w.cap) {
      // `U.S.-based`, `Syrian-led`: a country form fused to a lower-case word by the tokenizer
      const prefix = w.tok.text.slice(0, dash);
      const c = lex.countryForms.match([{ key: wordKey(prefix), upper: isUpperWord(prefix) }], 0);
      if (c && /^\p{Ll}/u.test(w.tok.text.slice(dash + 1))) {
        const start = w.tok.start;
        items.push({ kind: 'country', s: i, e: i + 1, country: c.value, span: { start, end: start + dash, text: prefix } });
        i++;
        continue;
      }
    }
    // lexicon matches, longest first; ties: person, org, country, title, honorific
    let best: Item | null = null;
    const consider = (item: Item) => {
      if (!best || item.e - item.s > best.e - best.s) best = item;
    };
    if (w.cap || w.upper || w.hyphenNext) {
      const p = lex.people.match(words, i, b);
      if (p) consider({ kind: 'person', s: i, e: i + p.length, person: p.value, gender: p.value.gender });
      const o = lex.organizations.match(words, i, b);
      if (o && (w.cap || words.slice(i, i + o.length).some((x) => x.cap))) consider({ kind: 'org', s: i, e: i + o.length, org: o.value });
    }
    if (w.cap) {
      const c = lex.countryForms.match(words, i, b);
      if (c) consider({ kind: 'country', s: i, e: i + c.length, country: c.value });
    }
    const t = matchTitle(ctx, i, b);
    if (t.length > 0) consider({ kind: 'title', s: i, e: i + t.length, gender: t.gender });
    if (w.cap && lex.honorifics.has(w.key) && words[i + 1]?.cap && !w.breakAfter) {
      consider({ kind: 'honorific', s: i, e: i + 1, gender: lex.honorifics.get(w.key) ?? null });
    }
    const found = best as Item | null;
    const non = w.cap ? isNonName(ctx, i, b) : 0;
    // a one-word non-name may still start an organization name (`Internet Corporation for …`)
    const startsOrg = non === 1 && !found && orgTailEnd(ctx, i, b) > i + 1;
    if (non > 0 && !startsOrg && (!found || non > found.e - found.s) && !(non === 1 && nonNameStartsName(ctx, i, b))) {
      i += non; // `UEFA Cup`, `World Cup`: not names
      continue;
    }
    if (found && (found.kind === 'org' || found.kind === 'title') && !w.shouting) {
      // `BBC Radio 4`, `BBC News`, `Labour Organisation`, `Information Commissioner's Office`,
      // `Justice Department`: a known name or a title at the start of a longer organization name
      const f = found as Item;
      const last = words[f.e - 1]!;
      const allCap = words.slice(f.s, f.e).every((x) => x.cap || !x.alpha || x.key === 'and');
      if (allCap && (!last.breakAfter || last.possessive) && (f.kind === 'title' || !last.possessive)) {
        const t = orgTailEnd(ctx, f.e, b);
        if (t > f.e) {
          items.push({ kind: 'name', s: i, e: t, type: 'org', reason: 'org-extended' });
          i = t;
          continue;
        }
      }
    }
    const before = items[items.length - 1];
    if (
      found &&
      (found.kind === 'title' || found.kind === 'country') &&
      before?.kind === 'honorific' &&
      before.e === i &&
      !words[i - 1]!.breakAfter &&
      w.cap &&
      !words.slice(found.s, found.e).some((x) => !x.cap) &&
      (found.kind === 'country' || (!words[found.e]?.cap && !lex.addressTitles.has(runKeyOf(ctx, found.s, found.e))))
    ) {
      // `Mr Irish`, `Mr Champion`: after an honorific, a title word or a demonym is a surname
      const e = extendRun(ctx, i, b);
      items.push({ kind: 'name', s: i, e });
      i = e;
      continue;
    }
    if (found && found.kind === 'country' && !w.shouting && absorbCountry(ctx, found, b)) {
      const e = extendRun(ctx, i, b);
      items.push({ kind: 'name', s: i, e });
      i = e;
      continue;
    }
    if (found) {
      items.push(found);
      i = found.e;
      continue;
    }
    if (w.shouting) {
      const row = tableRow(ctx, i, b, items.length === 0);
      if (row > i) {
        items.push({ kind: 'name', s: i, e: row, type: 'org', reason: 'table-row' });
        i = row;
        continue;
      }
      if (w.upper && w.key.length >= 2 && !lex.commonWords.has(w.key) && !hasTag(w, ...FUNCTION_TAGS)) {
        items.push({ kind: 'name', s: i, e: i + 1, weak: true });
      }
      i++;
      continue;
    }
    if (compoundStart(ctx, i)) {
      i += 2; // `Brazilian-born`, `Louis-based`: an adjective, not a name
      continue;
    }
    if (canStart(ctx, w)) {
      const e = extendRun(ctx, i, b);
      items.push({ kind: 'name', s: i, e, weak: e - i === 1 && w.sentStart });
      i = e;
      continue;
    }
    i++;
  }
  return items;
}

/**
 * A country form followed by an unknown capitalised word is part of a longer name
 * (`Jordan Henderson`, `China Daily`, `British Airways`), unless a title, honorific, known
 * organization or a given name follows (`Russian Deputy Foreign Minister`, `Australian Tom Moody`).
 */
function absorbCountry(ctx: Context, item: Item, b: number): boolean {
  const last = ctx.words[item.e - 1]!;
  const next = ctx.words[item.e];
  if (!next || item.e >= b || last.breakAfter || last.possessive || !next.cap) return false;
  if (isNonName(ctx, item.e, b) > 0 || isLexStart(ctx, item.e, b)) return false;
  if (ctx.lex.countryForms.match(ctx.words, item.e, b)) return false;
  if (matchTitle(ctx, item.e, b).length > 0) return false;
  if (item.country?.kind === 'demonym' && ctx.lex.givenNames.has(next.key)) return false;
  if (item.country?.kind === 'demonym' && hasTag(next, 'Person', 'FirstName')) return false;
  return true;
}

/** A number that is a score or a statistic, not a date (`1996-08-30`). */
export function isScore(w: Word | undefined): boolean {
  return w !== undefined && /^[\d.]/.test(w.tok.text) && !/^\d{4}-\d\d-\d\d$/.test(w.tok.text) && !w.alpha;
}

/**
 * A standings or results row in capitals (`NEW YORK 74 59 .556`): words in capitals at the start of
 * the sentence followed by a score. Returns the end of the team name, or i when it is not a row.
 */
function tableRow(ctx: Context, i: number, b: number, first: boolean): number {
  if (!first) return i;
  const { words } = ctx;
  let j = i;
  while (j < b && words[j]!.upper && words[j]!.alpha && j - i < 4) {
    if (words[j]!.breakAfter) {
      j++;
      break;
    }
    j++;
  }
  if (j === i || words[j - 1]!.breakAfter) return i;
  return isScore(words[j]) && isScore(words[j + 1]) ? j : i;
}
