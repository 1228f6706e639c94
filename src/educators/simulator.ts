/**
 * The misconfiguration simulator's logic: inbound rules as a learner types them are parsed and
 * validated as Azure validates them, then evaluated with network-security-group semantics, to say
 * whether an Elasticsearch port is reachable from the internet, from how many public addresses,
 * and what the sourced honeypot figures suggest about how soon it would be found.
 *
 * What Azure does, from Microsoft's "Azure network security groups overview"
 * (learn.microsoft.com/azure/virtual-network/network-security-groups-overview) and "Virtual
 * network service tags" (learn.microsoft.com/azure/virtual-network/service-tags-overview):
 * - priorities run from 100 to 4096, lower numbers are checked first, the first match decides,
 *   and two rules in one direction cannot share a priority;
 * - a rule names a protocol (TCP, UDP, ICMP or Any; ESP and AH only outside the portal), a source
 *   and a destination (Any, an address, a CIDR block, comma lists of those, or one service tag),
 *   and destination ports (one, a range, or a comma list);
 * - names are unique, at most 80 characters, start with a word character, end with a word
 *   character or "_", and otherwise hold word characters, ".", "-" or "_";
 * - every group ends with three inbound rules nobody can delete: AllowVNetInBound (65000),
 *   AllowAzureLoadBalancerInBound (65001) and DenyAllInBound (65500);
 * - inbound rules see the private address, after Azure has translated the public one.
 *
 * Simplifications, stated on the page too: one database behind the group; the virtual network
 * is 10.0.0.0/8 plus the Azure host's virtual address; source ports are always "any"; only the
 * tags Any, Internet, VirtualNetwork and AzureLoadBalancer are modelled; IPv4 only.
 */
import {
  allAddresses,
  cidrInterval,
  countAddresses,
  fail,
  intersectIntervals,
  intervalsContain,
  intervalsOf,
  ipv4,
  normaliseIntervals,
  parseCidr,
  routableAddresses,
  subtractIntervals,
  type AddressInterval,
  type Parsed,
  type Problem,
} from './cidr.ts';
import type { CheckedPort, RuleDraft, Scenario } from './schemas.ts';

export type { CheckedPort, RuleDraft, Scenario };

export type Access = 'allow' | 'deny';
/** Protocols the Azure portal offers; "any" covers the other three. */
export type Protocol = 'tcp' | 'udp' | 'icmp' | 'any';
/** A destination port range, both ends included. */
export interface PortRange {
  from: number;
  to: number;
}

/** A rule that parsed cleanly. */
export interface SecurityRule {
  priority: number;
  name: string;
  access: Access;
  protocol: Protocol;
  /** The source and destination as written, for messages. */
  sourceLabel: string;
  destinationLabel: string;
  sources: AddressInterval[];
  destinations: AddressInterval[];
  ports: PortRange[];
  /** True for Azure's default rules, which nobody can delete. */
  builtIn: boolean;
}

/** The fields of a rule, in the order the table shows them. */
export const ruleFields = ['priority', 'name', 'access', 'protocol', 'source', 'destination', 'port'] as const;
export type RuleField = (typeof ruleFields)[number];

/** One thing wrong with one cell of the table: Azure would refuse to save the rule. */
export interface RuleProblem extends Problem {
  /** Row in the table, from 0. */
  row: number;
  field: RuleField;
}

/** Lowest and highest priority Azure accepts for rules people write. */
export const PRIORITY_MIN = 100;
export const PRIORITY_MAX = 4096;
/** Longest rule name Azure accepts. */
export const NAME_MAX = 80;
/** The ports the verdict can be about: the HTTP API, which serves the data, and node-to-node transport. */
export const ELASTICSEARCH_PORTS: Record<CheckedPort, number> = { '9200': 9200, '9300': 9300 };

/** The exercise's network: the addresses that stand for the case, all reserved or private. */
export const network = {
  /** The virtual network's address space. */
  virtualNetwork: '10.0.0.0/8',
  /** The database's private address: what inbound rules see. */
  database: '10.0.0.4',
  /** The database's public address (a documentation address); Azure translates it before the rules run. */
  databasePublic: '203.0.113.10',
} as const;

