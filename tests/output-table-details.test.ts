/**
 * Details of the table formatter: a quote listed under its person shows its cue verb in brackets
 * (the person is the row above), and an organization's acronym is not repeated among its aliases.
 */
import { formatters } from '../src/output/index.js';
import { sampleResult } from './output-sample.js';

test('a quote under its person ends with (said), not a bare "— said"', () => {
  const out = formatters.table([sampleResult()], { color: false, width: 200 });
  expect(out).toContain('“We will rebuild the pier, whatever it costs.” (said)');
  expect(out).not.toContain('— said');
});

test('the acronym UN is in the Acronym column only, not again under Aliases', () => {
  const r = sampleResult();
  r.organizations = [{ ...r.organizations[0]!, aliases: ['UN', 'the world body'] }];
  const out = formatters.table([r], { color: false, width: 200 });
  const row = out.split('\n').find((l) => l.includes('United Nations') && l.includes('│'))!;
  const cells = row.split('│').map((c) => c.trim()).filter((c) => c !== '');
  expect(cells).toEqual(['United Nations', 'UN', 'the world body', '1']);
});
