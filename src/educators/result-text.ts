/**
 * The labs' results in words, shared by the server-rendered worked examples and the browser, so
 * both say exactly the same thing. Templates come from the edition's strings (educators block) and
 * numbers are written for its language tag (`tag`: "en-GB", "es"), which the page hands the browser.
 */
import type { educators } from '../../content/strings.json';
import { fillTemplate } from '../lib/template.ts';
import type { Problem } from './cidr.ts';
import type { NoteResult } from './redactor.ts';
import type { FlowCheck, RuleProblem, SimulationResult } from './simulator.ts';

export type SimulatorStrings = typeof educators.simulator;

/** A count for prose in the language `tag`: "4,294,967,296", "4.294.967.296". */
export function formatWhole(value: number, tag: string): string {
  return Math.round(value).toLocaleString(tag);
}

/**
 * A share of the internet for prose: "100%", "50%", "0.4%", "0.0035%" (two significant figures
 * below 0.1%); just under all of it reads as `strings.shareNearlyAll` ("99%+").
 */
export function formatShare(share: number, strings: SimulatorStrings, tag: string): string {
  const percent = (options: Intl.NumberFormatOptions) => share.toLocaleString(tag, { style: 'percent', ...options });
  if (share >= 0.995)
    return share >= 1
      ? percent({})
      : fillTemplate(strings.shareNearlyAll, { share: percent({ maximumFractionDigits: 0, roundingMode: 'floor' }) });
  if (share < 0.001) return percent({ maximumSignificantDigits: 2 });
  return percent({ maximumFractionDigits: share < 0.1 ? 1 : 0 });
}

/** An expected count for prose: whole numbers, or `strings.expectedBelow` ("under 0.01") below 0.01. */
function formatExpected(value: number, strings: SimulatorStrings, tag: string): string {
  if (value >= 10) return formatWhole(value, tag);
  if (value < 0.01)
    return value === 0
      ? formatWhole(0, tag)
      : fillTemplate(strings.expectedBelow, { value: (0.01).toLocaleString(tag) });
  return value.toLocaleString(tag, { maximumSignificantDigits: 2 });
}

/** A problem in words. */
export function problemText(problem: Problem, strings: SimulatorStrings): string {
  return fillTemplate(strings.problems[problem.code], problem.values);
}

/** "Rule 2, Source: …", for the list of problems. */
export function problemLine(problem: RuleProblem, strings: SimulatorStrings): string {
  return fillTemplate(strings.problemLine, {
    n: problem.row + 1,
    field: strings.fieldNames[problem.field],
    message: problemText(problem, strings),
  });
}

/** The words for one simulation. */
export interface SimulationText {
  /** The verdict in a few words, for the bar above the result. */
  headline: string;
  verdict: string;
  /** The order of magnitude, its basis, the scaling when there is any, and the BinaryEdge comparison. */
  estimate: string[];
  caveat?: string;
  outcomesCaption: string;
  outcomes: { priority: string; name: string; access: string; decided: string }[];
  problems: string[];
}

/** What the words need besides the result: how long BinaryEdge took, and the edition's language tag for numbers. */
export interface EstimateContext {
  binaryEdgeDays: number;
  tag: string;
}

/** Puts a simulation result into words. */
export function describeSimulation(
  result: SimulationResult,
  strings: SimulatorStrings,
  context: EstimateContext,
): SimulationText {
  if (result.verdict === 'not-evaluated') {
    const [first, ...rest] = result.problems;
    const where = { n: (first?.row ?? 0) + 1, field: first ? strings.fieldNames[first.field] : '' };
    const verdict = fillTemplate(strings.verdict['not-evaluated'], where);
    return {
      headline: fillTemplate(strings.headline['not-evaluated'], where),
      verdict: rest.length > 0 ? `${verdict} ${fillTemplate(strings.moreProblems, { count: rest.length })}` : verdict,
      estimate: [],
      outcomesCaption: fillTemplate(strings.outcomesCaption, { port: '' }).trim(),
      outcomes: [],
      problems: result.problems.map((problem) => problemLine(problem, strings)),
    };
  }
  const { reachability, estimate, port } = result;
  const { tag } = context;
  const verdict = fillTemplate(strings.verdict[result.verdict], {
    port,
    count: formatWhole(reachability.publicAddressesAllowed, tag),
    share: formatShare(reachability.publicShareAllowed, strings, tag),
  });
  const outcomes = reachability.outcomes.map(({ rule, publicAddressesDecided }) => ({
    priority: String(rule.priority),
    name: rule.name,
    access: rule.access === 'allow' ? strings.allow : strings.deny,
    decided: formatWhole(publicAddressesDecided, tag),
  }));
  const base = {
    headline: fillTemplate(strings.headline[result.verdict], {
      count: formatWhole(reachability.publicAddressesAllowed, tag),
    }),
    verdict,
    outcomes,
    outcomesCaption: fillTemplate(strings.outcomesCaption, { port }),
    problems: [],
  };
  if (!estimate) return { ...base, estimate: [] };
  const { low, high } = estimate.magnitude;
  const magnitude =
    low === high
      ? strings.magnitudes[low]
      : fillTemplate(strings.magnitudeRange, { low: strings.magnitudeWords[low], high: strings.magnitudeWords[high] });
  const lines = [
    fillTemplate(strings.estimate, { magnitude, exposureDays: estimate.exposureDays }),
    fillTemplate(strings.estimateBasis, {
      days: estimate.honeypotDays,
      requests: estimate.requests,
      hours: estimate.firstAttackHours.toLocaleString(tag),
      computedRate: Math.round(estimate.computedRequestsPerDay),
      reportedRate: estimate.reportedRequestsPerDay,
    }),
  ];
  if (estimate.share < 0.995)
    lines.push(
      fillTemplate(strings.estimateScaled, {
        share: formatShare(estimate.share, strings, tag),
        low: formatExpected(estimate.expectedRequests.low, strings, tag),
        high: formatExpected(estimate.expectedRequests.high, strings, tag),
      }),
    );
  lines.push(fillTemplate(strings.estimateComparison, { binaryEdgeDays: context.binaryEdgeDays }));
  return { ...base, estimate: lines, caveat: strings.estimateCaveat };
}

/** IP flow verify's answer in words. */
export function describeFlow(check: FlowCheck, strings: SimulatorStrings): string {
  if (check.ok)
    return fillTemplate(check.access === 'allow' ? strings.flow.allowed : strings.flow.denied, {
      name: check.rule.name,
      priority: check.rule.priority,
    });
  if (check.field === 'table') {
    const first = check.problems[0]!;
    return fillTemplate(strings.flow.notEvaluated, { n: first.row + 1, field: strings.fieldNames[first.field] });
  }
  return fillTemplate(strings.flow.badInput, {
    field: check.field === 'address' ? strings.flow.source : strings.flow.port,
    message: problemText(check.problem, strings),
  });
}

export type RedactionStrings = typeof educators.redaction;

/** "Slipped through in this note: XYZ @contoso com (spaces); …", with line breaks shown as ↵. */
export function describeMissed(result: NoteResult, strings: RedactionStrings): string {
  if (result.missed.length === 0) return strings.nothingMissed;
  const items = result.missed.map((item) => `${item.value.replace(/\n/g, '↵')} (${strings.formats[item.format]})`);
  return `${strings.missedList} ${items.join('; ')}`;
}