/** Azure's host virtual address, where load-balancer health probes come from (written as numbers: it is not an example address). */
const AZURE_HOST_ADDRESS = ipv4(168, 63, 129, 16);
const azureHost: AddressInterval[] = [{ first: AZURE_HOST_ADDRESS, last: AZURE_HOST_ADDRESS }];
const virtualNetwork = intervalsOf([network.virtualNetwork]);
const databaseAddress = intervalsOf([network.database])[0]!.first;

/** Public internet addresses: routable space, less Azure's host address, which only exists inside Azure. */
export const publicInternet: readonly AddressInterval[] = subtractIntervals(routableAddresses, azureHost);

/** The service tags the simulator models, by lower-case name, with the addresses each stands for. */
const serviceTags: Record<string, { name: string; addresses: readonly AddressInterval[] }> = {
  '*': { name: '*', addresses: allAddresses },
  any: { name: 'Any', addresses: allAddresses },
  internet: { name: 'Internet', addresses: publicInternet },
  virtualnetwork: { name: 'VirtualNetwork', addresses: normaliseIntervals([...virtualNetwork, ...azureHost]) },
  azureloadbalancer: { name: 'AzureLoadBalancer', addresses: azureHost },
};

/** Real Azure service tags the simulator does not model (a sample of common ones, so a learner who types one is told why). */
const unmodelledTags = new Set(
  [
    'AzureCloud',
    'Storage',
    'Sql',
    'AppService',
    'ApiManagement',
    'AzureMonitor',
    'AzureTrafficManager',
    'GatewayManager',
    'AzureActiveDirectory',
    'AzureFrontDoor.Frontend',
    'AzureFrontDoor.Backend',
    'EventHub',
    'ServiceBus',
  ].map((tag) => tag.toLowerCase()),
);

/** The service tag names the simulator understands, for messages. */
export const modelledTagNames = ['Any', '*', 'Internet', 'VirtualNetwork', 'AzureLoadBalancer'] as const;

const everyPort: PortRange[] = [{ from: 0, to: 65535 }];

/** Azure's default inbound rules, in the order Azure checks them. */
export const builtInRules: readonly SecurityRule[] = [
  {
    priority: 65000,
    name: 'AllowVnetInBound',
    access: 'allow',
    protocol: 'any',
    sourceLabel: 'VirtualNetwork',
    destinationLabel: 'VirtualNetwork',
    sources: [...serviceTags['virtualnetwork']!.addresses],
    destinations: [...serviceTags['virtualnetwork']!.addresses],
    ports: everyPort,
    builtIn: true,
  },
  {
    priority: 65001,
    name: 'AllowAzureLoadBalancerInBound',
    access: 'allow',
    protocol: 'any',
    sourceLabel: 'AzureLoadBalancer',
    destinationLabel: '0.0.0.0/0',
    sources: [...azureHost],
    destinations: [...allAddresses],
    ports: everyPort,
    builtIn: true,
  },
  {
    priority: 65500,
    name: 'DenyAllInBound',
    access: 'deny',
    protocol: 'any',
    sourceLabel: '0.0.0.0/0',
    destinationLabel: '0.0.0.0/0',
    sources: [...allAddresses],
    destinations: [...allAddresses],
    ports: everyPort,
    builtIn: true,
  },
];

/** The priority, or why Azure would refuse it. */
export function parsePriority(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed))
    return fail('priority-not-number', { text: trimmed, min: PRIORITY_MIN, max: PRIORITY_MAX });
  const value = Number(trimmed);
  if (value < PRIORITY_MIN || value > PRIORITY_MAX)
    return fail('priority-range', { value, min: PRIORITY_MIN, max: PRIORITY_MAX });
  return { ok: true, value };
}

/** The rule name, or why Azure would refuse it. */
export function parseName(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('name-empty');
  if (trimmed.length > NAME_MAX) return fail('name-too-long', { max: NAME_MAX, length: trimmed.length });
  if (!/^\w(?:[\w.-]*\w)?$/.test(trimmed)) return fail('name-characters', { text: trimmed });
  return { ok: true, value: trimmed };
}

