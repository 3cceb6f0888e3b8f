/**
 * `name`: the phrase holds a person's name mention from the entity stage (`Gatilov`, `Foreign
 * Minister Sergei Lavrov`, `Mr Welsh`): that person, unless an organization named in the phrase
 * runs past the name (`the Lavrov Foundation`).
 */
import { mentionWithin } from '../../../mentions.js';
import { personSpeaker, rangeSpan, type CoreferenceRule } from '../context.js';

export const name: CoreferenceRule = {
  id: 'name',
  about: 'A person named in the phrase (full name, surname, honorific and surname) is the speaker.',
  examples: [
    { text: 'Deputy Minister Gennady Gatilov met envoys. "We will not let it through," Gatilov said.', quote: 'We will not let', speaker: 'Gennady Gatilov' },
    { text: 'Tom Welsh runs the cafe. "The queue starts at dawn," said Mr Welsh.', quote: 'The queue starts', speaker: 'Tom Welsh' },
  ],
  counterExamples: [],
  resolve(r, _site, cx) {
    const { tokens, mentions } = cx;
    const phrase = rangeSpan(cx, r);
    const head = tokens[r.last]!;
    const person = mentionWithin(mentions.people, phrase.start, phrase.end);
    if (!person) return null;
    const org = mentionWithin(mentions.organizations, head.start, head.end + 1) ?? mentionWithin(mentions.organizations, phrase.start, phrase.end);
    if (org && org.end >= head.end && person.end < head.end) return null;
    return personSpeaker(person.ref, { start: person.start, end: person.end, text: cx.text.slice(person.start, person.end) });
  },
};
