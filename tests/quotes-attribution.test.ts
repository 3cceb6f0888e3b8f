import { mentionsOf, NO_ENTITIES, quotesOf } from './helpers/quotes.js';
import type { Entities } from '../src/extract/entities/index.js';
import type { Country, Organization, Person, Quote } from '../src/types.js';

const NONE = NO_ENTITIES;


function person(text: string, id: string, name: string, aliases: string[], gender: Person['gender'] = null, roles: string[] = []): Person {
  return {
    id, name, aliases, gender,
    roles: roles.map((title) => ({ title, country: null, organization: null, start: 0, end: 0, text: '' })),
    mentions: mentionsOf(text, [name, ...aliases]),
  };
}

function run(text: string, entities: Entities = NONE): Quote[] {
  return quotesOf(text, entities);
}

/** [quote text, kind, speaker name, speaker type, cue] of each quote. */
function brief(qs: Quote[]): Array<[string, string, string | null, string | null, string | null]> {
  return qs.map((q) => [q.text, q.kind, q.speaker?.name ?? null, q.speaker?.type ?? null, q.cue?.text ?? null]);
}

describe('attribution patterns (no entities: tagger fallback)', () => {
  const cases: Array<[string, string, Array<[string, string, string | null, string | null, string | null]>]> = [
    ['"…," NAME said', '"We will rebuild the bridge," Maria Lopez said.', [['We will rebuild the bridge,', 'direct', 'Maria Lopez', 'person', 'said']]],
    ['"…," said NAME', '"The harbour is closed," said Tom Becker.', [['The harbour is closed,', 'direct', 'Tom Becker', 'person', 'said']]],
    ['"…," said the TITLE', '"No ships will sail today," said the harbour master.', [['No ships will sail today,', 'direct', 'the harbour master', 'nominal', 'said']]],
    ['NAME said: "…"', 'Anna Berg said: "The results are clear."', [['The results are clear.', 'direct', 'Anna Berg', 'person', 'said']]],
    ['NAME said that "…"', 'Anna Berg said that "the results are clear."', [['the results are clear.', 'partial', 'Anna Berg', 'person', 'said']]],
    ['"…," NAME told reporters', '"We expect a deal soon," Paul Meyer told reporters on Friday.', [['We expect a deal soon,', 'direct', 'Paul Meyer', 'person', 'told']]],
    ['"…," NAME told the BBC', '"It was a hard winter," Paul Meyer told the BBC.', [['It was a hard winter,', 'direct', 'Paul Meyer', 'person', 'told']]],
    ['according to NAME', 'According to Lena Fischer, "the plan is dead."', [['the plan is dead.', 'partial', 'Lena Fischer', 'person', 'According to']]],
    ['"…" – NAME', '"Every vote counts." – Omar Haddad', [['Every vote counts.', 'direct', 'Omar Haddad', 'person', '–']]],
    ['NAME, an appositive, said', '"Prices will rise," Karl Weber, an economist at the bank, said.', [['Prices will rise,', 'direct', 'Karl Weber', 'person', 'said']]],
    ['partial quote governed by a cue', 'Ivan Petrov said Tuesday that talks would go on only if they were "free of threats" from either side.', [['free of threats', 'partial', 'Ivan Petrov', 'person', 'said']]],
    ['a nominal speaker kept as written', '"The deal is close," a senior official said.', [['The deal is close,', 'direct', 'a senior official', 'nominal', 'said']]],
    ['a plural nominal speaker', '"We were not consulted," officials said.', [['We were not consulted,', 'direct', 'officials', 'nominal', 'said']]],
    ['an organization head as speaker', '"The report is false," the ministry said in a statement.', [['The report is false,', 'direct', 'the ministry', 'organization', 'said']]],
    ['relative `who` after an appositive: the name before it', 'The plan was opposed by Ruth Ames, a teacher, who said the fee was "far too steep".', [['far too steep', 'partial', 'Ruth Ames', 'person', 'said']]],
    ['relative `who` right after the name', 'The ruling was welcomed by Ben Ortiz, who said it was "long overdue".', [['long overdue', 'partial', 'Ben Ortiz', 'person', 'said']]],
    ['participle cue: the subject of the sentence', 'Nora Lind attacked the plan on Monday, saying "it will fail."', [['it will fail.', 'partial', 'Nora Lind', 'person', 'saying']]],
    ['a scare quote: a term no cue governs', 'The town calls the new tax a "reform" on its website.', [['reform', 'scare', null, null, null]]],
    ['a scare quote deep under a cue', 'Damascus says it wants to address the issue of "piracy" first.', [['piracy', 'scare', null, null, null]]],
    ['a scare quote after so-called', 'Anna Berg criticised the so-called "green deal" on Monday.', [['green deal', 'scare', null, null, null]]],
    ['no cue, no speaker', 'The sign read "closed for the season" in red letters.', [['closed for the season', 'partial', null, null, null]]],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(brief(run(text))).toEqual(expected);
  });

  test('a quote split by its attribution: both parts to the speaker', () => {
    expect(brief(run('"We are tired," Lena Fischer said, "but we will stay."'))).toEqual([
      ['We are tired,', 'direct', 'Lena Fischer', 'person', 'said'],
      ['but we will stay.', 'direct', 'Lena Fischer', 'person', 'said'],
    ]);
  });

  test('speaker in the previous sentence', () => {
    const qs = run('Maria Lopez was defiant. "We will not leave this town."');
    expect(brief(qs)).toEqual([['We will not leave this town.', 'direct', 'Maria Lopez', 'person', null]]);
  });

  test('a continuation paragraph that is only a quote keeps the speaker', () => {
    const qs = run('"The river rose overnight," said Tom Becker.\n\n"Nobody expected it to come so fast."');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Tom Becker', 'Tom Becker']);
    expect(qs[1]!.cue).toBeNull();
  });

  test('Hugo Hale, a doctor: the unclosed quote and the pronoun both go to him', () => {
    const qs = run('Hugo Hale, a doctor, said: "We are full.\n\n"We cannot take more," he added.');
    expect(brief(qs)).toEqual([
      ['We are full.', 'direct', 'Hugo Hale', 'person', 'said'],
      ['We cannot take more,', 'direct', 'Hugo Hale', 'person', 'added'],
    ]);
    expect(qs.map((q) => q.closed)).toEqual([false, true]);
    expect(qs[1]!.speaker?.text).toBe('he');
  });

  test('a three-paragraph quote, the middle paragraph unclosed: three quotes, one speaker', () => {
    const text = 'Ruth Adler said: "The water came at night.\n\n"We carried the children upstairs.\n\n"By morning the street was a river."';
    const qs = run(text);
    expect(qs.map((q) => [q.text, q.closed, q.speaker?.name])).toEqual([
      ['The water came at night.', false, 'Ruth Adler'],
      ['We carried the children upstairs.', false, 'Ruth Adler'],
      ['By morning the street was a river.', true, 'Ruth Adler'],
    ]);
  });

  test('the next sentence after a full stop inside the marks is no attribution', () => {
    const qs = run('Ann Lee said: "We lost the house." The council denied the claims on Monday.');
    expect(brief(qs)).toEqual([['We lost the house.', 'direct', 'Ann Lee', 'person', 'said']]);
  });

  test('a pronoun after a nominal speaker resolves to the nominal', () => {
    const qs = run('"The talks are stuck," a Western diplomat said.\n\n"Nobody wants to move first," he said.');
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.text])).toEqual([
      ['a Western diplomat', 'nominal', 'a Western diplomat'],
      ['a Western diplomat', 'nominal', 'he'],
    ]);
  });

  test('one quote across ! inside it', () => {
    const qs = run('The boy says "Wait! bring the lanterns!" and left.');
    expect(qs.map((q) => q.text)).toEqual(['Wait! bring the lanterns!']);
  });

  test('offsets: every quote, cue and speaker is a span of the text', () => {
    const text = '"A," said Tom Becker. According to officials, "B." Maria Lopez said: "C."';
    for (const q of run(text)) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    }
  });
});