/** The access, or why it is not "Allow" or "Deny". */
export function parseAccess(text: string): Parsed<Access> {
  const lower = text.trim().toLowerCase();
  if (lower === 'allow' || lower === 'deny') return { ok: true, value: lower };
  return fail('access-invalid', { text: text.trim() });
}

/** The protocol, or why the simulator cannot use it. */
export function parseProtocol(text: string): Parsed<Protocol> {
  const lower = text.trim().toLowerCase();
  if (lower === '*' || lower === 'any') return { ok: true, value: 'any' };
  if (lower === 'tcp' || lower === 'udp' || lower === 'icmp') return { ok: true, value: lower };
  if (lower === 'esp' || lower === 'ah') return fail('protocol-not-modelled', { text: text.trim() });
  return fail('protocol-invalid', { text: text.trim() });
}

/** Destination ports: "*", a port, a range "from-to", or a comma list of ports and ranges. */
export function parsePorts(text: string): Parsed<PortRange[]> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('port-empty');
  if (trimmed === '*') return { ok: true, value: everyPort };
  const ranges: PortRange[] = [];
  for (const item of trimmed.split(',').map((part) => part.trim())) {
    if (item === '') return fail('port-empty-item', { text: trimmed });
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(item);
    if (!match) return fail('port-not-number', { text: item });
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    const tooHigh = [from, to].find((port) => port > 65535);
    if (tooHigh !== undefined) return fail('port-too-high', { port: tooHigh });
    if (from > to) return fail('port-reversed', { from, to });
    ranges.push({ from, to });
  }
  return { ok: true, value: ranges };
}

/** The addresses a source or destination cell stands for: one service tag, or addresses and CIDR blocks separated by commas. */
export function parseAddresses(text: string): Parsed<{ label: string; addresses: AddressInterval[] }> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('address-empty');
  const items = trimmed.split(',').map((part) => part.trim());
  const tagged = items.filter((item) => serviceTags[item.toLowerCase()] || unmodelledTags.has(item.toLowerCase()));
  if (tagged.length > 0 && items.length > 1) return fail('tag-combined', { text: tagged[0]! });
  const intervals: AddressInterval[] = [];
  for (const item of items) {
    if (item === '') return fail('address-empty-item', { text: trimmed });
    const tag = serviceTags[item.toLowerCase()];
    if (tag) return { ok: true, value: { label: tag.name, addresses: [...tag.addresses] } };
    if (unmodelledTags.has(item.toLowerCase())) return fail('tag-not-modelled', { text: item });
    // A word that is not an address: the learner meant a tag ("everyone", "Internet2"…).
    if (/^[A-Za-z][\w.-]*$/.test(item)) return fail('tag-unknown', { text: item, tags: modelledTagNames.join(', ') });
    const parsed = parseCidr(item);
    if (!parsed.ok) return parsed;
    intervals.push(cidrInterval(parsed.value));
  }
  return { ok: true, value: { label: trimmed, addresses: normaliseIntervals(intervals) } };
}

/** Every row parsed, with every cell Azure would refuse reported. Only a table without problems can be evaluated. */
export function parseRules(drafts: readonly RuleDraft[]): { rules: SecurityRule[]; problems: RuleProblem[] } {
  const rules: SecurityRule[] = [];
  const problems: RuleProblem[] = [];
  const rowByPriority = new Map<number, number>();
  const rowByName = new Map<string, number>();
  drafts.forEach((draft, row) => {
    const rowProblems: RuleProblem[] = [];
    const check = <T>(field: RuleField, parsed: Parsed<T>): T | undefined => {
      if (parsed.ok) return parsed.value;
      rowProblems.push({ row, field, code: parsed.code, values: parsed.values });
      return undefined;
    };
    const priority = check('priority', parsePriority(draft.priority));
    if (priority !== undefined) {
      const earlier = rowByPriority.get(priority);
      if (earlier === undefined) rowByPriority.set(priority, row);
      else
        rowProblems.push({
          row,
          field: 'priority',
          code: 'priority-duplicate',
          values: { value: priority, other: earlier + 1 },
        });
    }
    const name = check('name', parseName(draft.name));
    if (name !== undefined) {
      const earlier = rowByName.get(name.toLowerCase());
      if (earlier === undefined) rowByName.set(name.toLowerCase(), row);
      else rowProblems.push({ row, field: 'name', code: 'name-duplicate', values: { text: name, other: earlier + 1 } });
    }
    const access = check('access', parseAccess(draft.access));
    const protocol = check('protocol', parseProtocol(draft.protocol));
    const source = check('source', parseAddresses(draft.source));
    const destination = check('destination', parseAddresses(draft.destination));
    const ports = check('port', parsePorts(draft.port));
    // ICMP has no ports; the portal greys the field out and leaves "*".
    if (protocol === 'icmp' && ports && draft.port.trim() !== '*')
      rowProblems.push({ row, field: 'port', code: 'port-icmp', values: { text: draft.port.trim() } });
    problems.push(...rowProblems);
    if (rowProblems.length > 0) return;
    rules.push({
      priority: priority!,
      name: name!,
      access: access!,
      protocol: protocol!,
      sourceLabel: source!.label,
      destinationLabel: destination!.label,
      sources: source!.addresses,
      destinations: destination!.addresses,
      ports: ports!,
      builtIn: false,
    });
  });
  return { rules, problems };
}

