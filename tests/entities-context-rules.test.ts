/**
 * Context rules added to the entity extractor: capitals after party vs place prepositions, roles
 * linked to `the union's` / `the company's`, place cues, group names, organization cues, and sports
 * teams settled at document level. Sentences written for these tests.
 */

import { runPlain as run, countryCodes as codes, personNames as people, orgNames as orgs } from './helpers/plain.js';

describe('capital as government after a preposition', () => {
  test.each<[string, string[]]>([
    ['The commission said it stayed in close contact with Warsaw.', ['PL']],
    ['Allies leave too much of the burden to Washington.', ['US']],
    ['The minister flew to Washington on Monday.', []],
    ['Talks between Paris and Berlin went on late.', ['FR', 'DE']],
    ['The plan was drafted by Moscow last year.', ['RU']],
    ['The delegation returned from Moscow on Friday.', []],
    ['Farmers gathered in Warsaw before dawn.', []],
  ])('%s', (sentence, expected) => {
    expect(codes(sentence)).toEqual(expected);
  });
});

describe("roles linked to the one organization of a kind (`the union's`)", () => {
  test.each<[string, string, string | null]>([
    [
      'The Federation of Harbour Pilots called a stoppage. The federation\'s general secretary, Amaka Obi, said talks had failed.',
      'Amaka Obi',
      'Federation of Harbour Pilots',
    ],
    [
      'Northgate Foods Ltd cut its forecast, according to Ruth Ellery, the company\'s chief executive.',
      'Ruth Ellery',
      'Northgate Foods Ltd',
    ],
    [
      'Northgate Foods Ltd and Kestrel Mills Ltd merged, according to Ruth Ellery, the company\'s chief executive.',
      'Ruth Ellery',
      null,
    ],
  ])('%s', (sentence, name, org) => {
    const p = run(sentence).people.find((x) => x.name === name)!;
    expect(p).toBeDefined();
    expect(p.roles[0]?.organization ?? null).toBe(org);
  });
});

describe('places are not people', () => {
  test.each<[string, string[]]>([
    ['Fighting flared again in the disputed Varnoka-Belt region, and refugees fled Varnoka-Belt by road.', []],
    ['Ships queued at the Tanjung Kelor port for days.', []],
    ['Crowds gathered in the town of Orsk-Valin on Sunday.', []],
    ['The match was played at Grace Road in the rain.', []],
    ['Gennady Orlov arrived in Zelenava on Monday. Peace in Zelenava is fragile.', ['Gennady Orlov']],
  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('group names and nationalities are not people', () => {
  test.each<[string, string[]]>([
    ['Iraqi Kurds fled north as the fighting spread.', []],
    ['The Roman Catholic archdiocese said nothing.', []],
    ['Many Rwandan Hutu refugees stayed in the camps.', []],
    ['Afrikaners revived their campaign for a homeland.', []],
  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('names split or glued by mistake', () => {
  test.each<[string, string[]]>([
    ['President Bill Clinton spoke on Friday.', ['Bill Clinton']],
    ['Jan Kowalczyk won the final.', ['Jan Kowalczyk']],
    ['Co-Premier Hun Sen agreed to the request.', ['Hun Sen']],
    ['Red Cross president Li Song-ho sent a message.', ['Li Song-ho']],
    ['The plan came from analyst Paula Verdi at Indoswiss.', ['Paula Verdi']],
  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('organization cues', () => {
  test.each<[string, string[]]>([
    ['Shares of Hollins & Marbury rose on Monday.', ['Hollins & Marbury']],
    ['The daily Gazeta Nowina said on Saturday that the deal was off.', ['Gazeta Nowina']],
    ['But Le Soir Libre newspaper, quoting witnesses, said the blast was heard miles away.', ['Le Soir Libre']],
  ])('%s', (sentence, expected) => {
    expect(orgs(sentence)).toEqual(expected);
    expect(people(sentence)).toEqual([]);
  });
});

describe('sports teams settled at document level', () => {
  test('a name in a results line is a team elsewhere in the document', () => {
    const text = 'Results on Saturday: Varnham 2 Oldcastle 1 Brisley 0 Dunmere 3. Oldcastle were top after the win, and Brisley sacked their coach.';
    const r = run(text);
    expect(r.people.map((p) => p.name)).toEqual([]);
    const names = r.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Varnham', 'Oldcastle', 'Brisley', 'Dunmere']));
  });

  test('a person with a full name keeps being a person in a sports document', () => {
    const text = 'Varnham 2 Oldcastle 1 Brisley 0 Dunmere 3. Striker Tomasz Brisk scored twice. Brisk said the team deserved it.';
    expect(people(text)).toEqual(['Tomasz Brisk']);
  });

  test('outside a sports document nothing changes', () => {
    expect(people('Vendrell said the talks would resume.')).toEqual(['Vendrell']);
  });
});

describe('abbreviated country names', () => {
  test.each<[string, string[]]>([
    ['N. Korea urged S. Korea to return the soldier.', ['KP', 'KR']],
  ])('%s', (sentence, expected) => {
    expect(codes(sentence)).toEqual(expected);
    expect(people(sentence)).toEqual([]);
  });
});
