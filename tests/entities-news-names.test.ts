/**
 * Names as British news writes them: organization names that contain a known name, a title or a
 * country form (`BBC Radio 4`, `International Labour Organisation`), party labels, peers and
 * judges, hyphenated surnames, surnames that look like titles or demonyms, acronyms merged with
 * their names. Sentences written for these tests (fictional people and firms).
 */

import { runPlain as run, orgNames as orgs, personNames as names, countryCodes as codes } from './helpers/plain.js';

describe('a known name, title or country word inside a longer organization name belongs to it', () => {
  test.each<[string, string[]]>([
    ['She told BBC Radio 4 that prices would rise.', ['BBC Radio 4']],
    ['He wrote to BBC News about the delay.', ['BBC News']],
    ["The Information Commissioner's Office opened a file.", ["Information Commissioner's Office"]],
    ['A judge of the Family Justice Division ruled on Tuesday.', ['Family Justice Division']],
    ['The Securities and Exchange Commission fined the bank.', ['Securities and Exchange Commission']],
    ['A study by the International Labour Organisation (ILO) was cited.', ['International Labour Organisation']],
    ['Economists at the Institute for the Study of Labour disagreed.', ['Institute for the Study of Labour']],
    ['The Justice Department declined to comment.', ['Justice Department']],
  ])('%s', (sentence, expected) => {
    expect(orgs(sentence)).toEqual(expected);
  });

  test('an acronym in brackets after the full name is that name’s, not the contained party’s', () => {
    const r = run('The Parliamentary Labour Party (PLP) met. Labour MPs left early.');
    const plp = r.organizations.find((o) => o.name === 'Parliamentary Labour Party');
    const labour = r.organizations.find((o) => o.name === 'Labour Party');
    expect(plp?.acronym).toBe('PLP');
    expect(labour?.acronym ?? null).toBeNull();
  });

  test('the Soviet Union is neither a person, an organization nor a current country', () => {
    const r = run('Trade with the Soviet Union collapsed.');
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual([]);
  });
});

describe('Northern Ireland is part of the United Kingdom', () => {
  test.each<[string, string[]]>([
    ['Voters in Northern Ireland went to the polls.', ['GB']],
    ['Ferries link Northern Ireland with Ireland.', ['GB', 'IE']],
  ])('%s', (sentence, expected) => {
    expect(codes(sentence)).toEqual(expected);
  });
});