/** The learner's rules in the order Azure checks them, followed by the default rules. */
export function orderedRules(rules: readonly SecurityRule[]): SecurityRule[] {
  return [...rules].sort((a, b) => a.priority - b.priority).concat(builtInRules);
}

/** One connection attempt to the database, as IP flow verify takes it. */
export interface Flow {
  protocol: Exclude<Protocol, 'any'>;
  port: number;
}

/** True when a rule covers this protocol and port for traffic to the database (the source is checked separately). */
function coversFlow(rule: SecurityRule, flow: Flow): boolean {
  const protocolMatches = rule.protocol === 'any' || rule.protocol === flow.protocol;
  const portMatches =
    flow.protocol === 'icmp' || rule.ports.some(({ from, to }) => flow.port >= from && flow.port <= to);
  return protocolMatches && portMatches && intervalsContain(rule.destinations, databaseAddress);
}

/** The rule that decides one connection, as IP flow verify reports it: the first, by priority, that matches. */
export function decidingRule(rules: readonly SecurityRule[], sourceAddress: number, flow: Flow): SecurityRule {
  const rule = orderedRules(rules).find(
    (candidate) => coversFlow(candidate, flow) && intervalsContain(candidate.sources, sourceAddress),
  );
  // DenyAllInBound matches everything, so the search always ends there at the latest.
  return rule ?? builtInRules.at(-1)!;
}

/** What one rule decided for the checked port. */
export interface RuleOutcome {
  rule: SecurityRule;
  /** Public internet addresses whose connections this rule decided (earlier rules took the rest). */
  publicAddressesDecided: number;
}

/** How exposed the port is: nobody on the internet, a small known range, or the internet at large. */
export type Exposure = 'closed' | 'restricted' | 'open';

/** Above this many public addresses, a range counts as open to the internet at large (a /16 holds 65,536). */
export const RESTRICTED_LIMIT = 2 ** 16;

/** Who can reach the port, computed exactly over the whole IPv4 space. */
export interface Reachability {
  exposure: Exposure;
  /** Public addresses that may connect. */
  publicAddressesAllowed: number;
  /** Share of the public internet that may connect, 0 to 1. */
  publicShareAllowed: number;
  /** Every address (public or not) the rules let through to the port. */
  allowed: AddressInterval[];
  outcomes: RuleOutcome[];
}