describe('speaker resolution against entities', () => {
  test('a partial name resolves to the canonical person', () => {
    const text = 'Deputy Minister Gennady Gatilov met envoys. "We will not let it through," Gatilov said.';
    const p = person(text, 'p1', 'Gennady Gatilov', ['Gatilov'], 'male');
    const qs = run(text, { people: [p], countries: [], organizations: [] });
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.ref, q.speaker?.text])).toEqual([
      ['Gennady Gatilov', 'person', 'p1', 'Gatilov'],
    ]);
  });

  test('she resolves to the nearest female person, not a male one', () => {
    const text = 'Ms. Ada Obi met Mr. Ben Cole on Monday. "The strike is over," she said.';
    const people = [person(text, 'p1', 'Ada Obi', ['Obi'], 'female'), person(text, 'p2', 'Ben Cole', ['Cole'], 'male')];
    const qs = run(text, { people, countries: [], organizations: [] });
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.ref, q.speaker?.text])).toEqual([['Ada Obi', 'p1', 'she']]);
  });

  test('the spokesman links to the named person holding that role', () => {
    const text = 'Spokesman John Smith spoke first. "There will be no delay," the spokesman said.';
    const p = person(text, 'p1', 'John Smith', ['Smith'], 'male', ['spokesman']);
    const qs = run(text, { people: [p], countries: [], organizations: [] });
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.ref, q.speaker?.text])).toEqual([
      ['John Smith', 'person', 'p1', 'the spokesman'],
    ]);
  });

  test('countries and organizations as speakers', () => {
    const text = 'Russia said it would veto "any draft of this kind." The Foreign Ministry said: "No comment."';
    const ru: Country = { code: 'RU', name: 'Russia', forms: ['Russia'], mentions: mentionsOf(text, ['Russia']) };
    const org: Organization = { id: 'o1', name: 'Foreign Ministry', acronym: null, aliases: [], mentions: mentionsOf(text, ['Foreign Ministry']) };
    const qs = run(text, { people: [], countries: [ru], organizations: [org] });
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.ref])).toEqual([
      ['Russia', 'country', 'RU'],
      ['Foreign Ministry', 'organization', 'o1'],
    ]);
  });
});
