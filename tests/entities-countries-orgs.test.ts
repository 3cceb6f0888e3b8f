/**
 * Countries (names, aliases, demonyms, capitals acting for governments) and organizations
 * (known ones, cue words, acronym merging, nominal references). Sentences written for these tests.
 */

import { runPlain as run, countryCodes as codes } from './helpers/plain.js';

describe('countries', () => {
  test.each<[string, string[]]>([
    ['The U.S. and Britain disagreed.', ['US', 'GB']],
    ['Syrian troops moved north.', ['SY']],
    ['Ivorian farmers protested.', ['CI']],
    ['Moscow said the plan was unacceptable.', ['RU']],
    ['Washington warned against delay.', ['US']],
    ["Damascus's position hardened.", ['SY']],
    ['Talks in Moscow ended without a deal.', []],
    ['Delegates met in Geneva.', []],
    ['Officials flew from Damascus to Cairo.', []],
    ['The Syrian government rejected the draft.', ['SY']],
  ])('%s', (sentence, expected) => {
    expect(codes(sentence)).toEqual(expected);
  });

  test('mention kinds and forms', () => {
    const c = run('Russia objected. Russian diplomats said Moscow had already decided.').countries[0]!;
    expect(c.code).toBe('RU');
    expect(c.forms).toEqual(['Russia', 'Russian', 'Moscow']);
    expect(c.mentions.map((m) => m.kind)).toEqual(['name', 'demonym', 'capital']);
  });

  test('the Syrian government is a country, not an organization', () => {
    const r = run('The Syrian government rejected the draft.');
    expect(r.organizations).toEqual([]);
  });
});

describe('organizations', () => {
  test.each<[string, string[]]>([
    ['The European Union and the IMF agreed.', ['European Union', 'International Monetary Fund']],
    ['Shares in Delmont Holdings fell.', ['Delmont Holdings']],
    ['The Bank of England held rates.', ['Bank of England']],
    ['Harbour City FC lost again.', ['Harbour City FC']],
    ['Reporters from RIA Novosti and Reuters waited.', ['RIA Novosti', 'Reuters']],
  ])('%s', (sentence, expected) => {
    expect(run(sentence).organizations.map((o) => o.name)).toEqual(expected);
  });

  test('a name with its acronym in brackets, then the acronym, is one organization', () => {
    const o = run('The Coastal Fisheries Authority (CFA) said quotas would fall. The CFA will meet in May.').organizations;
    expect(o).toHaveLength(1);
    expect(o[0]!.name).toBe('Coastal Fisheries Authority');
    expect(o[0]!.acronym).toBe('CFA');
    expect(o[0]!.mentions.map((m) => m.kind)).toEqual(['name', 'acronym', 'acronym']);
  });

  test('North Atlantic Treaty Organization (NATO) then NATO', () => {
    const o = run('The North Atlantic Treaty Organization (NATO) met. NATO said little.').organizations;
    expect(o.map((x) => [x.name, x.acronym, x.mentions.length])).toEqual([['North Atlantic Treaty Organization', 'NATO', 3]]);
  });

  test('UN is the United Nations', () => {
    const o = run('A UN statement was read. The United Nations agreed.').organizations;
    expect(o.map((x) => x.name)).toEqual(['United Nations']);
  });

  test('the council refers back to the one council named before', () => {
    const o = run('The Security Council met. The envoy told the council that aid was blocked.').organizations;
    expect(o).toHaveLength(1);
    expect(o[0]!.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Security Council', 'name'],
      ['council', 'nominal'],
    ]);
  });
});
