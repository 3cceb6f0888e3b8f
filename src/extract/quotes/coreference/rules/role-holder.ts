/**
 * `role-holder`: a definite nominal (`the spokesman`, `the finance minister`, `the Tory leader`)
 * whose title the article gives to a named person (`Spokesman John Smith`, `Finance Minister Ana
 * Ruiz`, `Ms Ruiz, the finance minister,`) is that person; with several holders, the one named
 * most recently before it.
 */
import { isCapitalized } from '../../tokens.js';
import { holdersOf, mentionAt, type PersonEntity } from '../../../mentions.js';
import { personSpeaker, rangeSpan, type CoreferenceRule } from '../context.js';
import { acronymTitle } from '../words.js';

/** How many person mentions back the most recent holder is looked for. */
const REACH = 80;

export const roleHolder: CoreferenceRule = {
  id: 'role-holder',
  about: 'the spokesman / the finance minister: the named person the article gives that title.',
  examples: [
    { text: 'Spokesman John Smith spoke first. "There will be no delay," the spokesman said.', quote: 'There will be no delay', speaker: 'John Smith' },
    {
      text: 'Finance Minister Ana Ruiz met the unions. Talks went on all night.\n\n"We have a deal," the finance minister said.',
      quote: 'We have a deal',
      speaker: 'Ana Ruiz',
    },
  ],
  counterExamples: [
    { text: '"Nothing is agreed," a spokesman said.', quote: 'Nothing is agreed', speaker: 'a spokesman' },
  ],
  resolve(r, _site, cx) {
    const { tokens, mentions } = cx;
    const head = tokens[r.last]!;
    if ((isCapitalized(head) && !acronymTitle(head, cx.lex)) || tokens[r.first]!.norm !== 'the') return null;
    const phrase = rangeSpan(cx, r);
    const full = phrase.text.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
    const holders = holdersOf(mentions, full.split(' ').map((w) => w.replace(/['’]s$/, '')));
    if (holders.length === 0) return null;
    const people = mentions.people;
    let best: PersonEntity | null = null;
    for (let i = mentionAt(people, phrase.start) - 1, n = 0; i >= 0 && n < REACH; i--, n++) {
      if (holders.includes(people[i]!.ref)) {
        best = people[i]!.ref;
        break;
      }
    }
    return best ? personSpeaker(best, phrase) : null;
  },
};
