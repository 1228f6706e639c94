/**
 * Guided challenges for the simulator: each starts from a named table and is graded by goals
 * that are checked the way Azure would answer them (IP flow verify for one connection, exact
 * reachability for a port, a rule that must still exist). The goals live in each edition's
 * challenges.json, loaded by content.ts; this module checks them against a scenario. It reads no
 * content file itself, so the simulator's browser bundle carries no edition's words: the page
 * hands the element its edition's challenges (`parseChallenges`).
 */
import * as z from 'zod/mini';
import { checkedPortSchema, type Scenario } from './schemas.ts';
import {
  before2019Scenario,
  december2019Scenario,
  parseAddresses,
  parseRules,
  reachability,
  ELASTICSEARCH_PORTS,
  decidingRule,
} from './simulator.ts';

/** The tables a challenge can start from. */
export const startingTables = {
  before: before2019Scenario,
  after: december2019Scenario,
  'deny-too-low': {
    ...december2019Scenario,
    rules: [
      ...december2019Scenario.rules,
      {
        priority: '4010',
        name: 'deny-internet',
        access: 'Deny',
        protocol: 'TCP',
        source: 'Internet',
        destination: '*',
        port: '9200',
      },
    ],
  },
  'public-address': {
    ...december2019Scenario,
    rules: [
      ...december2019Scenario.rules,
      {
        priority: '300',
        name: 'deny-internet-to-db',
        access: 'Deny',
        protocol: 'TCP',
        source: 'Internet',
        destination: '203.0.113.10',
        port: '9200-9300',
      },
    ],
  },
  'health-probes': {
    ...december2019Scenario,
    rules: [
      {
        priority: '100',
        name: 'deny-all-es',
        access: 'Deny',
        protocol: 'Any',
        source: '*',
        destination: '*',
        port: '9200-9300',
      },
      ...december2019Scenario.rules,
    ],
  },
} as const satisfies Record<string, Scenario>;
export type StartingTable = keyof typeof startingTables;

const goalSchema = z.union([
  z.object({
    kind: z.literal('exposure'),
    port: checkedPortSchema,
    /** Most public addresses that may reach the port. */
    max: z.number(),
    label: z.string(),
  }),
  z.object({
    kind: z.literal('flow'),
    /** An IPv4 address, or a modelled service tag that stands for one address (AzureLoadBalancer). */
    source: z.string(),
    protocol: z.enum(['tcp', 'udp', 'icmp']),
    port: z.number(),
    access: z.enum(['allow', 'deny']),
    label: z.string(),
  }),
  z.object({ kind: z.literal('keep-rule'), name: z.string(), label: z.string() }),
]);
export type Goal = z.infer<typeof goalSchema>;

/** One challenge: what to do, where it starts, hints in the order to give them, and its goals. */
export const challengeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string(),
  /** Who it suits: any group, or IT students. */
  audience: z.enum(['everyone', 'it']),
  task: z.string(),
  start: z.enum(Object.keys(startingTables) as [StartingTable, ...StartingTable[]]),
  hints: z.array(z.string()).check(z.minLength(1)),
  goals: z.array(goalSchema).check(z.minLength(1)),
  /** A model answer, for the facilitator guide. */
  solution: z.string(),
});
export type Challenge = z.infer<typeof challengeSchema>;

/** A challenges file (`{ challenges: [...] }`), checked in the build and again in the browser, where the page hands it over. */
const challengesFileSchema = z.object({ challenges: z.array(challengeSchema) });

/** The challenges in a file's JSON; throws naming `file` and what is wrong. */
export function parseChallenges(json: unknown, file: string): readonly Challenge[] {
  const parsed = challengesFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.challenges;
}

/** The challenge with this id, or undefined. */
export const findChallenge = (challenges: readonly Challenge[], id: string): Challenge | undefined =>
  challenges.find((challenge) => challenge.id === id);

/** How a scenario fares against a challenge: every goal met or not; nothing counts while Azure would refuse the table. */
export interface Grade {
  evaluated: boolean;
  goals: { label: string; met: boolean }[];
  passed: boolean;
}

/** Grades a scenario against a challenge's goals. */
export function gradeChallenge(challenge: Challenge, scenario: Scenario): Grade {
  const { rules, problems } = parseRules(scenario.rules);
  if (problems.length > 0)
    return {
      evaluated: false,
      goals: challenge.goals.map((goal) => ({ label: goal.label, met: false })),
      passed: false,
    };
  const met = (goal: Goal): boolean => {
    if (goal.kind === 'keep-rule') return rules.some((rule) => rule.name.toLowerCase() === goal.name.toLowerCase());
    if (goal.kind === 'exposure')
      return reachability(rules, ELASTICSEARCH_PORTS[goal.port]).publicAddressesAllowed <= goal.max;
    const source = parseAddresses(goal.source);
    if (!source.ok || source.value.addresses.length !== 1)
      throw new Error(`Challenge goal source “${goal.source}” is not one address`);
    const address = source.value.addresses[0]!.first;
    return decidingRule(rules, address, { protocol: goal.protocol, port: goal.port }).access === goal.access;
  };
  const goals = challenge.goals.map((goal) => ({ label: goal.label, met: met(goal) }));
  return { evaluated: true, goals, passed: goals.every((goal) => goal.met) };
}
