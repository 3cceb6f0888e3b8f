/**
 * `apposition`: a speaker phrase that names no person, followed by a name in apposition (`said EEF
 * chief economist, Steve Radley.`, `the bank's governor, Paul Otieno, said`, `The Archbishop of
 * Cardiff, the Most Reverend Peter Smith, told …`): the named person speaks, the phrase being their
 * description.
 */
import { has, isCapitalized, sentenceEndAfter, separatedAfter } from '../../tokens.js';
import { mentionAt, mentionWithin } from '../../../mentions.js';
import { personSpeaker, rangeSpan, type CoreferenceRule } from '../context.js';

export const apposition: CoreferenceRule = {
  id: 'apposition',
  about: 'DESCRIPTION, NAME(,|.) : the name in apposition to a speaker phrase that names nobody is the speaker.',
  examples: [
    {
      text: '"Rates have helped," said the group\'s chief economist, Lena Dowd. "They should stay."',
      quote: 'Rates have helped',
      speaker: 'Lena Dowd',
    },
    { text: '"Inflation is not beaten," the bank\'s governor, Paul Otieno, said.', quote: 'Inflation is not', speaker: 'Paul Otieno' },
  ],
  counterExamples: [
    { text: '"Nothing has changed," a spokesman said, Anna Lind reported.', quote: 'Nothing has changed', speaker: 'a spokesman' },
  ],
  resolve(r, _site, cx) {
    const { tokens, mentions } = cx;
    const head = tokens[r.last]!;
    if (!/,/.test(head.post) || sentenceEndAfter(head)) return null;
    const people = mentions.people;
    const own = rangeSpan(cx, r);
    if (mentionWithin(people, own.start, own.end)) return null; // the phrase names its person itself
    // the name may follow a few title words: `…, the Most Reverend Peter Smith,`
    for (let k = r.last + 1; k < tokens.length && k <= r.last + 5; k++) {
      const t = tokens[k]!;
      const m = people[mentionAt(people, t.start)];
      if (m && m.start === t.start) {
        const after = cx.text.slice(m.end, m.end + 3);
        if (!/^\s*[,.;)]|^\s*$/.test(after)) return null;
        return personSpeaker(m.ref, { start: m.start, end: m.end, text: cx.text.slice(m.start, m.end) });
      }
      if (separatedAfter(t) || !(isCapitalized(t) || has(t, 'Determiner'))) return null;
    }
    return null;
  },
};
