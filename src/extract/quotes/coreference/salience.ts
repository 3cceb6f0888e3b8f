/**
 * Salience: who the reporter is writing about at a point of the article. The salient person is the
 * subject of the latest attribution (the last speaker), unless another person has since become the
 * subject of a clause in the reporter's own words; names inside quotations and the subjects of
 * reported content (`Mr Brown liked …, the Tory leader said.`) never take over.
 *
 * A clause subject is a person or organization mention, outside quotation marks, that opens a
 * clause (the sentence start, after a leading phrase and its comma, after `, but`, after `as`,
 * `when`, `because`, …; title words may stand before it) and is followed, after an appositive, by a
 * verb. Each sentence's subjects are computed once; every look-up reaches back a bounded number of
 * sentences, so resolution stays linear in the article's length.
 */
import type { Organization } from '../../../types.js';
import type { PersonEntity } from '../../mentions.js';
import { holdersOf, mentionAt } from '../../mentions.js';
import { cueAt, skippable } from '../cue.js';
import { finalAttribution, SPEAKER_PREPOSITIONS } from '../phrases.js';
import { has, isCapitalized, npStartingAt, sentenceEndAfter, separatedAfter, tokenAt } from '../tokens.js';
import { genderOk, insideQuote, type Coreference, type HistoryEntry, type Subject } from './context.js';

/** Words after which a new clause (and its subject) begins. */
const CLAUSE_OPENERS = new Set([
  'as', 'when', 'while', 'whilst', 'because', 'after', 'before', 'since', 'although', 'though', 'if', 'until', 'whereas', 'once', 'but', 'yet', 'so',
]);

/** How many sentences back the salient person is looked for. */
const SENTENCE_REACH = 8;
/** How many paragraphs back the last speaker stays salient. */
export const PARAGRAPH_REACH = 3;

/** True when token `i` opens a clause, title words before it allowed. */
function opensClause(cx: Coreference, i: number, from: number): boolean {
  const tokens = cx.tokens;
  let j = i - 1;
  for (let n = 0; j >= from && n < 6; j--, n++) {
    const t = tokens[j]!;
    if (separatedAfter(t)) break;
    // title words before a name: `Tory leader`, `Ex-chat show host`, `the`, `Labour's`
    const titleWord = isCapitalized(t) || has(t, 'Determiner') || has(t, 'Possessive') || has(t, 'Adjective') ||
      (has(t, 'Noun') && !has(t, 'Verb') && !has(t, 'Pronoun'));
    if (!titleWord) break;
  }
  if (j < from) return true;
  const t = tokens[j]!;
  if (/[,;:\u2014\u2013]|\s-\s/.test(t.post)) return !/^(and|or)$/.test(tokens[j + 1]?.norm ?? '');
  if (CLAUSE_OPENERS.has(t.norm)) return true;
  return (t.norm === 'and' || t.norm === 'but') && j - 1 >= from && /,/.test(tokens[j - 1]!.post);
}