describe('party labels, events and laws are not people', () => {
  test.each<[string, string[]]>([
    ['Lib Dem leader Carla Menzies said the plan was flawed.', ['Carla Menzies']],
    ['Before the General Election the minister spoke.', []],
    ['Roman emperors built roads.', []],
    ['The Pelham Inquiry reported on Monday.', []],
    ['Tory Dominic Garvey asked a question.', ['Dominic Garvey']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  test('Tory is the Conservative Party, and the role names it', () => {
    const r = run('Tory leader Michael Hanley spoke in Leeds.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Conservative Party']);
    expect(r.people[0]!.roles[0]).toMatchObject({ title: 'leader', organization: 'Conservative Party' });
  });

  test('the Lib Dem label joins the Liberal Democrats', () => {
    expect(orgs('The Liberal Democrats won. A Lib Dem spokesman agreed.')).toEqual(['Liberal Democrats']);
  });

  test('a law is not an organization', () => {
    expect(orgs('The ruling relied on the Human Rights Act.')).toEqual([]);
  });
});

describe('people at firms', () => {
  test.each<[string, string[], string[]]>([
    ['"It will pass," said Dora Keyes at Merrill Lynch.', ['Dora Keyes'], ['Merrill Lynch']],
    ['Analysts from Garnet Smith Barney cut the target.', [], ['Garnet Smith Barney']],
  ])('%s', (sentence, people, organizations) => {
    const r = run(sentence);
    expect(r.people.map((p) => p.name)).toEqual(people);
    expect(r.organizations.map((o) => o.name)).toEqual(organizations);
  });

  test('a person’s possessive does not start an organization name', () => {
    const r = run("Gerhard Lindner's Green Party lost seats.");
    expect(r.people.map((p) => p.name)).toEqual(['Gerhard Lindner']);
    expect(r.organizations.map((o) => o.name)).toEqual(['Green Party']);
  });
});

describe('peers, judges and titles', () => {
  test('the Lord Chancellor Lord X: a title, then a peer called by one name', () => {
    const p = run('The Lord Chancellor Lord Penhale defended the plan.').people;
    expect(p.map((x) => x.name)).toEqual(['Lord Penhale']);
    expect(p[0]!.roles.map((r) => r.title)).toEqual(['Lord Chancellor']);
  });

  test('The Lord Chief Justice, Lord X, …', () => {
    const p = run('The Lord Chief Justice, Lord Tremayne, said the law was clear.').people;
    expect(p.map((x) => x.name)).toEqual(['Lord Tremayne']);
    expect(p[0]!.roles.map((r) => r.title)).toEqual(['Lord Chief Justice']);
  });

  test('a hyphenated former is the title former President', () => {
    const p = run('The former-President Ivo Marek spoke.').people;
    expect(p[0]!.roles.map((r) => r.title)).toEqual(['former President']);
  });

  test('a capitalised kind word before a title names the one committee of the article', () => {
    const p = run('The Home Affairs Committee met. Committee chairman Alan Pryor said: "No."').people;
    expect(p[0]!.roles[0]).toMatchObject({ title: 'chairman', organization: 'Home Affairs Committee' });
  });
});

describe('surnames', () => {
  test('a surname that is also a title word', () => {
    const p = run("Harbour Bank's Simon Champion said so. Mr Champion added more.").people;
    expect(p.map((x) => x.name)).toEqual(['Simon Champion']);
    expect(p[0]!.aliases).toEqual(['Champion']);
  });

  test('a surname that is also a demonym is no country', () => {
    const r = run('Oliver Irish wrote the code. Mr Irish said it was fast.');
    expect(r.people.map((x) => x.name)).toEqual(['Oliver Irish']);
    expect(r.countries).toEqual([]);
  });

  test('a hyphenated surname, and either part of it alone', () => {
    const p = run('Dame Alice Moss-Tring chaired it. Later Moss-Tring said so, and Tring left.').people;
    expect(p.map((x) => x.name)).toEqual(['Alice Moss-Tring']);
    expect(p[0]!.aliases).toEqual(['Moss-Tring', 'Tring']);
  });
});

describe('organization merging', () => {
  test('an acronym before the name it abbreviates', () => {
    const o = run('The MPC met on Thursday. The Monetary Policy Committee held rates.').organizations;
    expect(o.map((x) => [x.name, x.acronym])).toEqual([['Monetary Policy Committee', 'MPC']]);
  });

  test('a country prefix and a legal suffix do not make another company', () => {
    const o = run('It is owned by US Corvel Corporation. Shares in Corvel rose.').organizations;
    expect(o.map((x) => x.name)).toEqual(['US Corvel Corporation']);
  });

  test('an acronym written like a word after its bracketed first mention', () => {
    const o = run('A fellow at the Royal Maritime Studies Institute (Rmsi) spoke. She said Rmsi would publish.').organizations;
    expect(o.map((x) => x.name)).toEqual(['Royal Maritime Studies Institute']);
  });

  test('voter ID and PR are no organizations; the UK is a country', () => {
    const r = run("Voter ID rules were a PR disaster for the UK's ministers.");
    expect(r.organizations).toEqual([]);
    expect(r.countries.map((c) => c.code)).toEqual(['GB']);
  });
});

describe('firms and products are not people', () => {
  test.each<[string, string[], string[]]>([
    ['Supermarket giant Dal-Rand sued the band.', [], ['Dal-Rand']],
    ['A director at analyst Quantell said sales fell.', [], ['Quantell']],
    ['Shoppers queued for the Mac Mini on Friday.', [], []],
    ['Republican senators and a Democrat spoke.', [], []],
    ['She presented a show on Channel 4 last year.', [], ['Channel 4']],
  ])('%s', (sentence, people, organizations) => {
    const r = run(sentence);
    expect(r.people.map((p) => p.name)).toEqual(people);
    expect(r.organizations.map((o) => o.name)).toEqual(organizations);
  });
});

describe('more firm evidence', () => {
  test.each<[string, string[], string[]]>([
    ['Marl-Vester is a specialist glass firm in Lyon.', [], ['Marl-Vester']],
    ['Near the port is crane maker Huiben Trax.', [], ['Huiben Trax']],
    ['The swimmer beat her rival Merla Ostry.', ['Merla Ostry'], []],
  ])('%s', (sentence, people, organizations) => {
    const r = run(sentence);
    expect(r.people.map((p) => p.name)).toEqual(people);
    expect(r.organizations.map((o) => o.name)).toEqual(organizations);
  });

  test('an acronym in apposition after a comma joins the name it abbreviates', () => {
    const r = run('It is run by the Internet Corporation for Naming Standards, Icns. Icns said no.');
    expect(r.organizations.map((x) => [x.name, x.acronym])).toEqual([['Internet Corporation for Naming Standards', 'ICNS']]);
    expect(r.people).toEqual([]);
  });
});
