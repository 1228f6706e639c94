/**
 * The misconfiguration simulator's logic: inbound rules as a learner types them are parsed and
 * validated, then evaluated with Azure network-security-group semantics (the rule with the lowest
 * priority number that matches decides; inbound internet traffic nobody allows is denied), to say
 * whether the Elasticsearch port is reachable from the internet, from how many public addresses,
 * and, when it is, what the sourced honeypot figures say about how soon it would be attacked.
 */
import {
  allAddresses,
  cidrInterval,
  countAddresses,
  intersectIntervals,
  intervalsContain,
  normaliseIntervals,
  parseCidr,
  publicInternet,
  subtractIntervals,
  type AddressInterval,
} from './cidr.ts';
import type { RuleDraft, Scenario } from './schemas.ts';

export type { RuleDraft, Scenario };

export type Access = 'allow' | 'deny';

/** A rule that parsed cleanly. */
export interface SecurityRule {
  priority: number;
  name: string;
  access: Access;
  /** The source text as the learner wrote it, for messages. */
  sourceLabel: string;
  /** The source addresses the rule matches. */
  sources: AddressInterval[];
  ports: { from: number; to: number };
  /** True for Azure's built-in rules, which the learner cannot edit. */
  builtIn: boolean;
}

/** One thing wrong with one cell of the table. */
export interface RuleProblem {
  /** Row in the table, from 0. */
  row: number;
  field: keyof RuleDraft;
  message: string;
}

/** Lowest and highest priority Azure accepts for rules people write. */
export const PRIORITY_MIN = 100;
export const PRIORITY_MAX = 4096;
/** The port Elasticsearch answers HTTP requests on by default. */
export const ELASTICSEARCH_PORT = 9200;
/** The network the database and its own applications live in, in this exercise. */
export const VIRTUAL_NETWORK = '10.0.0.0/8';
/** Above this many public addresses, a range counts as open to the internet at large (a /16 holds 65,536). */
export const RESTRICTED_LIMIT = 2 ** 16;

const tagSources: Record<string, () => AddressInterval[]> = {
  '*': () => [...allAddresses],
  any: () => [...allAddresses],
  internet: () => [...publicInternet],
  virtualnetwork: () => [cidrInterval(parseCidrOrThrow(VIRTUAL_NETWORK))],
};

function parseCidrOrThrow(text: string) {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** Azure's default inbound rules that matter here: traffic inside the virtual network is allowed, everything else denied. */
export const builtInRules: readonly SecurityRule[] = [
  {
    priority: 65000,
    name: 'AllowVnetInBound',
    access: 'allow',
    sourceLabel: 'VirtualNetwork',
    sources: tagSources['virtualnetwork']!(),
    ports: { from: 0, to: 65535 },
    builtIn: true,
  },
  {
    priority: 65500,
    name: 'DenyAllInBound',
    access: 'deny',
    sourceLabel: '*',
    sources: tagSources['*']!(),
    ports: { from: 0, to: 65535 },
    builtIn: true,
  },
];

/** A whole number in `text`, or undefined. */
function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** The priority, or why it is not acceptable. */
export function parsePriority(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const value = wholeNumber(text.trim());
  if (value === undefined)
    return {
      ok: false,
      message: `Priority “${text.trim()}” must be a whole number from ${PRIORITY_MIN} to ${PRIORITY_MAX}.`,
    };
  if (value < PRIORITY_MIN || value > PRIORITY_MAX)
    return {
      ok: false,
      message: `Priority ${value} is outside ${PRIORITY_MIN} to ${PRIORITY_MAX}, the range Azure accepts.`,
    };
  return { ok: true, value };
}

/** The port range, or why it is not acceptable. "*" means every port. */
export function parsePortRange(
  text: string,
): { ok: true; value: { from: number; to: number } } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '*') return { ok: true, value: { from: 0, to: 65535 } };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(trimmed);
  if (!match)
    return {
      ok: false,
      message: `Port “${trimmed}” must be a number such as 9200, a range such as 9200-9300, or * for every port.`,
    };
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  for (const port of [from, to]) {
    if (port > 65535) return { ok: false, message: `Port ${port} does not exist: ports run from 0 to 65535.` };
  }
  if (from > to) return { ok: false, message: `The range ${from}-${to} runs backwards; write it as ${to}-${from}.` };
  return { ok: true, value: { from, to } };
}

