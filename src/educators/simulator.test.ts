import { describe, expect, test } from 'vitest';
import { intervalsContain, ipv4, parseIPv4 } from './cidr.ts';
import {
  builtInRules,
  december2019Scenario,
  decidingRule,
  discoveryEstimate,
  magnitudeOf,
  parseAddresses,
  parsePorts,
  parseRules,
  reachability,
  simulate,
  verifyFlow,
  type RuleDraft,
  type Scenario,
} from './simulator.ts';

const ip = (text: string) => {
  const parsed = parseIPv4(text);
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.value;
};
let counter = 0;
const rule = (
  priority: string,
  access: string,
  source: string,
  port = '9200',
  extra: Partial<RuleDraft> = {},
): RuleDraft => ({
  priority,
  name: `rule-${++counter}`,
  access,
  protocol: 'TCP',
  source,
  destination: '*',
  port,
  ...extra,
});
const rulesOf = (...drafts: RuleDraft[]) => {
  const { rules, problems } = parseRules(drafts);
  expect(problems).toEqual([]);
  return rules;
};
const tcp = (port: number) => ({ protocol: 'tcp', port }) as const;
const honeypot = { firstAttackHours: 8.5, reportedRequestsPerDay: 18, requests: 175, days: 11 };
/** The December table with its open rule (row 2) changed. */
const editOpenRule = (change: Partial<RuleDraft>): Scenario => ({
  ...december2019Scenario,
  rules: december2019Scenario.rules.map((draft, row) => (row === 1 ? { ...draft, ...change } : draft)),
});

describe('parseRules', () => {
  test('parseRules reports every bad cell with its row, field and reason', () => {
    const { rules, problems } = parseRules([
      rule('50', 'Permit', '10.0.0.0/33', '70000', { protocol: 'SCTP', name: '-bad' }),
      rule('200', 'Allow', '10.0.0.0/8'),
    ]);
    expect(rules.map((r) => r.priority)).toEqual([200]);
    expect(problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [0, 'priority', 'priority-range'],
      [0, 'name', 'name-characters'],
      [0, 'access', 'access-invalid'],
      [0, 'protocol', 'protocol-invalid'],
      [0, 'source', 'address-prefix'],
      [0, 'port', 'port-too-high'],
    ]);
  });
  test('parseRules refuses a second rule with the same priority, as Azure does, and a repeated name', () => {
    const { problems } = parseRules([
      rule('300', 'Allow', '*', '9200', { name: 'same' }),
      rule('300', 'Deny', 'Internet', '9200', { name: 'SAME' }),
    ]);
    expect(problems.map((p) => [p.row, p.field, p.code, p.values['other']])).toEqual([
      [1, 'priority', 'priority-duplicate', 1],
      [1, 'name', 'name-duplicate', 1],
    ]);
  });
  test('parseRules accepts priorities 100 and 4096 and refuses 99, 4097, 5000 and decimals', () => {
    expect(parseRules([rule('100', 'allow', '*'), rule('4096', 'DENY', '*')]).problems).toEqual([]);
    const bad = parseRules(['99', '4097', '5000', '150.5'].map((priority) => rule(priority, 'Allow', '*')));
    expect(bad.problems.map((p) => [p.row, p.code])).toEqual([
      [0, 'priority-range'],
      [1, 'priority-range'],
      [2, 'priority-range'],
      [3, 'priority-not-number'],
    ]);
  });
  test('parseRules requires * as the port of an ICMP rule and refuses ESP as not modelled', () => {
    expect(parseRules([rule('100', 'Allow', '*', '9200', { protocol: 'ICMP' })]).problems[0]?.code).toBe('port-icmp');
    expect(parseRules([rule('100', 'Allow', '*', '*', { protocol: 'icmp' })]).problems).toEqual([]);
    expect(parseRules([rule('100', 'Allow', '*', '*', { protocol: 'ESP' })]).problems[0]?.code).toBe(
      'protocol-not-modelled',
    );
  });
});

