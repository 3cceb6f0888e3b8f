/**
 * Roles in their usual shapes: title before the name (with demonym, country or organization),
 * and titles in apposition after it. Sentences written for these tests.
 */
import { extract } from '../src/pipeline.js';

interface R {
  title: string;
  country: string | null;
  organization: string | null;
}

function roles(text: string, person: string): R[] {
  const p = extract(text, { layout: 'plain' }).people.find((x) => x.name === person);
  if (!p) throw new Error(`no person ${person}`);
  return p.roles.map((r) => ({ title: r.title, country: r.country?.code ?? null, organization: r.organization }));
}

test.each<[string, string, R[]]>([
  ['President Maria Okonkwo opened the bridge.', 'Maria Okonkwo', [{ title: 'President', country: null, organization: null }]],
  [
    'Russian Deputy Foreign Minister Pavel Orlov arrived.',
    'Pavel Orlov',
    [{ title: 'Deputy Foreign Minister', country: 'RU', organization: null }],
  ],
  ['U.S. Under Secretary Jane Holt flew in.', 'Jane Holt', [{ title: 'Under Secretary', country: 'US', organization: null }]],
  [
    'Russian UN Ambassador Ivan Petrenko objected.',
    'Ivan Petrenko',
    [{ title: 'Ambassador', country: 'RU', organization: 'United Nations' }],
  ],
  ['International mediator Karim Haddad arrived.', 'Karim Haddad', [{ title: 'mediator', country: null, organization: null }]],
  ['Secretary of State Laura Penn spoke.', 'Laura Penn', [{ title: 'Secretary of State', country: null, organization: null }]],
  ['Karim Haddad, the UN envoy, arrived.', 'Karim Haddad', [{ title: 'envoy', country: null, organization: 'United Nations' }]],
  ['Ruth Amsel, spokeswoman, declined to comment.', 'Ruth Amsel', [{ title: 'spokeswoman', country: null, organization: null }]],
  [
    'Peter Lund, the chief economist of the World Bank, was cautious.',
    'Peter Lund',
    [{ title: 'chief economist', country: null, organization: 'World Bank' }],
  ],
  ["NATO's Secretary General Olaf Brenner spoke.", 'Olaf Brenner', [{ title: 'Secretary General', country: null, organization: 'North Atlantic Treaty Organization' }]],
  ['Syrian Foreign Minister Samir Aziz left.', 'Samir Aziz', [{ title: 'Foreign Minister', country: 'SY', organization: null }]],
  ['Mark Ellery, who is director of the museum, agreed.', 'Mark Ellery', []],
])('%s', (sentence, person, expected) => {
  expect(roles(sentence, person)).toEqual(expected);
});

test('the role span is the title phrase as written', () => {
  const text = 'French Ambassador Luc Moreau told reporters.';
  const p = extract(text, { layout: 'plain' }).people[0]!;
  const r = p.roles[0]!;
  expect(r.text).toBe('Ambassador');
  expect(text.slice(r.start, r.end)).toBe('Ambassador');
  expect(r.country?.code).toBe('FR');
});