/** The addresses a source cell matches, or why it cannot be read. */
export function parseSource(text: string): { ok: true; value: AddressInterval[] } | { ok: false; message: string } {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.every((part) => part === ''))
    return {
      ok: false,
      message: 'Source is empty: write a range such as 10.0.0.0/8, an address, or a tag such as Internet or *.',
    };
  const intervals: AddressInterval[] = [];
  for (const part of parts) {
    if (part === '') return { ok: false, message: `Source “${text.trim()}” has an empty item between commas.` };
    const tag = tagSources[part.toLowerCase()];
    if (tag) {
      intervals.push(...tag());
      continue;
    }
    const parsed = parseCidr(part);
    if (!parsed.ok) return parsed;
    intervals.push(cidrInterval(parsed.value));
  }
  return { ok: true, value: normaliseIntervals(intervals) };
}

/** The access, or why it is not "Allow" or "Deny". */
export function parseAccess(text: string): { ok: true; value: Access } | { ok: false; message: string } {
  const lower = text.trim().toLowerCase();
  if (lower === 'allow' || lower === 'deny') return { ok: true, value: lower };
  return { ok: false, message: `Action “${text.trim()}” must be Allow or Deny.` };
}

/** Every row parsed, with each bad cell reported; rows with a problem are left out of `rules`. */
export function parseRules(drafts: readonly RuleDraft[]): { rules: SecurityRule[]; problems: RuleProblem[] } {
  const rules: SecurityRule[] = [];
  const problems: RuleProblem[] = [];
  const rowsByPriority = new Map<number, number>();
  drafts.forEach((draft, row) => {
    const priority = parsePriority(draft.priority);
    const access = parseAccess(draft.access);
    const source = parseSource(draft.source);
    const ports = parsePortRange(draft.port);
    const rowProblems: RuleProblem[] = [];
    if (!priority.ok) rowProblems.push({ row, field: 'priority', message: priority.message });
    else {
      const earlier = rowsByPriority.get(priority.value);
      if (earlier !== undefined)
        rowProblems.push({
          row,
          field: 'priority',
          message: `Priority ${priority.value} is already used by rule ${earlier + 1}; each rule needs its own.`,
        });
      else rowsByPriority.set(priority.value, row);
    }
    if (!access.ok) rowProblems.push({ row, field: 'access', message: access.message });
    if (!source.ok) rowProblems.push({ row, field: 'source', message: source.message });
    if (!ports.ok) rowProblems.push({ row, field: 'port', message: ports.message });
    problems.push(...rowProblems);
    if (rowProblems.length === 0 && priority.ok && access.ok && source.ok && ports.ok) {
      rules.push({
        priority: priority.value,
        name: draft.name.trim() || `rule ${row + 1}`,
        access: access.value,
        sourceLabel: draft.source.trim(),
        sources: source.value,
        ports: ports.value,
        builtIn: false,
      });
    }
  });
  return { rules, problems };
}

/** The learner's rules in the order Azure checks them, followed by the built-in rules. */
export function orderedRules(rules: readonly SecurityRule[]): SecurityRule[] {
  return [...rules].sort((a, b) => a.priority - b.priority).concat(builtInRules);
}

/** The rule that decides one connection: the first, by priority, whose source and port match. */
export function decidingRule(rules: readonly SecurityRule[], sourceAddress: number, port: number): SecurityRule {
  const rule = orderedRules(rules).find(
    (candidate) =>
      port >= candidate.ports.from && port <= candidate.ports.to && intervalsContain(candidate.sources, sourceAddress),
  );
  // DenyAllInBound matches everything, so the search always ends there at the latest.
  return rule ?? builtInRules.at(-1)!;
}

