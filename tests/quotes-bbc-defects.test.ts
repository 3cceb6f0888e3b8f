/**
 * Attribution defects reported on real articles, re-stated with sentences written for these tests:
 * place names as speakers, name-led phrases read as countries, `NAME of ORG`, inverted cues before a
 * quote, in-sentence fragments, `a spokeswoman for ORG` then `she said`, hyphenated surnames.
 */
import { mentionsOf, quotesOf } from './helpers/quotes.js';
import type { Entities } from '../src/extract/entities/index.js';
import type { Country, Organization, Person, Quote } from '../src/types.js';



interface Spec { people?: Array<[string, string, string[]]>; orgs?: Array<[string, string]>; countries?: Array<[string, string, string[]]> }

function entities(text: string, s: Spec): Entities {
  return {
    people: (s.people ?? []).map(([id, name, aliases]): Person => ({
      id, name, aliases, gender: null, roles: [], mentions: mentionsOf(text, [name, ...aliases]),
    })),
    organizations: (s.orgs ?? []).map(([id, name]): Organization => ({ id, name, acronym: null, aliases: [], mentions: mentionsOf(text, [name]) })),
    countries: (s.countries ?? []).map(([code, name, forms]): Country => ({ code, name, forms, mentions: mentionsOf(text, forms) })),
  };
}

function run(text: string, s: Spec): Array<[string, string, string | null, string | null, string | null]> {
  return quotesOf(text, entities(text, s)).map((q: Quote) => [q.text, q.kind, q.speaker?.name ?? null, q.speaker?.type ?? null, q.speaker?.ref ?? null]);
}

describe('reported attribution defects', () => {
  const cases: Array<[string, string, Spec, Array<[string, string, string | null, string | null, string | null]>]> = [
    ['1. a place after a prepositional chain is no speaker: the name it qualifies speaks',
      'Dr Hanna Voss, of the Centre for Soil and Water at the University of the North in Leeds said: "The fields are drying out."',
      { people: [['p1', 'Hanna Voss', ['Voss']]], orgs: [['o1', 'University of the North']] },
      [['The fields are drying out.', 'direct', 'Hanna Voss', 'person', 'p1']]],
    ['1. a bare city as subject gives no country speaker',
      'Leeds said: "The roads are open again."', {},
      [['The roads are open again.', 'direct', null, null, null]]],
    ['2. an honorific and a demonym-like surname: a person, not a country',
      '"The queue starts at dawn," said Mr Welsh.',
      { people: [['p1', 'Tom Welsh', ['Welsh']]], countries: [['GB', 'United Kingdom', ['Welsh']]] },
      [['The queue starts at dawn,', 'direct', 'Tom Welsh', 'person', 'p1']]],
    ['3. NAME of ORG after the cue: the person',
      '"Nobody wants to sell today," said Ruth Kamau of Harbour Bank.',
      { people: [['p1', 'Ruth Kamau', ['Kamau']]], orgs: [['o1', 'Harbour Bank']] },
      [['Nobody wants to sell today,', 'direct', 'Ruth Kamau', 'person', 'p1']]],
    ['4. an inverted cue (`…, says NAME`) in the sentence before takes the next `he says`',
      'Ivo Brandt says the plant is safe. "We will keep all the jobs," he says.\n\nThat is why the town is nervous, says Pavel Lenz, a teacher in the town.\n\n"Nobody trusts the owners any more," he says.',
      { people: [['p1', 'Ivo Brandt', ['Brandt']], ['p2', 'Pavel Lenz', ['Lenz']]] },
      [['We will keep all the jobs,', 'direct', 'Ivo Brandt', 'person', 'p1'], ['Nobody trusts the owners any more,', 'direct', 'Pavel Lenz', 'person', 'p2']]],
    ['5. NAME "verb…" opening the sentence: partial, the name speaks',
      'Mara Olsen "strongly condemned" the closure of the library on Monday.',
      { people: [['p1', 'Mara Olsen', ['Olsen']]] },
      [['strongly condemned', 'partial', 'Mara Olsen', 'person', 'p1']]],
    ['5. an evaluative verb governs a one-word fragment',
      'The mayor Lisa Horn dismissed the rival plan as a "hollow" promise.',
      { people: [['p1', 'Lisa Horn', ['Horn']]] },
      [['hollow', 'partial', 'Lisa Horn', 'person', 'p1']]],
    ['5. a fragment with `, said NAME` later in the sentence',
      'Given the cost of steel, "rising prices" are certain for years, said Omar Reyes at Delta Bank.',
      { people: [['p1', 'Omar Reyes', ['Reyes']]], orgs: [['o1', 'Delta Bank']] },
      [['rising prices', 'partial', 'Omar Reyes', 'person', 'p1']]],
    ['6. `a spokeswoman for ORG said …` then `she said`: the nominal, not an earlier person',
      'Karl Mett filed the complaint on Monday. A spokeswoman for the Water Regulation Office said it was looking at the case. "We are looking at the evidence," she said.',
      { people: [['p1', 'Karl Mett', ['Mett']]], orgs: [['o1', 'Water Regulation Office']] },
      [['We are looking at the evidence,', 'direct', 'A spokeswoman for the Water Regulation Office', 'nominal', null]]],
    ['7. the last part of a hyphenated surname resolves to its person',
      'Judge Anna Grey-Holt retired on Friday. "It was an honour," said Holt.',
      { people: [['p1', 'Anna Grey-Holt', []]] },
      [['It was an honour,', 'direct', 'Anna Grey-Holt', 'person', 'p1']]],
  ];
  test.each(cases)('%s', (_name, text, spec, expected) => {
    expect(run(text, spec)).toEqual(expected);
  });
});