/** Which addresses can open a TCP connection to the database on `port`, following the rules in priority order. */
export function reachability(rules: readonly SecurityRule[], port = ELASTICSEARCH_PORTS['9200']): Reachability {
  const flow: Flow = { protocol: 'tcp', port };
  let undecided: AddressInterval[] = [...allAddresses];
  let allowed: AddressInterval[] = [];
  const outcomes: RuleOutcome[] = [];
  for (const rule of orderedRules(rules)) {
    if (!coversFlow(rule, flow)) {
      outcomes.push({ rule, publicAddressesDecided: 0 });
      continue;
    }
    const matched = intersectIntervals(undecided, rule.sources);
    if (rule.access === 'allow') allowed = normaliseIntervals([...allowed, ...matched]);
    undecided = subtractIntervals(undecided, matched);
    outcomes.push({ rule, publicAddressesDecided: countAddresses(intersectIntervals(matched, publicInternet)) });
  }
  const publicAddressesAllowed = countAddresses(intersectIntervals(allowed, publicInternet));
  const exposure: Exposure =
    publicAddressesAllowed === 0 ? 'closed' : publicAddressesAllowed <= RESTRICTED_LIMIT ? 'restricted' : 'open';
  return {
    exposure,
    publicAddressesAllowed,
    publicShareAllowed: publicAddressesAllowed / countAddresses(publicInternet),
    allowed,
    outcomes,
  };
}

/** The honeypot figures the estimate rests on, passed in from data/derived/facts.json. */
export interface HoneypotFigures {
  /** Hours from switching the honeypot on to the first unauthorised request. */
  firstAttackHours: number;
  /** Average requests per day, as the outlets reported it. */
  reportedRequestsPerDay: number;
  /** Requests logged over the whole run. */
  requests: number;
  /** Days the honeypot ran. */
  days: number;
}

/** Powers of ten, named in strings.json: "fewer than one", "a few", "tens", "hundreds", "thousands"… */
export type Magnitude = 'none' | 'ones' | 'tens' | 'hundreds' | 'thousands' | 'more';

/** The order of magnitude of an expected count. */
export function magnitudeOf(count: number): Magnitude {
  if (count < 1) return 'none';
  const magnitudes: Magnitude[] = ['ones', 'tens', 'hundreds', 'thousands'];
  return magnitudes[Math.floor(Math.log10(count))] ?? 'more';
}

/** What an exposed database might expect, scaled from the honeypot, as an order of magnitude. */
export interface DiscoveryEstimate {
  firstAttackHours: number;
  /** The honeypot's totals, repeated so the estimate can be explained. */
  requests: number;
  honeypotDays: number;
  reportedRequestsPerDay: number;
  /** Requests per day computed from the totals (requests ÷ days), which is lower than the reported rate. */
  computedRequestsPerDay: number;
  /** Share of the public internet the rules let in; the honeypot was open to all of it. */
  share: number;
  /** Expected requests over `exposureDays` at the lower and higher rate, times `share` (not rounded). */
  expectedRequests: { low: number; high: number };
  /** The order of magnitude of each end. */
  magnitude: { low: Magnitude; high: Magnitude };
  exposureDays: number;
}

/**
 * What the honeypot suggests for a database open to `share` of the internet for `exposureDays`.
 * Both published rates are used, so the estimate is a range; scaling by the share assumes that
 * scanners are spread evenly over the address space, which they are not, so the page gives only
 * the order of magnitude and says why.
 */
export function discoveryEstimate(honeypot: HoneypotFigures, exposureDays: number, share = 1): DiscoveryEstimate {
  const computedRequestsPerDay = honeypot.requests / honeypot.days;
  const [low, high] = [computedRequestsPerDay, honeypot.reportedRequestsPerDay]
    .map((rate) => rate * exposureDays * share)
    .sort((a, b) => a - b) as [number, number];
  return {
    firstAttackHours: honeypot.firstAttackHours,
    requests: honeypot.requests,
    honeypotDays: honeypot.days,
    reportedRequestsPerDay: honeypot.reportedRequestsPerDay,
    computedRequestsPerDay,
    share,
    expectedRequests: { low, high },
    magnitude: { low: magnitudeOf(low), high: magnitudeOf(high) },
    exposureDays,
  };
}

/** The verdict the page shows. */
export type Verdict = 'not-evaluated' | 'closed' | 'restricted' | 'open-password' | 'open-readable';

/** The simulator's answer for a whole scenario. */
export type SimulationResult =
  | { verdict: 'not-evaluated'; problems: RuleProblem[] }
  | {
      verdict: Exclude<Verdict, 'not-evaluated'>;
      problems: [];
      port: number;
      rules: SecurityRule[];
      reachability: Reachability;
      /** Present when any public address can connect. */
      estimate?: DiscoveryEstimate;
    };

