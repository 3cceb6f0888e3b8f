/**
 * Speaker rules added in the second quotation pass: transcript labels, bracketed party tags, inverted
 * cues, prepositional phrases, tagger noun/verb confusions, context speakers across scare quotes and
 * between quotes. Sentences written for these tests; expectations read from the sentences.
 */
import { quotesOf } from './helpers/quotes.js';
import { runPlain } from './helpers/plain.js';
import type { Quote } from '../src/types.js';


function run(text: string): Quote[] {
  return quotesOf(text);
}

/** [quote text (first 20 chars), speaker name or null] of each non-scare quote. */
function speakers(text: string): Array<[string, string | null]> {
  return run(text).filter((q) => q.kind !== 'scare').map((q) => [q.text.slice(0, 20), q.speaker?.name ?? null]);
}

describe('speaker rules', () => {
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ['transcript labels in capitals, and a turn continued in the next paragraph',
      'Transcript of the call:\n\n"HOLM: Where were you on Monday night?\n\n"BRACK: At home with my sister. We watched a film.\n\n"And then I went to bed early.',
      [['HOLM: Where were you', 'Holm'], ['BRACK: At home with ', 'Brack'], ['And then I went to b', 'Brack']]],
    ['a heading in capitals is not a speaker label',
      '"UPDATE: The road has reopened after the storm.',
      [['UPDATE: The road has', null]]],
    ['NAME (party tag) said after the quote',
      '"The vote was rushed," Tilda Marsh (D-Ore.) said. "Nobody read the bill."',
      [['The vote was rushed,', 'Tilda Marsh'], ['Nobody read the bill', 'Tilda Marsh']]],
    ['inverted cue before a colon: Said NAME:',
      'The budget is tight. Said Corwin: "We will manage somehow."',
      [['We will manage someh', 'Corwin']]],
    ['a prepositional phrase between speaker and cue',
      '"Nobody saw it coming," a clerk at the station said.',
      [['Nobody saw it coming', 'a clerk at the station']]],
    ['as NP put it after a quote',
      'The rule targets "anyone who sells bait without a permit," as a council notice put it.',
      [['anyone who sells bai', 'a council notice']]],
    ['a participle-like modifier opens the speaker phrase',
      '"The base must stay open," retired colonel Ida Norr said.',
      [['The base must stay o', 'Ida Norr']]],
    ['the mother of two: the phrase before the of-phrase speaks',
      'Asked about the school, the mother of two replied, "It is too far away."',
      [['It is too far away.', 'the mother']]],
    ['a capitalised lexicon verb inside a name is not a cue',
      'Pia Lund is telling farmers that the United States grain price is "far too low for anyone."',
      [['far too low for anyo', 'Pia Lund']]],
    ['a plural noun inside its clause is not a cue; the main cue speaks',
      'Oskar Vinter says the flurry of late-night posts targeting him was "simply bizarre and sad."',
      [['simply bizarre and s', 'Oskar Vinter']]],
    ['a participle subject after a place phrase: the sentence subject',
      'Farmers driving through the village square chanted "No more cuts to our land!"',
      [['No more cuts to our ', 'Farmers']]],
    ['a sentence ending in its own attribution names the speaker of the next quote',
      'The mill could close within a year, Hedda Roos said. "We have no orders left for the winter."',
      [['We have no orders le', 'Hedda Roos']]],
    ['a name in apposition to a nominal subject',
      'Her old coach at the club, Mira Falk, called her a natural. "She never missed a session."',
      [['She never missed a s', 'Mira Falk']]],
    ['a title in quote marks does not break the chain of a speaker\'s quotes',
      '"We lost the final," Jon Aske said on "Sports Tonight." "But next year is ours."',
      [['We lost the final,', 'Jon Aske'], ['But next year is our', 'Jon Aske']]],
    ['a new subject between two quotes takes the second quote',
      '"Rates will rise," Lene Brun said. Her rival, Ake Dahl, disagreed with the forecast. "They will fall."',
      [['Rates will rise,', 'Lene Brun'], ['They will fall.', 'Ake Dahl']]],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a title phrase with a preposition before a full name (whole pipeline)', () => {
  const speakerOf = (text: string) => {
    const q = runPlain(text).quotes[0]!;
    return q.speaker ? { name: q.speaker.name, type: q.speaker.type } : null;
  };

  test.each<[string, { name: string; type: string }]>([
    // the name that ends the phrase speaks
    ['Harbury director of rugby Nigel Pellow said: "We were beaten by a better side."', { name: 'Nigel Pellow', type: 'person' }],
    ['Labour\'s deputy minister for women Jane Arkwright said: "The figures speak for themselves."', { name: 'Jane Arkwright', type: 'person' }],
    // the preposition's object does not speak for the one who speaks for it
    ['A spokesman for Mr Halden said: "He will not comment."', { name: 'A spokesman for Mr Halden', type: 'nominal' }],
    // `the head of X`: a nominal speaker, not the organization
    [
      'The head of the country\'s largest manufacturing union has promised to "use every tool we have" to keep the plant open.',
      { name: "The head of the country's largest manufacturing union", type: 'nominal' },
    ],
  ])('%s', (text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });
});

describe('an adverb the tagger reads otherwise between the speaker and the cue', () => {
  test.each([
    ['Wes Carter spoke first. He later told the BBC: "The port will reopen in May."', 'told'],
    ['Wes Carter spoke first. "Nobody is leaving," he later said.', 'said'],
    ['Wes Carter spoke first. "Nobody is leaving," he has since said.', 'said'],
  ])('%s', (text, cue) => {
    const q = runPlain(text).quotes[0]!;
    expect(q.cue?.text).toBe(cue);
    expect(q.speaker?.name).toBe('Wes Carter');
  });
});
