/**
 * `pronoun`: a subject pronoun speaks for the salient entity. `he`/`she` → the last speaker (person
 * or singular nominal, gender permitting), unless another person has since become the subject of a
 * clause in the reporter's words; with no recent speaker, the latest clause subject, else the
 * nearest person named outside quotation marks. `it`/`they` → the organization, country or plural
 * nominal that last spoke, else the organization named just before. `I`/`we` name nobody.
 */
import { has } from '../../tokens.js';
import { mentionAt } from '../../../mentions.js';
import { genderOk, insideQuote, personSpeaker, type CoreferenceRule, type Resolved } from '../context.js';
import { lastSpeaker, recentOrgSubject, recentSubject } from '../salience.js';

/** How far back (characters) the nearest-person fallback looks. */
const NEAREST_REACH = 2000;

export const pronoun: CoreferenceRule = {
  id: 'pronoun',
  about: 'A subject pronoun: he/she → the last speaker unless a new person has become a clause subject since; it/they → the organization, country or group that last spoke.',
  examples: [
    { text: 'Ada Obi met Ben Cole on Monday. "The strike is over," she said.', quote: 'The strike is over', speaker: 'Ada Obi' },
    { text: '"The talks are stuck," a Western diplomat said.\n\n"Nobody wants to move first," he said.', quote: 'Nobody wants', speaker: 'a Western diplomat' },
    {
      text: 'Andrew Kell said: "Rates will stay where they are. Maria Duval knows it too."\n\nHe added: "The bank cannot move now."',
      quote: 'The bank cannot',
      speaker: 'Andrew Kell',
    },
    {
      text: '"Rates will rise," Lene Brun said.\n\nHer rival, Ake Dahl, disagreed with the forecast on Monday. "They will fall," he said.',
      quote: 'They will fall',
      speaker: 'Ake Dahl',
    },
    {
      text: 'Mr Vance said the plan would fail. Mr Orme had "spent the money twice", the opposition leader Tom Vance said. "It is a dodgy budget," he said.',
      quote: 'It is a dodgy',
      speaker: 'Tom Vance',
    },
  ],
  counterExamples: [
    { text: '"We will stay," I said.', quote: 'We will stay', speaker: null },
  ],
  resolve(r, site, cx) {
    if (r.first !== r.last) return null;
    const tok = cx.tokens[r.first]!;
    const info = cx.lex.pronouns.get(tok.norm);
    if (!info || !has(tok, 'Pronoun')) return null;
    if (info.number === 'first') return 'none';
    const mention = { start: tok.start, end: tok.end, text: tok.text };
    const recent = lastSpeaker(cx, site.paragraph);
    if (info.number === 'plural' || info.number === 'neuter') {
      const wantPlural = info.number === 'plural';
      if (recent) {
        const t = recent.speaker.type;
        if (t === 'organization' || t === 'country' || (wantPlural && t === 'nominal' && recent.number === 'plural')) {
          return { ...speakerOf(recent.speaker), ...mention };
        }
      }
      // `BT also unveiled plans … It added that …`: an organization that is a recent clause subject
      const subject = recentOrgSubject(cx, tok.start);
      if (subject) return { ...mention, name: subject.name, type: 'organization', ref: subject.id };
      // `Northgate said that it did not comment`: the organization named just before
      const orgs = cx.mentions.organizations;
      const o = orgs[mentionAt(orgs, tok.start) - 1];
      if (o && o.end <= tok.start && tok.start - o.end < 300) return { ...mention, name: o.ref.name, type: 'organization', ref: o.ref.id };
      return 'none';
    }
    const last =
      recent && (recent.speaker.type === 'person' || (recent.speaker.type === 'nominal' && recent.number === 'singular')) &&
      genderOk(info.gender, recent.gender) ? recent : null;
    const newcomer = recentSubject(cx, tok.start, last ? last.sentence : -1, info.gender, last?.person ?? null);
    // an unnamed speaker noun took over since (`A spokeswoman … said …`): not a person of the article
    if (newcomer?.nominal) return 'none';
    if (last) {
      if (newcomer?.person && newcomer.person.name !== last.speaker.name) return personSpeaker(newcomer.person, mention);
      return { ...speakerOf(last.speaker), ...mention };
    }
    if (newcomer?.person) return personSpeaker(newcomer.person, mention);
    const ppl = cx.mentions.people;
    for (let i = mentionAt(ppl, tok.start) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const m = ppl[i]!;
      if (tok.start - m.start > NEAREST_REACH) break;
      if (m.end > tok.start || insideQuote(cx, m.start) || !genderOk(info.gender, m.ref.gender)) continue;
      return personSpeaker(m.ref, mention);
    }
    return 'none';
  },
};

/** The identity part of a speaker (who it is, not where it is written). */
function speakerOf(s: Resolved): Pick<Resolved, 'name' | 'type' | 'ref'> {
  return { name: s.name, type: s.type, ref: s.ref };
}
