import { describe, expect, test } from 'vitest';
import { intervalsContain, parseIPv4 } from './cidr.ts';
import {
  december2019Scenario,
  decidingRule,
  discoveryEstimate,
  parsePortRange,
  parseRules,
  reachability,
  simulate,
  type RuleDraft,
} from './simulator.ts';

const ip = (text: string) => {
  const parsed = parseIPv4(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const rule = (priority: string, access: string, source: string, port = '9200', name = ''): RuleDraft => ({
  priority,
  name,
  access,
  source,
  port,
});
const rulesOf = (...drafts: RuleDraft[]) => {
  const { rules, problems } = parseRules(drafts);
  expect(problems).toEqual([]);
  return rules;
};
const honeypot = { firstAttackHours: 8.5, reportedRequestsPerDay: 18, requests: 175, days: 11 };

describe('parseRules', () => {
  test('parseRules reports every bad cell with its row and field', () => {
    const { rules, problems } = parseRules([
      rule('50', 'Permit', '10.0.0.0/33', '70000'),
      rule('200', 'Allow', '10.0.0.0/8'),
    ]);
    expect(rules.map((r) => r.priority)).toEqual([200]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [0, 'priority'],
      [0, 'access'],
      [0, 'source'],
      [0, 'port'],
    ]);
    expect(problems[0]?.message).toContain('100 to 4096');
  });
  test('parseRules rejects a second rule with the same priority', () => {
    const { rules, problems } = parseRules([rule('300', 'Allow', '*'), rule('300', 'Deny', 'Internet')]);
    expect(rules).toHaveLength(1);
    expect(problems).toEqual([
      { row: 1, field: 'priority', message: expect.stringContaining('already used by rule 1') },
    ]);
  });
  test('parseRules accepts priorities 100 and 4096 and rejects 99, 4097 and decimals', () => {
    expect(parseRules([rule('100', 'allow', '*'), rule('4096', 'DENY', '*')]).problems).toEqual([]);
    expect(
      parseRules([rule('99', 'Allow', '*'), rule('4097', 'Allow', '*'), rule('150.5', 'Allow', '*')]).problems.map(
        (p) => p.row,
      ),
    ).toEqual([0, 1, 2]);
  });
  test('parseRules reads comma-separated sources and tags, and rejects an empty source', () => {
    const [parsed] = rulesOf(rule('100', 'Allow', '192.0.2.0/24, 198.51.100.7'));
    expect(parsed?.sources).toHaveLength(2);
    expect(parseRules([rule('100', 'Allow', ' ')]).problems[0]?.field).toBe('source');
    expect(parseRules([rule('100', 'Allow', '10.0.0.0/8,')]).problems[0]?.message).toContain('empty item');
  });
});

describe('parsePortRange', () => {
  test('parsePortRange reads single ports, ranges and *', () => {
    expect(parsePortRange('9200')).toEqual({ ok: true, value: { from: 9200, to: 9200 } });
    expect(parsePortRange('9200-9300')).toEqual({ ok: true, value: { from: 9200, to: 9300 } });
    expect(parsePortRange('*')).toEqual({ ok: true, value: { from: 0, to: 65535 } });
  });
  test('parsePortRange rejects backwards ranges, ports above 65535 and words', () => {
    expect(parsePortRange('9300-9200')).toEqual({
      ok: false,
      message: expect.stringContaining('write it as 9200-9300'),
    });
    expect(parsePortRange('65536').ok).toBe(false);
    expect(parsePortRange('http').ok).toBe(false);
  });
});

describe('decidingRule', () => {
  test('decidingRule picks the lowest priority number, whatever the order of the table', () => {
    const rules = rulesOf(
      rule('300', 'Allow', '*', '9200', 'allow-all'),
      rule('200', 'Deny', 'Internet', '9200', 'deny-internet'),
    );
    expect(decidingRule(rules, ip('203.0.113.9'), 9200).name).toBe('deny-internet');
    // The deny rule does not cover private addresses, so the later allow decides for them.
    expect(decidingRule(rules, ip('10.1.2.3'), 9200).name).toBe('allow-all');
  });
  test('decidingRule lets a deny before an allow win for the same source', () => {
    const rules = rulesOf(rule('100', 'Deny', '203.0.113.0/24'), rule('110', 'Allow', '203.0.113.0/24'));
    expect(decidingRule(rules, ip('203.0.113.9'), 9200).access).toBe('deny');
  });
  test('decidingRule falls through to the default deny for internet traffic nobody allows', () => {
    expect(decidingRule([], ip('198.51.100.7'), 9200).name).toBe('DenyAllInBound');
    expect(decidingRule([], ip('10.9.9.9'), 9200).name).toBe('AllowVnetInBound');
  });
  test('decidingRule skips rules for other ports', () => {
    const rules = rulesOf(rule('100', 'Allow', '*', '3389'));
    expect(decidingRule(rules, ip('198.51.100.7'), 9200).name).toBe('DenyAllInBound');
  });
});

describe('reachability', () => {
  test('reachability of the December 2019 table is the whole public internet', () => {
    const { rules } = parseRules(december2019Scenario.rules);
    const result = reachability(rules);
    expect(result.exposure).toBe('open');
    expect(result.publicShareAllowed).toBe(1);
  });
  test('reachability with no rules is closed by the default deny', () => {
    expect(reachability([]).exposure).toBe('closed');
    expect(reachability([]).publicAddressesAllowed).toBe(0);
  });
  test('reachability with a deny for Internet placed before the broad allow is closed', () => {
    const rules = rulesOf(rule('300', 'Allow', '*'), rule('250', 'Deny', 'Internet'));
    expect(reachability(rules).exposure).toBe('closed');
  });
  test('reachability with the same deny placed after the broad allow stays open', () => {
    const rules = rulesOf(rule('300', 'Allow', '*'), rule('350', 'Deny', 'Internet'));
    const result = reachability(rules);
    expect(result.exposure).toBe('open');
    expect(result.outcomes.find((o) => o.rule.priority === 350)?.publicAddressesDecided).toBe(0);
  });
  test('reachability of one partner /24 is restricted to 256 addresses', () => {
    const result = reachability(rulesOf(rule('100', 'Allow', '198.51.100.0/24')));
    expect(result).toMatchObject({ exposure: 'restricted', publicAddressesAllowed: 256 });
  });
  test('reachability of private ranges only is closed to the internet', () => {
    expect(reachability(rulesOf(rule('100', 'Allow', '10.0.0.0/8, 192.168.0.0/16'))).exposure).toBe('closed');
  });
});

describe('simulate', () => {
  const estimateInputs = [honeypot, 26] as const;
  test('simulate(december2019Scenario) says the data is readable and estimates attacks', () => {
    const result = simulate(december2019Scenario, ...estimateInputs);
    expect(result.verdict).toBe('open-readable');
    expect(result.estimate?.firstAttackHours).toBe(8.5);
  });
  test('simulate with authentication on is reachable but asks for a password', () => {
    expect(simulate({ ...december2019Scenario, authentication: true }, ...estimateInputs).verdict).toBe(
      'open-password',
    );
  });
  test('simulate ignores bad rows and lists them', () => {
    const result = simulate({ rules: [rule('abc', 'Allow', '*')], authentication: false }, ...estimateInputs);
    expect(result.verdict).toBe('closed');
    expect(result.problems).toHaveLength(1);
    expect(result.estimate).toBeUndefined();
  });
});

describe('discoveryEstimate', () => {
  test('discoveryEstimate scales both published rates to the exposure length', () => {
    const estimate = discoveryEstimate(honeypot, 26);
    expect(estimate.computedRequestsPerDay).toBeCloseTo(175 / 11);
    expect(estimate.expectedRequests).toEqual({ low: Math.round((175 / 11) * 26), high: 18 * 26 });
  });
});

describe('decidingRule and reachability agree', () => {
  test('reachability(rules).allowed holds exactly the addresses decidingRule allows', () => {
    const rules = rulesOf(
      rule('120', 'Deny', '203.0.113.0/25'),
      rule('130', 'Allow', '203.0.113.0/24, 198.51.100.0/24'),
      rule('140', 'Deny', 'Internet'),
      rule('150', 'Allow', '*', '9000-9300'),
      rule('160', 'Allow', '0.0.0.0/1', '22'),
    );
    const { allowed } = reachability(rules);
    // Every rule boundary and its neighbours, plus a spread across the whole space.
    const samples = new Set<number>();
    for (const r of rules)
      for (const { first, last } of r.sources)
        for (const address of [first - 1, first, last, last + 1])
          if (address >= 0 && address < 2 ** 32) samples.add(address);
    for (let step = 0; step < 4096; step++) samples.add(Math.floor((step * 2 ** 32) / 4096) + step);
    for (const address of samples) {
      expect(intervalsContain(allowed, address), String(address)).toBe(
        decidingRule(rules, address, 9200).access === 'allow',
      );
    }
  });
});