/** True when a verb follows token `last` (after an appositive between commas, brackets or dashes, and adverbs). */
function verbFollows(cx: Coreference, last: number, to: number): boolean {
  const tokens = cx.tokens;
  let k = last + 1;
  const post = tokens[last]!.post;
  const next = tokens[k];
  // `Her rival, Ake Dahl, disagreed`: the comma closes the appositive the name stood in
  const verbNext = next !== undefined && k < to && has(next, 'Verb') && !has(next, 'Gerund') && !has(next, 'Noun');
  if (/[,(]|\s[-\u2014\u2013]\s?/.test(post) && !sentenceEndAfter(tokens[last]!) && !(verbNext && /,/.test(post))) {
    const close = /\(/.test(post) ? /\)/ : /,/.test(post) ? /,/ : /[-\u2014\u2013]/;
    let found = false;
    for (let n = 0; k < to && n < 20; k++, n++) {
      if (sentenceEndAfter(tokens[k]!)) return false;
      // `Chris Pan, managing director of Surfco said that …`: an appositive its writer never closed
      if (/,/.test(post) && n > 0 && !separatedAfter(tokens[k - 1]!) && cueAt(tokens, k, to, cx.lex)?.speaker === 'before') return true;
      if (close.test(tokens[k]!.post)) {
        found = true;
        k++;
        break;
      }
    }
    if (!found) return false;
  }
  for (; k < to; k++) {
    const v = tokens[k]!;
    if (has(v, 'Copula') || has(v, 'Auxiliary') || has(v, 'Modal') || cueAt(tokens, k, to, cx.lex)) return true;
    if (!skippable(v, cx.lex)) return has(v, 'Verb') && !has(v, 'Gerund') && !has(v, 'Noun');
  }
  return false;
}

/**
 * The clause subjects of sentence `s` (persons and organizations), in text order. A sentence that
 * closes with its own attribution (`…, Mr Howard said.`) has that speaker as its only subject when
 * it is a name, and none otherwise.
 */
export function subjectsOf(cx: Coreference, s: number): Subject[] {
  const known = cx.subjects.get(s);
  if (known) return known;
  const out: Subject[] = [];
  cx.subjects.set(s, out);
  const sentence = cx.doc.sentences[s];
  if (!sentence) return out;
  const tokens = cx.tokens;
  const from = tokenAt(tokens, sentence.start);
  const to = tokenAt(tokens, sentence.end);
  if (from >= to) return out;
  const fin = finalAttribution(tokens, { from, to }, cx.lex);
  const { people, organizations } = cx.mentions;
  if (fin) {
    const a = tokens[fin.speaker.first]!.start;
    const b = tokens[fin.speaker.last]!.end;
    for (let i = mentionAt(people, a); i < people.length && people[i]!.start < b; i++) {
      const m = people[i]!;
      if (m.end <= b) out.push({ start: m.start, end: m.end, person: m.ref, org: null });
    }
    return out;
  }
  const consider = (start: number, end: number, person: PersonEntity | null, org: Organization | null) => {
    if (insideQuote(cx, start)) return;
    const i = tokenAt(tokens, start);
    const last = Math.max(i, tokenAt(tokens, end) - 1);
    if (/['’]s?$/.test(tokens[last]!.text) && /['’]/.test(cx.text.slice(end, tokens[last]!.end + 1))) return; // `Assad's ally`
    if (opensClause(cx, i, from) && verbFollows(cx, last, to)) out.push({ start, end, person, org });
  };
  for (let i = mentionAt(people, sentence.start); i < people.length && people[i]!.start < sentence.end; i++) {
    const m = people[i]!;
    consider(m.start, m.end, m.ref, null);
  }
  // `A spokeswoman for the office said …`, `Officials said …`: an indefinite speaker noun opening the
  // sentence is someone new (a definite one, `Her son`, `the minister`, is someone known)
  const np = npStartingAt(tokens, from, to, cx.lex);
  if (np && out.length === 0) {
    const head = tokens[np.last]!;
    const word = head.norm;
    const first = tokens[np.first]!.norm;
    const indefinite = /^(a|an|one|another|some|several|two|three|many)$/.test(first) || (np.first === np.last && cx.lex.nominalPlural.has(word));
    const noun = cx.lex.nominalSingular.has(word) || cx.lex.nominalPlural.has(word);
    // `A spokeswoman for the Water Office said`: skip the phrase's prepositional phrases
    let last = np.last;
    for (let n = 0; n < 3 && last + 1 < to && SPEAKER_PREPOSITIONS.has(tokens[last + 1]!.norm) && !separatedAfter(tokens[last]!); n++) {
      const pp = npStartingAt(tokens, last + 2, to, cx.lex);
      if (!pp) break;
      last = pp.last;
    }
    if (noun && indefinite && !insideQuote(cx, head.start) && verbFollows(cx, last, to)) {
      out.push({ start: tokens[np.first]!.start, end: head.end, person: null, org: null, nominal: true });
    }
  }
  // `The cardinal used …`, `On Friday, the Cardinal will ask …`: a definite title its one holder has
  for (let k = from; k + 1 < to; k++) {
    if (tokens[k]!.norm !== 'the' || (k > from && !/,/.test(tokens[k - 1]!.post))) continue;
    const words: string[] = [];
    for (let j = k + 1; j < to && j <= k + 3 && !has(tokens[j]!, 'Verb'); j++) {
      words.push(tokens[j]!.norm);
      const holders = holdersOf(cx.mentions, words);
      if (holders.length === 1) {
        consider(tokens[k + 1]!.start, tokens[j]!.end, holders[0]!, null);
        break;
      }
      if (separatedAfter(tokens[j]!)) break;
    }
  }
  for (let i = mentionAt(organizations, sentence.start); i < organizations.length && organizations[i]!.start < sentence.end; i++) {
    const m = organizations[i]!;
    consider(m.start, m.end, null, m.ref);
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** The last speaker, when recent (within {@link PARAGRAPH_REACH} paragraphs of `paragraph`). */
export function lastSpeaker(cx: Coreference, paragraph: number): HistoryEntry | null {
  const last = cx.history[cx.history.length - 1];
  return last && paragraph - last.paragraph <= PARAGRAPH_REACH ? last : null;
}

/**
 * The most recent clause subject that is a person of a compatible gender, or an unnamed speaker noun
 * (`nominal`), before `offset` and after sentence `after` (exclusive), within {@link SENTENCE_REACH}
 * sentences and two paragraphs.
 *
 * @param exclude a person who does not count (the last speaker, when looking for a newcomer).
 */
export function recentSubject(
  cx: Coreference, offset: number, after: number, gender: 'male' | 'female' | null, exclude: PersonEntity | null = null,
): Subject | null {
  const tokens = cx.tokens;
  const at = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)];
  if (!at) return null;
  const paragraph = cx.doc.sentences[at.sentence]?.paragraph ?? 0;
  for (let s = at.sentence, n = 0; s > after && s >= 0 && n < SENTENCE_REACH; s--, n++) {
    if (paragraph - (cx.doc.sentences[s]?.paragraph ?? 0) > 1) break;
    const subjects = subjectsOf(cx, s);
    for (let i = subjects.length - 1; i >= 0; i--) {
      const x = subjects[i]!;
      if (x.end > offset) continue;
      if (x.nominal) return x; // someone unnamed took over
      if (!x.person || x.person === exclude) continue;
      if (genderOk(gender, x.person.gender)) return x;
    }
  }
  return null;
}

/** The most recent organization that is a clause subject before `offset`, within three sentences of the same paragraph. */
export function recentOrgSubject(cx: Coreference, offset: number): Organization | null {
  const tokens = cx.tokens;
  const at = tokens[Math.min(tokenAt(tokens, offset), tokens.length - 1)];
  if (!at) return null;
  const paragraph = cx.doc.sentences[at.sentence]?.paragraph ?? 0;
  for (let s = at.sentence, n = 0; s >= 0 && n < 3; s--, n++) {
    if (cx.doc.sentences[s]?.paragraph !== paragraph) break;
    const subjects = subjectsOf(cx, s);
    for (let i = subjects.length - 1; i >= 0; i--) {
      const x = subjects[i]!;
      if (x.org && x.end <= offset) return x.org;
    }
  }
  return null;
}