/**
 * Parses the table and, when Azure would accept every row, evaluates it. A table with a problem
 * is not evaluated at all: Azure would refuse to save it, so the rules in force would be the old
 * ones, and showing a verdict for the rest would teach the opposite of the truth.
 */
export function simulate(scenario: Scenario, honeypot: HoneypotFigures, exposureDays: number): SimulationResult {
  const { rules, problems } = parseRules(scenario.rules);
  if (problems.length > 0) return { verdict: 'not-evaluated', problems };
  const port = ELASTICSEARCH_PORTS[scenario.port];
  const reach = reachability(rules, port);
  const base = { problems: [] as [], port, rules, reachability: reach };
  if (reach.exposure === 'closed') return { ...base, verdict: 'closed' };
  const estimate = discoveryEstimate(honeypot, exposureDays, reach.publicShareAllowed);
  if (reach.exposure === 'restricted') return { ...base, verdict: 'restricted', estimate };
  return { ...base, verdict: scenario.authentication ? 'open-password' : 'open-readable', estimate };
}

/** IP flow verify's answer: the deciding rule, or why the check could not run. */
export type FlowCheck =
  | { ok: true; access: Access; rule: SecurityRule; address: number }
  | { ok: false; field: 'address' | 'port'; problem: Problem }
  | { ok: false; field: 'table'; problems: RuleProblem[] };

/**
 * Network Watcher's IP flow verify for one inbound connection to the database: which rule allows
 * or denies it (learn.microsoft.com/azure/network-watcher/ip-flow-verify-overview).
 */
export function verifyFlow(
  drafts: readonly RuleDraft[],
  source: string,
  protocol: Flow['protocol'],
  portText: string,
): FlowCheck {
  const { rules, problems } = parseRules(drafts);
  if (problems.length > 0) return { ok: false, field: 'table', problems };
  const address = parseCidr(source);
  if (!address.ok) return { ok: false, field: 'address', problem: address };
  if (address.value.prefix !== 32)
    return { ok: false, field: 'address', problem: fail('address-not-ipv4', { text: source.trim() }) };
  const ports = protocol === 'icmp' ? ({ ok: true, value: everyPort } as const) : parsePorts(portText);
  if (!ports.ok) return { ok: false, field: 'port', problem: ports };
  if (ports.value.length !== 1 || ports.value[0]!.from !== ports.value[0]!.to)
    return { ok: false, field: 'port', problem: fail('port-not-number', { text: portText.trim() }) };
  const rule = decidingRule(rules, address.value.network, { protocol, port: ports.value[0]!.from });
  return { ok: true, access: rule.access, rule, address: address.value.network };
}

/** A row of the table with the values the form starts from. */
export const blankRule: RuleDraft = {
  priority: '',
  name: '',
  access: 'Deny',
  protocol: 'TCP',
  source: 'Internet',
  destination: '*',
  port: '9200',
};

/** The state before 5 December 2019, as illustrated: only the analytics app may reach Elasticsearch. */
export const before2019Scenario: Scenario = {
  rules: [
    {
      priority: '200',
      name: 'allow-support-analytics',
      access: 'Allow',
      protocol: 'TCP',
      source: '10.20.0.0/16',
      destination: '*',
      port: '9200',
    },
    {
      priority: '4000',
      name: 'deny-remote-desktop',
      access: 'Deny',
      protocol: 'TCP',
      source: 'Internet',
      destination: '*',
      port: '3389',
    },
  ],
  authentication: false,
  port: '9200',
};

/**
 * The starting point: an illustration of the December 2019 situation. Microsoft said a change to
 * the database's network security group on 5 December 2019 "contained misconfigured security
 * rules"; it did not publish the rules, so these are made up to match that description: the
 * analytics app's own rule is fine, but a broad rule lets anyone reach Elasticsearch, which
 * asked for no password.
 */
export const december2019Scenario: Scenario = {
  rules: [
    before2019Scenario.rules[0]!,
    {
      priority: '310',
      name: 'allow-elasticsearch',
      access: 'Allow',
      protocol: 'TCP',
      source: '*',
      destination: '*',
      port: '9200-9300',
    },
    before2019Scenario.rules[1]!,
  ],
  authentication: false,
  port: '9200',
};