describe('parseAddresses', () => {
  test('parseAddresses reads comma lists of addresses and blocks', () => {
    const parsed = parseAddresses('192.0.2.0/24, 198.51.100.7');
    expect(parsed.ok && parsed.value.addresses).toHaveLength(2);
  });
  test('parseAddresses knows the tags Any, *, Internet, VirtualNetwork and AzureLoadBalancer in any case', () => {
    for (const tag of ['Any', '*', 'internet', 'VirtualNetwork', 'AZURELOADBALANCER'])
      expect(parseAddresses(tag).ok, tag).toBe(true);
  });
  test('parseAddresses refuses unknown words, unmodelled tags, a tag in a list, and empty items', () => {
    const code = (text: string) => {
      const parsed = parseAddresses(text);
      return parsed.ok ? 'ok' : parsed.code;
    };
    expect(code('everyone')).toBe('tag-unknown');
    expect(code('AzureCloud')).toBe('tag-not-modelled');
    expect(code('Internet, 10.0.0.0/8')).toBe('tag-combined');
    expect(code('10.0.0.0/8,')).toBe('address-empty-item');
    expect(code(' ')).toBe('address-empty');
    expect(code('10.0.0.1/8')).toBe('address-host-bits');
    expect(code('10.0.0.0/40')).toBe('address-prefix');
  });
  test('AzureLoadBalancer stands for the Azure host address only, which is not on the public internet', () => {
    const rules = rulesOf(rule('100', 'Allow', 'AzureLoadBalancer'));
    expect(decidingRule(rules, ipv4(168, 63, 129, 16), tcp(9200)).priority).toBe(100);
    expect(reachability(rules).publicAddressesAllowed).toBe(0);
  });
});

describe('parsePorts', () => {
  test('parsePorts reads single ports, ranges, comma lists and *', () => {
    expect(parsePorts('9200')).toEqual({ ok: true, value: [{ from: 9200, to: 9200 }] });
    expect(parsePorts('9200-9300')).toEqual({ ok: true, value: [{ from: 9200, to: 9300 }] });
    expect(parsePorts('9200, 9300')).toEqual({
      ok: true,
      value: [
        { from: 9200, to: 9200 },
        { from: 9300, to: 9300 },
      ],
    });
    expect(parsePorts('80, 10000-10005')).toMatchObject({ ok: true });
    expect(parsePorts('*')).toEqual({ ok: true, value: [{ from: 0, to: 65535 }] });
  });
  test('parsePorts refuses backwards ranges, ports above 65535, words and empty items', () => {
    expect(parsePorts('9300-9200')).toMatchObject({
      ok: false,
      code: 'port-reversed',
      values: { from: 9300, to: 9200 },
    });
    expect(parsePorts('65536')).toMatchObject({ ok: false, code: 'port-too-high' });
    expect(parsePorts('http')).toMatchObject({ ok: false, code: 'port-not-number' });
    expect(parsePorts('9200,,9300')).toMatchObject({ ok: false, code: 'port-empty-item' });
  });
});

describe('built-in rules', () => {
  test('builtInRules are Azure’s three inbound defaults, including AllowAzureLoadBalancerInBound at 65001', () => {
    expect(builtInRules.map((r) => [r.priority, r.name, r.access])).toEqual([
      [65000, 'AllowVnetInBound', 'allow'],
      [65001, 'AllowAzureLoadBalancerInBound', 'allow'],
      [65500, 'DenyAllInBound', 'deny'],
    ]);
  });
  test('decidingRule lets health probes in by default and internet traffic falls to 65500', () => {
    // Microsoft's tag list puts the host address in VirtualNetwork too, so 65000 decides before 65001 does.
    expect(decidingRule([], ipv4(168, 63, 129, 16), tcp(9200)).name).toBe('AllowVnetInBound');
    expect(decidingRule([], ip('198.51.100.7'), tcp(9200)).name).toBe('DenyAllInBound');
    expect(decidingRule([], ip('10.9.9.9'), tcp(9200)).name).toBe('AllowVnetInBound');
  });
});