/** What one rule decided for the database's port. */
export interface RuleOutcome {
  rule: SecurityRule;
  /** Public internet addresses whose connections this rule decided (earlier rules took the rest). */
  publicAddressesDecided: number;
}

/** How exposed the port is: nobody on the internet, a small known range, or the internet at large. */
export type Exposure = 'closed' | 'restricted' | 'open';

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

/** Which public addresses can open a connection to `port`, following the rules in priority order. */
export function reachability(rules: readonly SecurityRule[], port = ELASTICSEARCH_PORT): Reachability {
  let undecided: AddressInterval[] = [...allAddresses];
  let allowed: AddressInterval[] = [];
  const outcomes: RuleOutcome[] = [];
  for (const rule of orderedRules(rules)) {
    if (port < rule.ports.from || port > rule.ports.to) {
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

/** What an open database should expect, scaled from the honeypot. */
export interface DiscoveryEstimate {
  firstAttackHours: number;
  /** The honeypot's totals, repeated so the estimate can be explained. */
  requests: number;
  honeypotDays: number;
  reportedRequestsPerDay: number;
  /** Requests per day computed from the totals (requests ÷ days), which is lower than the reported rate. */
  computedRequestsPerDay: number;
  /** Requests over `exposureDays` at the computed and at the reported rate, rounded. */
  expectedRequests: { low: number; high: number };
  exposureDays: number;
}

/**
 * What the honeypot suggests for a database open to the internet for `exposureDays`: the first
 * attack within hours, then a steady rate. Both published rates are used, so the estimate is a
 * range and not a single made-up number.
 */
export function discoveryEstimate(honeypot: HoneypotFigures, exposureDays: number): DiscoveryEstimate {
  const computedRequestsPerDay = honeypot.requests / honeypot.days;
  const rates = [computedRequestsPerDay, honeypot.reportedRequestsPerDay].map((rate) =>
    Math.round(rate * exposureDays),
  );
  return {
    firstAttackHours: honeypot.firstAttackHours,
    requests: honeypot.requests,
    honeypotDays: honeypot.days,
    reportedRequestsPerDay: honeypot.reportedRequestsPerDay,
    computedRequestsPerDay,
    expectedRequests: { low: Math.min(...rates), high: Math.max(...rates) },
    exposureDays,
  };
}

/** The verdict the page shows. */
export type Verdict = 'closed' | 'restricted' | 'open-password' | 'open-readable';

/** The simulator's answer for a whole scenario. */
export interface SimulationResult {
  problems: RuleProblem[];
  reachability: Reachability;
  verdict: Verdict;
  /** Present when the internet at large can reach the port. */
  estimate?: DiscoveryEstimate;
}

/** Parses the table, evaluates it and says what it means. Rows with problems are ignored, and listed. */
export function simulate(scenario: Scenario, honeypot: HoneypotFigures, exposureDays: number): SimulationResult {
  const { rules, problems } = parseRules(scenario.rules);
  const reach = reachability(rules);
  if (reach.exposure !== 'open') return { problems, reachability: reach, verdict: reach.exposure };
  return {
    problems,
    reachability: reach,
    verdict: scenario.authentication ? 'open-password' : 'open-readable',
    estimate: discoveryEstimate(honeypot, exposureDays),
  };
}

/**
 * The starting point: an illustration of the December 2019 situation. Microsoft said a change to
 * the database's network security group on 5 December 2019 "contained misconfigured security
 * rules"; it did not publish the rules, so these are made up to match that description: the
 * analytics app's own rule is fine, but a broad rule lets anyone reach Elasticsearch, which
 * asked for no password.
 */
export const december2019Scenario: Scenario = {
  rules: [
    { priority: '200', name: 'allow-support-analytics', access: 'Allow', source: '10.20.0.0/16', port: '9200' },
    { priority: '310', name: 'allow-elasticsearch', access: 'Allow', source: '*', port: '9200-9300' },
    { priority: '4000', name: 'deny-remote-desktop', access: 'Deny', source: 'Internet', port: '3389' },
  ],
  authentication: false,
};
