/**
 * Speaker resolution: turns a speaker phrase (tokens found by `attribution.ts`) into a {@link Speaker}.
 *
 * - a name → the person whose mention it is (`Gatilov` → Gennady Gatilov), or the organization or
 *   country it names (`Russia said` → country Russia);
 * - a nominal (`a Western diplomat`, `the spokesman`, `officials`) → kept as written, unless the
 *   article gives a named person that role (`spokesman John Smith` … `the spokesman said`);
 *   an organization head (`the ministry`) → organization;
 * - a pronoun (`he`, `she`, `they`, `it`) → the previous compatible speaker when recent, else the
 *   nearest compatible person mentioned before it.
 */
import type { ArticleDocument, Speaker, Token } from '../../types.js';
import type { CueLexicon } from '../../lexicons/cues.js';
import { has, honorificOf, isCapitalized, sentenceEndAfter, tokenAt, type TokenRange } from './tokens.js';
import { cueAt } from './attribution.js';
import { mentionAt, mentionWithin, nameWord, type PersonRef, type Referents } from './people.js';

/** A speaker already given to a quote, remembered for pronouns. */
export interface HistoryEntry {
  speaker: Speaker;
  paragraph: number;
  gender: 'male' | 'female' | null;
  number: 'singular' | 'plural';
  person: PersonRef | null;
}

/** State of speaker resolution over one article. */
export interface SpeakerContext {
  doc: ArticleDocument;
  lex: CueLexicon;
  refs: Referents;
  history: HistoryEntry[];
  /** Person by canonical name (for speakers copied from a pronoun or an earlier quote). */
  byName: Map<string, PersonRef>;
  /** Lower-case alias or surname → the one entity person who has it (null when several do). */
  byAlias: Map<string, PersonRef | null>;
  /** Role head word (`spokesman`) → people holding it, with their first mention offset. */
  roleHolders: Map<string, Array<{ start: number; ref: PersonRef }>>;
}

/**
 * Creates the resolution state of one article.
 *
 * @param refs the referent lists (`buildReferents`).
 */
export function createSpeakerContext(doc: ArticleDocument, lex: CueLexicon, refs: Referents): SpeakerContext {
  const byName = new Map<string, PersonRef>();
  /** Lower-case alias or surname → person, when only one person has it. */
  const byAlias = new Map<string, PersonRef | null>();
  const addAlias = (key: string, ref: PersonRef) => {
    const k = key.toLowerCase();
    const known = byAlias.get(k);
    byAlias.set(k, known === undefined || known === ref ? ref : null);
  };
  const roleHolders = new Map<string, Array<{ start: number; ref: PersonRef }>>();
  for (const m of refs.people) {
    if (!byName.has(m.ref.name)) {
      byName.set(m.ref.name, m.ref);
      if (m.ref.id !== null) {
        addAlias(m.ref.name, m.ref);
        const surname = m.ref.name.split(/\s+/).pop()!;
        addAlias(surname, m.ref);
        // `Butler-Sloss` is also `Sloss` (and `Butler`) when no one else is
        if (surname.includes('-')) for (const part of surname.split('-')) if (part.length > 1) addAlias(part, m.ref);
        for (const a of m.ref.aliases) addAlias(a, m.ref);
      }
      for (const h of m.ref.roleHeads) {
        const list = roleHolders.get(h) ?? [];
        if (!list.some((x) => x.ref === m.ref)) list.push({ start: m.start, ref: m.ref });
        roleHolders.set(h, list);
      }
    }
  }
  return { doc, lex, refs, history: [], byName, byAlias, roleHolders };
}

/** How many paragraphs back a pronoun may reach to the previous speaker. */
const PRONOUN_REACH = 3;