describe('decidingRule', () => {
  test('decidingRule picks the lowest priority number, whatever the order of the table', () => {
    const rules = rulesOf(
      rule('300', 'Allow', '*', '9200', { name: 'allow-all' }),
      rule('200', 'Deny', 'Internet', '9200', { name: 'deny-internet' }),
    );
    expect(decidingRule(rules, ip('203.0.113.9'), tcp(9200)).name).toBe('deny-internet');
    expect(decidingRule(rules, ip('10.1.2.3'), tcp(9200)).name).toBe('allow-all');
  });
  test('decidingRule skips rules for other ports, other protocols, and destinations that do not hold the database', () => {
    const rules = rulesOf(
      rule('100', 'Allow', '*', '3389'),
      rule('110', 'Allow', '*', '9200', { protocol: 'UDP' }),
      rule('120', 'Allow', '*', '9200', { destination: '203.0.113.10' }),
    );
    expect(decidingRule(rules, ip('198.51.100.7'), tcp(9200)).name).toBe('DenyAllInBound');
    expect(decidingRule(rules, ip('198.51.100.7'), { protocol: 'udp', port: 9200 }).priority).toBe(110);
  });
  test('decidingRule matches every port of a comma list and nothing between', () => {
    const rules = rulesOf(rule('100', 'Allow', '*', '9200, 9300'));
    expect(decidingRule(rules, ip('198.51.100.7'), tcp(9300)).priority).toBe(100);
    expect(decidingRule(rules, ip('198.51.100.7'), tcp(9250)).name).toBe('DenyAllInBound');
  });
});

describe('reachability', () => {
  test('reachability of the December 2019 table is the whole public internet', () => {
    const result = reachability(parseRules(december2019Scenario.rules).rules);
    expect(result.exposure).toBe('open');
    expect(result.publicShareAllowed).toBe(1);
  });
  test('reachability with no rules is closed by the default deny', () => {
    expect(reachability([])).toMatchObject({ exposure: 'closed', publicAddressesAllowed: 0 });
  });
  test('reachability with a deny for Internet before the broad allow is closed, after it stays open', () => {
    expect(reachability(rulesOf(rule('300', 'Allow', '*'), rule('250', 'Deny', 'Internet'))).exposure).toBe('closed');
    const after = reachability(rulesOf(rule('300', 'Allow', '*'), rule('350', 'Deny', 'Internet')));
    expect(after.exposure).toBe('open');
    expect(after.outcomes.find((o) => o.rule.priority === 350)?.publicAddressesDecided).toBe(0);
  });
  test('reachability of one partner /24 is restricted to 256 addresses', () => {
    expect(reachability(rulesOf(rule('100', 'Allow', '198.51.100.0/24')))).toMatchObject({
      exposure: 'restricted',
      publicAddressesAllowed: 256,
    });
  });
  test('reachability checks the chosen port: 9300 is open through a 9200-9300 rule, closed through 9200 alone', () => {
    expect(reachability(rulesOf(rule('100', 'Allow', '*', '9200-9300')), 9300).exposure).toBe('open');
    expect(reachability(rulesOf(rule('100', 'Allow', '*', '9200')), 9300).exposure).toBe('closed');
  });
});

describe('simulate', () => {
  const inputs = [honeypot, 26] as const;
  test('simulate(december2019Scenario) says the data is readable and estimates hundreds of requests', () => {
    const result = simulate(december2019Scenario, ...inputs);
    expect(result.verdict).toBe('open-readable');
    expect(result.verdict !== 'not-evaluated' && result.estimate?.magnitude).toEqual({
      low: 'hundreds',
      high: 'hundreds',
    });
  });
  test('simulate with authentication on is reachable but locked, and still estimates the requests', () => {
    const result = simulate({ ...december2019Scenario, authentication: true }, ...inputs);
    expect(result.verdict).toBe('open-password');
    expect(result.verdict !== 'not-evaluated' && result.estimate).toBeDefined();
  });
  // The trainer's six edits of the open rule: four Azure would refuse, two it accepts.
  test.each([
    [{ source: '10.0.0.1/8' }, 'source'],
    [{ source: 'everyone' }, 'source'],
    [{ priority: '5000' }, 'priority'],
    [{ priority: '200' }, 'priority'],
    [{ source: '10.0.0.0/33' }, 'source'],
    [{ port: '65536' }, 'port'],
    [{ port: '9300-9200' }, 'port'],
  ] as const)('simulate with the open rule changed to %o is not evaluated and names %s', (change, field) => {
    const result = simulate(editOpenRule(change), ...inputs);
    expect(result.verdict).toBe('not-evaluated');
    expect(result.problems[0]).toMatchObject({ row: 1, field });
  });
  test('simulate evaluates the valid edits as Azure does: AzureLoadBalancer closes it, a port list keeps it open', () => {
    expect(simulate(editOpenRule({ source: 'AzureLoadBalancer' }), ...inputs).verdict).toBe('closed');
    expect(simulate(editOpenRule({ port: '9200, 9300' }), ...inputs).verdict).toBe('open-readable');
  });
  test('simulate scales the estimate at the edges: a /15 expects fewer than one request, a /16 gets an estimate too', () => {
    for (const source of ['8.0.0.0/15', '8.0.0.0/16']) {
      const result = simulate(editOpenRule({ source }), ...inputs);
      expect(result.verdict === 'not-evaluated' ? undefined : result.estimate?.magnitude.high, source).toBe('none');
    }
    const half = simulate(editOpenRule({ source: '0.0.0.0/1' }), ...inputs);
    expect(half.verdict === 'not-evaluated' ? undefined : half.estimate?.magnitude.low).toBe('hundreds');
  });
});

