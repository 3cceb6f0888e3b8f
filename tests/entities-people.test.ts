/**
 * People: names found, titles and honorifics stripped, possessives removed, aliases merged,
 * two people who share a surname kept apart. Sentences written for these tests.
 */

import { runPlain, personNames as names, orgNames } from './helpers/plain.js';

const people = (text: string) => runPlain(text).people;

describe('people are found and names are clean', () => {
  test.each<[string, string[]]>([
    ['President Maria Okonkwo opened the bridge on Monday.', ['Maria Okonkwo']],
    ['Mr Tom Halden, the club chairman, resigned.', ['Tom Halden']],
    ['Dr Ines Varga said the results were clear.', ['Ines Varga']],
    ["The plan was Gideon Marsh's idea.", ['Gideon Marsh']],
    ['The plan was Gideon Marsh’s idea.', ['Gideon Marsh']],
    ['Tennisha Maddox arrived late.', ['Tennisha Maddox']],
    ['Talks with Walid al-Moualem ended early.', ['Walid al-Moualem']],
    ['A statue of Charles de Gaulle stands there.', ['Charles de Gaulle']],
    ['They played Ludwig van Beethoven all night.', ['Ludwig van Beethoven']],
    ['The team was Alan Brisk, Omar Feld, Luke Tarrow and Ben Osei.', ['Alan Brisk', 'Omar Feld', 'Luke Tarrow', 'Ben Osei']],
    ['The talks in Geneva resumed on Friday in March.', []],
    ['Reporters from RIA Novosti waited outside.', []],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  test('no title, honorific or punctuation inside a name mention', () => {
    const text = 'Foreign Minister Anton Reyes met Mrs Clara Dunn. Reyes, 61, said little.';
    for (const p of people(text)) {
      for (const m of p.mentions) {
        expect(m.text).not.toMatch(/Minister|Mrs|[,.'’]$/);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });
});

describe('words that look like names but are not people', () => {
  test.each<[string, string[]]>([
    // a given name on its own that in news is far more often an award, a club, a place or a commodity
    ['The screenplay earned the brothers an Oscar nomination last week.', []],
    ['Oscar host Dana Fisk promised to keep the jokes clean.', ['Dana Fisk']],
    ['The kit maker lost its sponsorship deals with Chelsea and Celtic in the summer.', []],
    ['As a Scot living in Cardiff, the singer wants more money for music lessons.', []],
    ['Brent crude rose 80 cents to $61.20 a barrel in London trading.', []],
    ['The rally began in Maidstone, Kent, on a wet Saturday.', []],
    // the same words inside a full name still make a person
    ['Chelsea Marwick, the club secretary, said the vote was close.', ['Chelsea Marwick']],
    ['Oscar Lindqvist said the squad was ready.', ['Oscar Lindqvist']],
    // a plural common noun before a speech verb
    ['Organisers say this year’s festival drew 40,000 visitors.', []],
    ['Campaigners said the closure would cost 300 jobs.', []],
    // a hyphenated common word at the start of a sentence
    ['Wi-fi networks now reach farms across the valley.', []],
    ['Anti-spam group Mailguard is warning about a new trick.', []],
    ['Kim Jong-il was shown touring a steel works.', ['Kim Jong-il']],
    // a compass word starts a place or a club, not a given name; events and plans are not people
    ['The musical opened in London’s West End and moved to West Ham for the summer.', []],
    ['Rosa Kellner won gold at the Sydney Olympics and called for a Marshall Plan for the region.', ['Rosa Kellner']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  test('a lone honorific is no person (`Mr. and Mrs. Rossi`), nor a place after `of` before a speech verb', () => {
    expect(names('Mr. and Mrs. Rossi, who run a café on the island, said they had not been asked.')).toEqual(['Rossi']);
    expect(names('“It is a disgrace,” the mayor of Lampedusa told reporters.')).toEqual([]);
  });

  test('a hyphenated title the tagger keeps whole is a role, not part of the name', () => {
    const [p] = people('President-elect Marco Vitale told reporters the plan would be reviewed.');
    expect(p!.name).toBe('Marco Vitale');
    expect(p!.roles.map((r) => r.title)).toEqual(['President-elect']);
  });

  test('a speaker span keeps a hyphenated given name whole', () => {
    const text = '"We want names, dates and figures," opposition leader Jean-Luc Bertin said on Tuesday.';
    const q = runPlain(text).quotes[0]!;
    expect(q.speaker?.text).toBe('Jean-Luc Bertin');
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('Jean-Luc Bertin');
  });

  test('awards are neither people nor organizations', () => {
    const text = 'The film won two Baftas, an Oscar and a Golden Globe, and lost at the Grammys.';
    expect(names(text)).toEqual([]);
    expect(orgNames(text)).toEqual([]);
  });

  test('a regulator named after its descriptor is an organization, not a person', () => {
    const text = 'Telecoms regulator Ofcom said on Monday that the firm must open its network.';
    expect(names(text)).toEqual([]);
    expect(orgNames(text)).toContain('Ofcom');
  });
});

describe('mentions of one person are merged', () => {
  test('surname and honorific forms join the full name', () => {
    const ps = people('Tom Halden spoke first. Mr Halden said he would stay. Later Halden left.');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.name).toBe('Tom Halden');
    expect(ps[0]!.aliases).toEqual(['Halden']);
    expect(ps[0]!.mentions.map((m) => m.kind)).toEqual(['name', 'alias', 'alias']);
  });

  test('a possessive surname joins the full name', () => {
    const ps = people("Envoys met Bashir Kanaan on Monday. Kanaan's office declined to comment.");
    expect(ps.map((p) => [p.name, p.aliases])).toEqual([['Bashir Kanaan', ['Kanaan']]]);
  });

  test('two people with one surname are not merged; a bare surname goes to the most recent', () => {
    const ps = people('Anna Kowal drove the tractor. Her son Piotr Kowal followed. Kowal said the road was closed.');
    expect(ps.map((p) => p.name)).toEqual(['Anna Kowal', 'Piotr Kowal']);
    expect(ps[0]!.mentions).toHaveLength(1);
    expect(ps[1]!.mentions.map((m) => m.text)).toEqual(['Piotr Kowal', 'Kowal']);
  });
});

describe('gender hints', () => {
  test.each<[string, 'male' | 'female' | null]>([
    ['Mr Oren Blum spoke.', 'male'],
    ['Ms Kit Lavelle spoke.', 'female'],
    ['Wendy Farrow spoke.', 'female'],
    ['The spokeswoman, Lee Tarrant, spoke.', 'female'],
    ['Lee Tarrant spoke.', null],
    ['Spokeswoman Lee Tarrant spoke.', 'female'],
  ])('%s → %s', (sentence, gender) => {
    expect(people(sentence)[0]?.gender).toBe(gender);
  });
});
