import { describe, expect, test } from 'vitest';
import { educators } from '../../content/strings.json';
import spanish from '../../content/es/strings.json';
import { describeFlow, describeMissed, describeSimulation, formatShare, problemLine } from './result-text.ts';
import { december2019Scenario, parseRules, simulate, verifyFlow, type Scenario } from './simulator.ts';

const honeypot = { firstAttackHours: 8.5, reportedRequestsPerDay: 18, requests: 175, days: 11 };
const context = { binaryEdgeDays: 23, tag: 'en-GB' };
const describe2019 = (scenario: Scenario) =>
  describeSimulation(simulate(scenario, honeypot, 26), educators.simulator, context);
const withSource = (source: string): Scenario => ({
  ...december2019Scenario,
  rules: december2019Scenario.rules.map((rule, row) => (row === 1 ? { ...rule, source } : rule)),
});

describe('formatShare', () => {
  test('formatShare rounds to whole percent, one decimal when small, and two significant figures when tiny', () => {
    const share = (value: number) => formatShare(value, educators.simulator, 'en-GB');
    expect([share(1), share(0.999), share(0.5), share(0.042), share(0.0000354)]).toEqual([
      '100%',
      '99%+',
      '50%',
      '4.2%',
      '0.0035%',
    ]);
  });
  test("formatShare writes the Spanish edition's shares with a decimal comma and a spaced sign", () => {
    const share = (value: number) => formatShare(value, spanish.educators.simulator, 'es');
    expect([share(0.5), share(0.042)]).toEqual(['50\u00a0%', '4,2\u00a0%']);
  });
  test('describeSimulation in Spanish writes counts as Spanish does, in the Spanish templates', () => {
    const text = describeSimulation(simulate(december2019Scenario, honeypot, 26), spanish.educators.simulator, {
      ...context,
      tag: 'es',
    });
    const decided = text.outcomes.map((outcome) => outcome.decided);
    // Grouped with points, as Spanish writes large counts, and never with the English comma.
    expect(
      decided.some((count) => /^\d{1,3}(?:\.\d{3})+$/.test(count)),
      decided.join(' | '),
    ).toBe(true);
    expect(decided.join(' ')).not.toContain(',');
    expect(text.headline).not.toBe(describe2019(december2019Scenario).headline);
  });
});

describe('describeSimulation', () => {
  test('describeSimulation of December 2019 gives an order of magnitude with its basis and the BinaryEdge comparison', () => {
    const text = describe2019(december2019Scenario);
    expect(text.verdict).toMatch(/^Open and readable: 100% of the public internet can connect to port 9200/);
    expect(text.estimate[0]).toContain('hundreds of unauthorised requests over the 26 days');
    expect(text.estimate[1]).toContain('one honeypot, 11 days');
    expect(text.estimate.at(-1)).toContain('23 days after the rule change');
    expect(text.estimate.join(' ')).not.toMatch(/\{\w+\}|414/);
    expect(text.outcomes.at(-1)).toMatchObject({ name: 'DenyAllInBound', access: 'Deny', decided: '0' });
  });
  test('describeSimulation with authentication on still says how many requests to expect', () => {
    const text = describe2019({ ...december2019Scenario, authentication: true });
    expect(text.verdict).toMatch(/^Reachable, but locked/);
    expect(text.estimate[0]).toContain('hundreds of');
  });
  test('describeSimulation scales a /15 down to fewer than one request and says why it is only a guide', () => {
    const text = describe2019(withSource('8.0.0.0/15'));
    expect(text.estimate[0]).toContain('less than one unauthorised request over the 26 days');
    expect(text.estimate[2]).toMatch(/let in 0\.0035% of the public internet.*not spread evenly/);
  });
  test('describeSimulation names both orders of magnitude when the two published rates fall either side of one', () => {
    expect(describe2019(withSource('8.0.0.0/9')).estimate[0]).toContain(
      'between less than one and a handful of unauthorised requests over the 26 days',
    );
  });
  test('describeSimulation of a table Azure would refuse says "Not evaluated", names rule and field, and counts the rest', () => {
    const text = describe2019({
      ...december2019Scenario,
      rules: december2019Scenario.rules.map((rule, row) =>
        row === 1 ? { ...rule, source: 'everyone', port: '70000' } : rule,
      ),
    });
    expect(text.verdict).toMatch(/^Not evaluated: fix rule 2 \(Source\)\..*1 more cells/);
    expect(text.estimate).toEqual([]);
    expect(text.problems).toHaveLength(2);
  });
});

describe('problemLine and describeFlow', () => {
  test('problemLine names the rule, the field and the reason in words', () => {
    const { problems } = parseRules([{ ...december2019Scenario.rules[0]!, source: '10.0.0.1/8' }]);
    expect(problemLine(problems[0]!, educators.simulator)).toBe(
      'Rule 1, Source: “10.0.0.1/8” has bits set after the first 8; Azure wants the network address. Did you mean 10.0.0.0/8?',
    );
  });
  test('describeFlow says which rule allowed or denied the connection', () => {
    expect(
      describeFlow(verifyFlow(december2019Scenario.rules, '203.0.113.5', 'tcp', '9200'), educators.simulator),
    ).toBe('Access allowed by allow-elasticsearch (priority 310).');
    expect(describeFlow(verifyFlow(december2019Scenario.rules, '203.0.113.5', 'udp', '53'), educators.simulator)).toBe(
      'Access denied by DenyAllInBound (priority 65500).',
    );
  });
});

describe('describeMissed', () => {
  test('describeMissed lists what slipped through with its format, line breaks shown as ↵', async () => {
    const { redactNote, naiveRuleIds } = await import('./redactor.ts');
    const { supportNotes } = await import('./support-notes.ts');
    const note4 = supportNotes.find((note) => note.id === 'note-4')!;
    expect(describeMissed(redactNote(note4, naiveRuleIds), educators.redaction)).toBe(
      'Slipped through in this note: Mia (a name); sam.lee@exam↵ple.net (line break); 198.51.100↵.23 (line break)',
    );
    expect(describeMissed(redactNote(note4, []), educators.redaction)).toContain('Mia');
  });
});