describe('discoveryEstimate', () => {
  test('discoveryEstimate scales both published rates to the exposure and to the share of the internet let in', () => {
    const whole = discoveryEstimate(honeypot, 26);
    expect(whole.computedRequestsPerDay).toBeCloseTo(175 / 11);
    expect(whole.expectedRequests.low).toBeCloseTo((175 / 11) * 26);
    expect(whole.expectedRequests.high).toBe(18 * 26);
    expect(discoveryEstimate(honeypot, 26, 0.01).expectedRequests.high).toBeCloseTo(18 * 26 * 0.01);
  });
  test('magnitudeOf names powers of ten', () => {
    expect([0.2, 3, 42, 414, 4680, 99999].map(magnitudeOf)).toEqual([
      'none',
      'ones',
      'tens',
      'hundreds',
      'thousands',
      'more',
    ]);
  });
});

describe('verifyFlow', () => {
  test('verifyFlow names the rule that decides, as IP flow verify does', () => {
    const check = verifyFlow(december2019Scenario.rules, '203.0.113.50', 'tcp', '9200');
    expect(check).toMatchObject({ ok: true, access: 'allow', rule: { name: 'allow-elasticsearch', priority: 310 } });
    expect(verifyFlow(december2019Scenario.rules, '203.0.113.50', 'tcp', '3389')).toMatchObject({
      ok: true,
      access: 'deny',
      rule: { name: 'deny-remote-desktop' },
    });
    expect(verifyFlow(december2019Scenario.rules, '203.0.113.50', 'udp', '9200')).toMatchObject({
      rule: { name: 'DenyAllInBound' },
    });
  });
  test('verifyFlow refuses a bad address or port, and a table Azure would refuse', () => {
    expect(verifyFlow(december2019Scenario.rules, '203.0.113.0/24', 'tcp', '9200')).toMatchObject({
      ok: false,
      field: 'address',
    });
    expect(verifyFlow(december2019Scenario.rules, '203.0.113.5', 'tcp', '70000')).toMatchObject({
      ok: false,
      field: 'port',
    });
    expect(verifyFlow(editOpenRule({ source: 'everyone' }).rules, '203.0.113.5', 'tcp', '9200')).toMatchObject({
      ok: false,
      field: 'table',
    });
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
      rule('170', 'Allow', '*', '9200', { protocol: 'UDP' }),
      rule('180', 'Deny', 'AzureLoadBalancer', '*'),
    );
    const { allowed } = reachability(rules);
    // Every rule boundary and its neighbours, plus a spread across the whole space.
    const samples = new Set<number>();
    for (const r of [...rules, ...builtInRules])
      for (const { first, last } of r.sources)
        for (const address of [first - 1, first, last, last + 1])
          if (address >= 0 && address < 2 ** 32) samples.add(address);
    for (let step = 0; step < 4096; step++) samples.add(Math.floor((step * 2 ** 32) / 4096) + step);
    for (const address of samples)
      expect(intervalsContain(allowed, address), String(address)).toBe(
        decidingRule(rules, address, tcp(9200)).access === 'allow',
      );
  });
});
