/**
 * `salient-person`: a definite nominal naming an office or standing (`The minister told delegates`,
 * `the chancellor insisted`, `The MEP said`, `the 29-year-old said`) that the article gives to nobody
 * refers to the person the reporter wrote about last: the latest clause subject of its sentence or
 * the one before, else the nearest person named before it outside quotation marks, within two
 * paragraphs; never someone who holds another office (a Health Secretary may be `the minister` but
 * is not `the prime minister`). The title becomes one of that person's roles.
 */
import type { CueLexicon } from '../../../../lexicons/cues.js';
import type { PersonEntity } from '../../../mentions.js';
import { mentionAt } from '../../../mentions.js';
import { isCapitalized } from '../../tokens.js';
import { insideQuote, learnRole, personSpeaker, rangeSpan, sentenceAt, type CoreferenceRule } from '../context.js';
import { acronymTitle, headWord } from '../words.js';
import { subjectsOf } from '../salience.js';

/** How many paragraphs back the person may be named. */
const REACH = 2;

/**
 * True when a person may be called by the title: they hold no office, or one of the same kind (for a
 * one-word title: `the minister` ~ a Health Secretary), or, for a longer title, that very title.
 */
function mayHold(p: PersonEntity, full: string, word: string, lex: CueLexicon): boolean {
  const offices = [...p.roleWords].filter((w) => lex.titleHeads.has(w));
  if (offices.length === 0) return true;
  if (full.includes(' ')) {
    const words = full.split(' ');
    return p.roleWords.has(full) || p.roleContexts.some((c) => words.every((w) => c.has(w)));
  }
  const family = lex.titleFamilies.get(word) ?? new Set([word]);
  return offices.some((o) => family.has(o));
}

export const salientPerson: CoreferenceRule = {
  id: 'salient-person',
  about: 'the minister / the chancellor / the 29-year-old, a title nobody in the article holds: the latest subject, else the person named last before it.',
  examples: [
    {
      text: 'Hana Brecht presented the plan on Monday. Costs would be met, Ms Brecht said.\n\nThe minister told delegates that the plan was "fully funded".',
      quote: 'fully funded',
      speaker: 'Hana Brecht',
    },
    {
      text: 'Striker Leon Dacosta scored twice on Saturday.\n\n"I owe it to the fans," the 29-year-old said.',
      quote: 'I owe it',
      speaker: 'Leon Dacosta',
    },
  ],
  counterExamples: [
    { text: 'Hana Brecht presented the plan.\n\n"It will fail," a spokesman said.', quote: 'It will fail', speaker: 'a spokesman' },
    {
      text: 'Health Secretary Ian Rudd spoke first.\n\nBut the prime minister said the plan was "a load of nonsense".',
      quote: 'a load of nonsense',
      speaker: 'the prime minister',
    },
  ],
  resolve(r, _site, cx) {
    const { tokens, lex } = cx;
    const head = tokens[r.last]!;
    if ((isCapitalized(head) && !acronymTitle(head, lex)) || tokens[r.first]!.norm !== 'the') return null;
    const phrase = rangeSpan(cx, r);
    const full = phrase.text.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
    const word = headWord(head).replace(/^(\p{L}+)s$/u, (w, stem: string) => (lex.titleHeads.has(stem) ? stem : w));
    const age = /^\d+-year-old$/.test(full);
    if (!lex.titleHeads.has(full) && !lex.titleHeads.has(word) && !age) return null;
    if (!age && (lex.nonSpeakerHeads.has(word) || !(lex.nominalSingular.has(word) || lex.titleHeads.has(word)))) return null;
    const held = (p: PersonEntity) => {
      learnRole(cx, p, phrase);
      return personSpeaker(p, phrase);
    };
    const s0 = sentenceAt(cx, phrase.start);
    const paragraph = cx.doc.sentences[s0]?.paragraph ?? 0;
    // a clause subject of this or the sentence before, latest first
    for (let s = s0; s >= 0 && s >= s0 - 1; s--) {
      if (paragraph - (cx.doc.sentences[s]?.paragraph ?? 0) > REACH) break;
      const subjects = subjectsOf(cx, s);
      for (let i = subjects.length - 1; i >= 0; i--) {
        const x = subjects[i]!;
        if (x.person && x.end <= phrase.start && (age || mayHold(x.person, full, word, lex))) return held(x.person);
      }
    }
    const people = cx.mentions.people;
    for (let i = mentionAt(people, phrase.start) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const m = people[i]!;
      if (m.end > phrase.start || insideQuote(cx, m.start)) continue;
      if (paragraph - (cx.doc.sentences[sentenceAt(cx, m.start)]?.paragraph ?? 0) > REACH) break;
      if (age || mayHold(m.ref, full, word, lex)) return held(m.ref);
    }
    return null;
  },
};