function tokSpan(doc: ArticleDocument, r: TokenRange): { start: number; end: number; text: string } {
  const start = doc.tokens[r.first]!.start;
  const end = doc.tokens[r.last]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * True when the mention is a likely subject: it opens its sentence (only title words before it), or a
 * cue follows it in the same sentence (`Gerry Conlon - who was convicted - said …`).
 */
function subjectLike(tokens: Token[], m: { start: number; end: number }, firstInSentence: boolean, lex: CueLexicon): boolean {
  if (opensSentence(tokens, m.start) || afterInvertedCue(tokens, m.start, m.end, lex)) return true;
  if (!firstInSentence) return false; // `… older than Mr Halden suggested`
  for (let k = tokenAt(tokens, m.end), n = 0; k < tokens.length && n < 15; k++, n++) {
    const hit = cueAt(tokens, k, tokens.length, lex);
    if (hit) return hit.speaker === 'before';
    if (sentenceEndAfter(tokens[k]!)) return false;
  }
  return false;
}

/** `…, says Ann Roe`, `…, said Director Ann Roe`: the mention follows a cue that follows a comma. */
function afterInvertedCue(tokens: Token[], start: number, end: number, lex: CueLexicon): boolean {
  // the name closes the clause (`says Ann Roe, a lecturer.`), it is no object (`praised Ann Roe's work`)
  const last = tokens[tokenAt(tokens, end) - 1];
  if (!last || /['’]s$/.test(last.text) || !(/,/.test(last.post) || sentenceEndAfter(last))) return false;
  let i = tokenAt(tokens, start) - 1;
  for (let n = 0; i > 0 && n < 3 && isCapitalized(tokens[i]!) && !sentenceEndAfter(tokens[i - 1]!); n++) i--;
  const cue = tokens[i];
  return cue !== undefined && i > 0 && lex.verbs.has(cue.norm) && /,/.test(tokens[i - 1]!.post) && !/[,;:]/.test(cue.post);
}

/** True when the mention opens its sentence (only title words before it). */
function opensSentence(tokens: Token[], start: number): boolean {
  let i = tokenAt(tokens, start) - 1;
  for (let n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i]!;
    if (sentenceEndAfter(t) || t.sentence !== tokens[i + 1]!.sentence) return true;
    if (!(isCapitalized(t) || has(t, 'Determiner'))) return false;
  }
  return i < 0;
}

function genderOk(want: 'male' | 'female' | null, have: 'male' | 'female' | null): boolean {
  return want === null || have === null || want === have;
}

/** Resolves a subject pronoun at token index `k`. */
function resolvePronoun(ctx: SpeakerContext, k: number, paragraph: number): Speaker | null {
  const tok = ctx.doc.tokens[k]!;
  const info = ctx.lex.pronouns.get(tok.norm);
  if (!info || info.number === 'first') return null;
  const mention = { start: tok.start, end: tok.end, text: tok.text };
  const last = ctx.history[ctx.history.length - 1];
  const recent = last && paragraph - last.paragraph <= PRONOUN_REACH ? last : undefined;
  if (info.number === 'plural' || info.number === 'neuter') {
    const wantPlural = info.number === 'plural';
    if (recent) {
      const t = recent.speaker.type;
      const ok = t === 'organization' || t === 'country' || (wantPlural && t === 'nominal' && recent.number === 'plural');
      if (ok) return { ...recent.speaker, ...mention };
    }
    // `Northgate said that it did not comment`: the organization named just before
    const orgs = ctx.refs.organizations;
    const i = mentionAt(orgs, tok.start) - 1;
    const o = orgs[i];
    if (o && o.end <= tok.start && tok.start - o.end < 300) return { ...mention, name: o.ref.name, type: 'organization', ref: o.ref.id };
    return null;
  }
  // he / she
  const ppl = ctx.refs.people;
  let nearest: (typeof ppl)[number] | null = null;
  /** The nearest compatible person opening a sentence (a subject), after the last speaker's mention. */
  let subject: (typeof ppl)[number] | null = null;
  const recentOk =
    recent && (recent.speaker.type === 'person' || (recent.speaker.type === 'nominal' && recent.number === 'singular')) &&
    genderOk(info.gender, recent.gender);
  const after = recentOk ? recent.speaker.end : -1;
  for (let i = mentionAt(ppl, tok.start) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const m = ppl[i]!;
    if (m.end > tok.start) continue;
    if (tok.start - m.start > 2000 || m.start < after) break;
    if (!genderOk(info.gender, m.ref.gender)) continue;
    nearest ??= m;
    const sentence = (x: { start: number }) => ctx.doc.tokens[tokenAt(ctx.doc.tokens, x.start)]?.sentence ?? -1;
    const firstInSentence = i === 0 || sentence(ppl[i - 1]!) !== sentence(m);
    if (subjectLike(ctx.doc.tokens, m, firstInSentence, ctx.lex)) {
      subject = m;
      break;
    }
  }
  if (recentOk) {
    // a different person introduced as a subject since the last quote takes over
    if (subject && subject.ref !== recent.person && subject.ref.name !== recent.speaker.name) {
      return personSpeaker(subject.ref, mention);
    }
    return { ...recent.speaker, ...mention };
  }
  // a subject wins over a nearer non-subject of the same or the next sentence
  // (`Pryce said the problem was older than Mr Halden suggested. "…," he said`)
  const sentenceOf = (m: { start: number }) => ctx.doc.tokens[tokenAt(ctx.doc.tokens, m.start)]?.sentence ?? 0;
  const pick = subject && nearest && sentenceOf(subject) >= sentenceOf(nearest) - 1 ? subject : nearest;
  return pick ? personSpeaker(pick.ref, mention) : null;
}

function personSpeaker(p: PersonRef, mention: { start: number; end: number; text: string }): Speaker {
  return { ...mention, name: p.name, type: 'person', ref: p.id };
}

/** Prepositions that join a speaker phrase to what follows it (`Jo Bell of the bank`, `a spokesman for the ministry`). */
const JOINING = new Set(['of', 'for', 'at', 'from', 'with', 'in']);

/**
 * Index of the first joining preposition inside a phrase whose words before it can speak on their own,
 * or null. `of` between a capitalised title and a name (`Secretary of State John Kerry`) does not count:
 * the words before it must end in a name or a lower-case nominal head.
 */
function prepositionAt(tokens: Token[], r: TokenRange, lex: CueLexicon): number | null {
  for (let k = r.first + 1; k < r.last; k++) {
    if (!JOINING.has(tokens[k]!.norm)) continue;
    const before = tokens[k - 1]!;
    const nominal = !isCapitalized(before) && (lex.nominalSingular.has(before.norm) || lex.nominalPlural.has(before.norm));
    return nominal || nameRun(tokens, { first: r.first, last: k - 1 }, lex) ? k : null;
  }
  return null;
}

/** True when a phrase opens with an honorific (`Mr Irish`, `Dr. Lee`) followed by one or more capitalised words. */
function honorificLed(tokens: Token[], r: TokenRange, lex: CueLexicon): boolean {
  if (r.last <= r.first) return false;
  const t = tokens[r.first]!;
  return honorificOf(t, lex) !== undefined &&
    isCapitalized(tokens[r.last]!);
}

/** The trailing run of name words of a phrase (`Deputy Foreign Minister Gennady Gatilov` → `Gennady Gatilov`). */
function nameRun(tokens: Token[], r: TokenRange, lex: CueLexicon): TokenRange | null {
  let i = r.last;
  if (!nameWord(tokens[i]!, lex)) return null;
  while (i - 1 >= r.first && nameWord(tokens[i - 1]!, lex)) i--;
  return { first: i, last: r.last };
}

/**
 * Resolves a speaker phrase.
 *
 * @param r the phrase's tokens (from `attribution.ts`).
 * @param paragraph the quote's paragraph (for pronoun reach).
 * @returns the speaker, or null (first-person pronouns, pronouns with nothing to resolve to).
 */
export function resolveSpeaker(ctx: SpeakerContext, r: TokenRange, paragraph: number): Speaker | null {
  const { doc, lex, refs } = ctx;
  const tokens = doc.tokens;
  const head = tokens[r.last]!;
  if (r.first === r.last && has(head, 'Pronoun')) return resolvePronoun(ctx, r.first, paragraph);
  const phrase = tokSpan(doc, r);
  // `Grant Wilson of Mellon Bank`, `a spokeswoman for the Audit Office`: the phrase before the preposition speaks
  const prep = prepositionAt(tokens, r, lex);
  const across = (list: Array<{ start: number; end: number }>) => prep !== null &&
    list.some((m) => m.start <= tokens[prep - 1]!.start && m.end >= tokens[prep + 1]!.end);
  // `Ministry of Defence`, `Republic of Korea`: the preposition lies inside a name the entity stage found
  if (prep !== null && !across(refs.organizations) && !across(refs.countries)) {
    const lead = { first: r.first, last: prep - 1 };
    const leadSpan = tokSpan(doc, lead);
    const leadPerson = mentionWithin(refs.people, leadSpan.start, leadSpan.end);
    if (leadPerson) return personSpeaker(leadPerson.ref, { start: leadPerson.start, end: leadPerson.end, text: doc.text.slice(leadPerson.start, leadPerson.end) });
    const leadHead = tokens[prep - 1]!;
    if (!isCapitalized(leadHead) && (lex.nominalSingular.has(leadHead.norm) || lex.nominalPlural.has(leadHead.norm))) {
      // `Harbury's head of research Lena Kiel`, `minister for women Jane Arkwright`: a full name that
      // ends the phrase is the speaker, unless it is the preposition's object (`a spokesman for Mr
      // Halden`); one word is not enough (`a spokesman for Harbury Council`)
      const named = mentionWithin(refs.people, phrase.start, phrase.end);
      let object = prep + 1;
      while (object < r.last && honorificOf(tokens[object]!, lex) !== undefined) object++;
      const fullName = named !== null && /\s/.test(doc.text.slice(named.start, named.end));
      if (named && fullName && named.end >= head.end && named.start > tokens[object]!.start) {
        return personSpeaker(named.ref, { start: named.start, end: named.end, text: doc.text.slice(named.start, named.end) });
      }
      return { ...phrase, name: phrase.text, type: 'nominal', ref: null };
    }
    if (nameRun(tokens, lead, lex) || honorificLed(tokens, lead, lex)) return resolveSpeaker(ctx, lead, paragraph);
  }
  const person = mentionWithin(refs.people, phrase.start, phrase.end);
  const headOrg = mentionWithin(refs.organizations, head.start, head.end + 1) ?? mentionWithin(refs.organizations, phrase.start, phrase.end);
  // `Oliver Irish`, `Mr Irish`: a name or honorific before the head makes the phrase a person, not a country
  const countryHit = mentionWithin(refs.countries, head.start, head.end + 1) ?? mentionWithin(refs.countries, phrase.start, phrase.end);
  const inCountry = countryHit !== null && countryHit.end >= head.end && r.last > r.first && countryHit.start <= tokens[r.last - 1]!.start;
  const nameLed = honorificLed(tokens, r, lex) || (r.last > r.first && !inCountry && nameWord(tokens[r.last - 1]!, lex));
  const headCountry = countryHit && countryHit.end >= head.end && !nameLed ? countryHit : null;
  if (person && (!headOrg || person.end >= head.end)) {
    const m = { start: person.start, end: person.end, text: doc.text.slice(person.start, person.end) };
    return personSpeaker(person.ref, m);
  }
  if (headOrg && headOrg.end >= head.end) {
    const m = { start: headOrg.start, end: headOrg.end, text: doc.text.slice(headOrg.start, headOrg.end) };
    return { ...m, name: headOrg.ref.name, type: 'organization', ref: headOrg.ref.id };
  }
  if (headCountry) {
    const m = { start: headCountry.start, end: headCountry.end, text: doc.text.slice(headCountry.start, headCountry.end) };
    return { ...m, name: headCountry.ref.name, type: 'country', ref: headCountry.ref.code };
  }
  const headWord = head.norm.replace(/'s$/, '');
  if (lex.organizationHeads.has(headWord) && !isCapitalized(head)) {
    // `the ministry said`: the last organization named with that word, else as written
    const orgs = refs.organizations;
    for (let i = mentionAt(orgs, phrase.start) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const o = orgs[i]!.ref;
      if (o.name.toLowerCase().split(/\s+/).includes(headWord)) return { ...phrase, name: o.name, type: 'organization', ref: o.id };
    }
    return { ...phrase, name: phrase.text, type: 'organization', ref: null };
  }
  if (nameLed && isCapitalized(head) && !has(head, 'Organization')) {
    const from = honorificLed(tokens, r, lex) ? r.first + 1 : nameRun(tokens, { first: r.first, last: r.last - 1 }, lex)?.first ?? r.last;
    const m = tokSpan(doc, { first: from, last: r.last });
    const bare = m.text.replace(/[’']s$/, '');
    const known = mentionWithin(refs.people, m.start, m.end)?.ref ?? ctx.byAlias.get(bare.toLowerCase()) ??
      ctx.byAlias.get(head.text.replace(/[’']s$/, '').toLowerCase()) ?? null;
    return { ...m, name: known ? known.name : bare, type: 'person', ref: known?.id ?? null };
  }
  // a place name that is no country of the entity stage (`… in Bristol said`) is never a speaker
  if (isCapitalized(head) && (has(head, 'Country') || has(head, 'City') || (has(head, 'Place') && r.first === r.last))) return null;
  if (isCapitalized(head) && has(head, 'Organization')) {
    return { ...phrase, name: phrase.text.replace(/^the\s+/i, ''), type: 'organization', ref: null };
  }
  const run = nameRun(tokens, r, lex);
  if (run) {
    const m = tokSpan(doc, run);
    const bare = m.text.replace(/[’']s$/, '');
    const known = mentionWithin(refs.people, m.start, m.end)?.ref ?? ctx.byAlias.get(bare.toLowerCase()) ?? null;
    return { ...m, name: known ? known.name : bare, type: 'person', ref: known?.id ?? null };
  }
  // a nominal: linked to a named person holding that role (`the spokesman`), when exactly one does
  if (/^the\s/i.test(phrase.text)) {
    const holders = (ctx.roleHolders.get(headWord) ?? []).filter((h) => h.start < phrase.start);
    if (holders.length > 0) {
      // several holders: the one mentioned last before the phrase
      let best = holders[0]!.ref;
      let bestAt = -1;
      for (const h of holders) {
        const ms = ctx.refs.people;
        for (let i = mentionAt(ms, phrase.start) - 1, n = 0; i >= 0 && n < 60; i--, n++) {
          if (ms[i]!.ref === h.ref) {
            if (ms[i]!.start > bestAt) {
              bestAt = ms[i]!.start;
              best = h.ref;
            }
            break;
          }
        }
      }
      return { ...phrase, name: best.name, type: 'person', ref: best.id };
    }
  }
  return { ...phrase, name: phrase.text, type: 'nominal', ref: null };
}

/** Grammatical number and gender of a resolved speaker, for later pronouns. */
export function remember(ctx: SpeakerContext, speaker: Speaker, paragraph: number): void {
  let person: PersonRef | null = null;
  let gender: 'male' | 'female' | null = null;
  if (speaker.type === 'person') {
    const m = mentionWithin(ctx.refs.people, speaker.start, speaker.end);
    person = m?.ref ?? null;
    gender = person?.gender ?? null;
    if (!person) {
      person = ctx.byName.get(speaker.name) ?? null;
      gender = person?.gender ?? null;
    }
  }
  const head = speaker.name.toLowerCase().split(/\s+/).pop() ?? '';
  const number = speaker.type === 'nominal' && ctx.lex.nominalPlural.has(head) ? 'plural' : 'singular';
  ctx.history.push({ speaker, paragraph, gender, number, person });
}
