/**
 * The simulator's results in words, shared by the server-rendered worked example and the
 * browser, so both say exactly the same thing. Templates come from content/strings.json.
 */
import type { educators } from '../../content/strings.json';
import type { NoteResult } from './redactor.ts';
import type { SimulationResult } from './simulator.ts';

export type SimulatorStrings = typeof educators.simulator;

/** `template` with each `{name}` replaced by `values[name]`; unknown names stay as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A count for prose: "4,294,967,296". */
export function formatWhole(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

/** A share of the internet for prose: "100%", "50%", "0.4%", or "under 0.1%". */
export function formatShare(share: number): string {
  if (share >= 0.995) return share >= 1 ? '100%' : '99%+';
  if (share < 0.001) return 'under 0.1%';
  return `${(share * 100).toLocaleString('en-GB', { maximumFractionDigits: share < 0.1 ? 1 : 0 })}%`;
}

/** The words for one simulation. */
export interface SimulationText {
  verdict: string;
  estimate?: string;
  caveat?: string;
  outcomes: { priority: string; name: string; access: string; decided: string }[];
}

/** Puts a simulation result into words. */
export function describeSimulation(result: SimulationResult, strings: SimulatorStrings): SimulationText {
  const { reachability, estimate } = result;
  const verdict = fillTemplate(strings.verdict[result.verdict], {
    count: formatWhole(reachability.publicAddressesAllowed),
    share: formatShare(reachability.publicShareAllowed),
  });
  const outcomes = reachability.outcomes.map(({ rule, publicAddressesDecided }) => ({
    priority: String(rule.priority),
    name: rule.name,
    access: rule.access === 'allow' ? strings.allow : strings.deny,
    decided: formatWhole(publicAddressesDecided),
  }));
  if (!estimate || result.verdict !== 'open-readable') return { verdict, outcomes };
  return {
    verdict,
    outcomes,
    estimate: fillTemplate(strings.estimate, {
      hours: estimate.firstAttackHours.toLocaleString('en-GB'),
      requests: estimate.requests,
      days: estimate.honeypotDays,
      computedRate: Math.round(estimate.computedRequestsPerDay),
      reportedRate: estimate.reportedRequestsPerDay,
      exposureDays: estimate.exposureDays,
      low: formatWhole(estimate.expectedRequests.low),
      high: formatWhole(estimate.expectedRequests.high),
    }),
    caveat: strings.estimateCaveat,
  };
}

export type RedactionStrings = typeof educators.redaction;

/** "Slipped through in this note: XYZ @contoso com (spaces); …", with line breaks shown as ↵. */
export function describeMissed(result: NoteResult, strings: RedactionStrings): string {
  if (result.missed.length === 0) return strings.nothingMissed;
  return `${strings.missedList} ${result.missed
    .map((item) => `${item.value.replace(/\n/g, '↵')} (${strings.formats[item.format]})`)
    .join('; ')}`;
}
