/**
 * The misconfiguration, step by step: the database behind its network security group; the rule
 * changed on 5 December; a scanner on the internet reaching port 9200; a search engine for
 * machines indexing it; the researcher finding it; the fix. Each step is a small diagram drawn from
 * data, not by hand: the rule rows are the simulator's own scenarios (before2019Scenario and
 * december2019Scenario in src/educators/simulator.ts), evaluated with its reachability and
 * decidingRule, and the dates are the timeline's events, so a corrected rule or date redraws the
 * step. A step whose event the timeline lacks is not drawn. `render` lists the steps compactly (the
 * figure, embed and downloads); StepExplainer.astro shows each step's full diagram beside its text.
 */
import { formatDate } from '../lib/format.ts';
import type { DerivedData } from '../lib/derived-data.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
import type { TimelineEvent } from '../schemas/derived.ts';
import { parseIPv4 } from '../educators/cidr.ts';
import type { Scenario } from '../educators/schemas.ts';
import {
  before2019Scenario,
  decidingRule,
  december2019Scenario,
  ELASTICSEARCH_PORTS,
  network,
  orderedRules,
  parseRules,
  reachability,
  type SecurityRule,
} from '../educators/simulator.ts';
import { defineChart } from './chart.ts';
import { wrapToWidth } from './text-metrics.ts';
import type { RenderedChart, RenderOptions } from './layout.ts';
import { paint } from './palette.ts';
import { chartFontSize, chartRoot, multilineText, svgElement } from './svg.ts';

/** Who is knocking in a step. */
export type Actor = 'none' | 'scanner' | 'indexer' | 'researcher';

/** The steps, in order: the scenario in force, the timeline event that dates it, and who is knocking. */
const plan = [
  { id: 'guarded', scenario: before2019Scenario, eventId: undefined, actor: 'none' },
  { id: 'rule-changed', scenario: december2019Scenario, eventId: 'exposure-start', actor: 'none' },
  { id: 'scanned', scenario: december2019Scenario, eventId: undefined, actor: 'scanner' },
  { id: 'indexed', scenario: december2019Scenario, eventId: 'indexed-binaryedge', actor: 'indexer' },
  { id: 'found', scenario: december2019Scenario, eventId: 'reported', actor: 'researcher' },
  { id: 'fixed', scenario: before2019Scenario, eventId: 'exposure-end', actor: 'none' },
] as const satisfies readonly { id: string; scenario: Scenario; eventId: string | undefined; actor: Actor }[];

export type StepId = (typeof plan)[number]['id'];

/** A documentation address standing for anyone on the internet. */
const internetAddress = '198.51.100.7';

/** One step of the explainer, computed. */
export interface MisconfigurationStep {
  id: StepId;
  /** 1-based position among the drawn steps. */
  number: number;
  actor: Actor;
  /** The timeline event that dates the step, when it has one. */
  event: TimelineEvent | undefined;
  /** The rules in force, in the order they are evaluated (built-in rules last). */
  rules: SecurityRule[];
  /** The rule that decides a connection from the internet to port 9200. */
  deciding: SecurityRule;
  /** Share of the public internet that may reach port 9200, 0 to 1. */
  publicShare: number;
  /** Rules added since the step before (the changed rule on 5 December). */
  changed: string[];
}

/** The steps from the timeline's events and the simulator's scenarios. */
export function misconfigurationSteps(derived: Pick<DerivedData, 'timeline'>): MisconfigurationStep[] {
  const events = new Map(derived.timeline.events.map((event) => [event.id, event]));
  const address = parseIPv4(internetAddress);
  if (!address.ok) throw new Error(`${internetAddress} is not an IPv4 address`);
  const port = ELASTICSEARCH_PORTS['9200'];
  let previous: string[] = [];
  return plan
    .filter((step) => step.eventId === undefined || events.has(step.eventId))
    .map((step, index) => {
      const { rules, problems } = parseRules(step.scenario.rules);
      if (problems.length > 0)
        throw new Error(`The ${step.id} scenario has invalid rules: ${JSON.stringify(problems)}`);
      const names = rules.map((rule) => rule.name);
      const changed = index === 0 ? [] : names.filter((name) => !previous.includes(name));
      previous = names;
      return {
        id: step.id,
        number: index + 1,
        actor: step.actor,
        event: step.eventId === undefined ? undefined : events.get(step.eventId),
        rules: orderedRules(rules),
        deciding: decidingRule(rules, address.value, { protocol: 'tcp', port }),
        publicShare: reachability(rules, port).publicShareAllowed,
        changed,
      };
    });
}

/** A rule's ports as the diagram writes them: "port 3389", "ports 9200–9300", or "any port". */
function portsInWords(rule: SecurityRule, text: InterfaceStrings): string {
  const words = text.charts.misconfigurationSteps.ports;
  if (rule.ports.some(({ from, to }) => from === 0 && to === 65535)) return words.any;
  const ranges = rule.ports.map(({ from, to }) => (from === to ? String(from) : `${from}–${to}`));
  const single = rule.ports.length === 1 && rule.ports[0]!.from === rule.ports[0]!.to;
  return fillTemplate(single ? words.one : words.several, { ports: ranges.join(', ') });
}

/** The step's text: its heading and what happens, with its date and figures filled in. */
export function stepText(step: MisconfigurationStep, text: InterfaceStrings): { heading: string; body: string } {
  const words = text.charts.misconfigurationSteps.steps[step.id];
  const changedRule = step.rules.find((rule) => step.changed.includes(rule.name));
  const values = {
    date: step.event ? formatDate(step.event.date) : '',
    rule: changedRule?.name ?? step.deciding.name,
    ports: (changedRule?.ports ?? [])
      .map(({ from, to }) => (from === to ? String(from) : `${from} to ${to}`))
      .join(', '),
    deciding: step.deciding.name,
    share: new Intl.NumberFormat(text.locale, { style: 'percent', maximumFractionDigits: 1 }).format(step.publicShare),
    port: ELASTICSEARCH_PORTS['9200'],
    address: internetAddress,
    database: network.database,
  };
  return { heading: fillTemplate(words.heading, values), body: fillTemplate(words.body, values) };
}

const rowHeight = 17;
/** One line of a rule row. */
const ruleLine = 14;

/** One step's diagram, drawn into `group` from `top`; returns its height. */
function drawStep(
  document: Document,
  group: SVGElement,
  step: MisconfigurationStep,
  width: number,
  top: number,
  text: InterfaceStrings,
): number {
  const words = text.charts.misconfigurationSteps;
  const allowed = step.deciding.access === 'allow';
  let y = top;
  // The internet, and who is knocking from it.
  const actor = words.actors[step.actor];
  group.append(
    svgElement(document, 'rect', { x: 0, y, width, height: 30, rx: 4, ...paint({ fill: 'surface', stroke: 'grid' }) }),
    svgElement(document, 'text', { x: 10, y: y + 20, 'font-weight': 700, ...paint({ fill: 'text' }) }, [
      words.internet,
    ]),
    svgElement(document, 'text', { x: width - 10, y: y + 20, 'text-anchor': 'end', ...paint({ fill: 'muted' }) }, [
      actor,
    ]),
  );
  y += 30;
  const arrowX = width / 2;
  group.append(
    svgElement(document, 'line', {
      x1: arrowX,
      x2: arrowX,
      y1: y,
      y2: y + 14,
      'stroke-width': 2,
      ...paint({ stroke: 'axis' }),
    }),
  );
  y += 14;
  // The network security group, its rules in evaluation order, the deciding one marked.
  const rulesTop = y;
  y += 36;
  const rows = svgElement(document, 'g', { class: 'rule-rows' });
  // Two lines per rule (name, then what it does), so long names never run into the summary.
  for (const rule of step.rules) {
    const deciding = rule === step.deciding;
    const isNew = step.changed.includes(rule.name);
    if (deciding)
      rows.append(
        svgElement(document, 'rect', {
          x: 4,
          y: y - 13,
          width: width - 8,
          height: 2 * ruleLine + 2,
          ...paint({ fill: allowed ? 'window' : 'grid' }),
        }),
      );
    rows.append(
      svgElement(document, 'text', { x: 10, y, 'font-size': 12, ...paint({ fill: 'text' }) }, [String(rule.priority)]),
      svgElement(
        document,
        'text',
        { x: 52, y, 'font-size': 12, 'font-weight': isNew || deciding ? 700 : 400, ...paint({ fill: 'text' }) },
        [isNew ? `${rule.name} ${words.newRule}` : rule.name],
      ),
      svgElement(document, 'text', { x: 52, y: y + ruleLine, 'font-size': 12, ...paint({ fill: 'muted' }) }, [
        fillTemplate(words.ruleSummary, {
          access: words.access[rule.access],
          source: rule.sourceLabel,
          ports: portsInWords(rule, text),
        }),
      ]),
    );
    y += 2 * ruleLine + 4;
  }
  y -= 6;
  group.append(
    svgElement(document, 'rect', {
      x: 0,
      y: rulesTop,
      width,
      height: y - rulesTop,
      rx: 4,
      fill: 'none',
      ...paint({ stroke: 'axis' }),
    }),
    svgElement(
      document,
      'text',
      { x: 10, y: rulesTop + 14, 'font-size': 12, 'font-weight': 700, ...paint({ fill: 'muted' }) },
      [words.nsg],
    ),
    rows,
  );
  // Through to the database, or stopped at the rules.
  const verdict = allowed ? words.verdict.allowed : words.verdict.blocked;
  group.append(
    svgElement(document, 'line', {
      x1: arrowX,
      x2: arrowX,
      y1: y,
      y2: y + 22,
      'stroke-width': 2,
      'stroke-dasharray': allowed ? undefined : '3 3',
      ...paint({ stroke: allowed ? 'anchor' : 'axis' }),
    }),
    svgElement(
      document,
      'text',
      {
        x: arrowX + 8,
        y: y + 15,
        'font-size': 12,
        'font-weight': 700,
        ...paint({ fill: allowed ? 'anchor' : 'text' }),
      },
      [verdict],
    ),
  );
  y += 22;
  const database = wrapToWidth(
    fillTemplate(words.database, { address: network.database, port: ELASTICSEARCH_PORTS['9200'] }),
    width - 20,
    { size: chartFontSize },
  );
  const databaseHeight = 12 + database.length * rowHeight;
  group.append(
    svgElement(document, 'rect', {
      x: 0,
      y,
      width,
      height: databaseHeight,
      rx: 4,
      ...paint({ fill: allowed ? 'window' : 'surface', stroke: allowed ? 'anchor' : 'grid' }),
    }),
    multilineText(document, database, { x: 10, y: y + 19, ...paint({ fill: 'text' }) }, rowHeight),
  );
  return y + databaseHeight - top;
}

/** Renders one step's diagram on its own (the explainer's graphic for that step). */
export function renderStep(step: MisconfigurationStep, options: RenderOptions, text: InterfaceStrings): RenderedChart {
  const group = svgElement(options.document, 'g', { class: 'misconfiguration-step', 'data-mark': step.id });
  const height = drawStep(options.document, group, step, options.width, 1, text) + 2;
  const rendered = chartRoot(options.document, { ...options, height, className: 'chart-misconfiguration-step' });
  rendered.svg.append(group);
  return rendered;
}

/**
 * Renders the whole sequence compactly (the figure on /charts/, the embed, the downloads): one row
 * per step with its number, heading, the rule that decides a connection from the internet and the
 * verdict, beside a bar that is filled while the database is open. The explainer draws the full
 * diagram of each step with renderStep.
 */
export function renderSteps(
  steps: readonly MisconfigurationStep[],
  options: RenderOptions,
  text: InterfaceStrings,
): RenderedChart {
  const words = text.charts.misconfigurationSteps;
  const { document, width } = options;
  const marks = svgElement(document, 'g', { class: 'misconfiguration-steps' });
  const textX = 40;
  let y = 4;
  for (const step of steps) {
    const { heading, body } = stepText(step, text);
    const open = step.deciding.access === 'allow';
    // Lines wrapped from measured widths (text-metrics.ts), so a reader's text spacing never pushes them out.
    const headingLines = wrapToWidth(heading, width - textX, { size: chartFontSize, bold: true });
    const detail = wrapToWidth(
      fillTemplate(words.decidedBy, {
        rule: step.deciding.name,
        outcome: open ? words.outcome.allowed : words.outcome.blocked,
      }),
      width - textX,
      { size: 13 },
    );
    const height = 14 + headingLines.length * rowHeight + detail.length * (rowHeight - 2);
    const row = svgElement(document, 'g', {
      class: 'chart-mark',
      'data-mark': step.id,
      'data-title': heading,
      'data-when': step.event ? formatDate(step.event.date) : undefined,
      'data-detail': body,
      role: 'img',
      'aria-label': `${step.number}. ${heading}. ${body}`,
    });
    row.append(
      svgElement(document, 'rect', {
        x: 0,
        y,
        width: 6,
        height: height - 6,
        ...paint(open ? { fill: 'anchor' } : { fill: 'bg', stroke: 'redacted' }),
      }),
      // The step number is written inside its disc, on purpose: the disc is its backdrop.
      svgElement(document, 'g', {}, [
        svgElement(document, 'circle', {
          cx: 24,
          cy: y + 11,
          r: 11,
          'data-backdrop': 'true',
          ...paint({ fill: 'text' }),
        }),
        svgElement(
          document,
          'text',
          { x: 24, y: y + 15.5, 'text-anchor': 'middle', 'font-weight': 700, ...paint({ fill: 'bg' }) },
          [String(step.number)],
        ),
      ]),
      multilineText(
        document,
        headingLines,
        { x: textX, y: y + 15, 'font-weight': 700, ...paint({ fill: 'text' }) },
        rowHeight,
      ),
      multilineText(
        document,
        detail,
        {
          x: textX,
          y: y + 15 + headingLines.length * rowHeight,
          'font-size': 13,
          ...paint({ fill: open ? 'anchor' : 'muted' }),
        },
        rowHeight - 2,
      ),
    );
    marks.append(row);
    y += height + 6;
  }
  const rendered = chartRoot(document, { ...options, height: y, className: 'chart-misconfiguration-steps' });
  rendered.svg.append(marks);
  return rendered;
}

export const misconfigurationStepsChart = defineChart({
  id: 'misconfiguration-steps',
  data: misconfigurationSteps,
  words: (steps, text) => {
    const words = text.charts.misconfigurationSteps;
    return { title: words.title, subtitle: fillTemplate(words.subtitle, { count: steps.length }), notes: words.notes };
  },
  sourceIds: (steps) => [...new Set(['msrc-2020', ...steps.flatMap((step) => step.event?.sourceIds ?? [])])],
  describe: (steps, text) =>
    fillTemplate(text.charts.misconfigurationSteps.describe, {
      count: steps.length,
      steps: steps.map((step) => `${step.number}. ${stepText(step, text).heading}`).join(' '),
    }),
  download: (steps) =>
    steps.map((step) => ({
      step: step.number,
      id: step.id,
      date: step.event?.date ?? null,
      rules: step.rules.map((rule) => ({
        priority: rule.priority,
        name: rule.name,
        access: rule.access,
        source: rule.sourceLabel,
        builtIn: rule.builtIn,
      })),
      decidingRule: step.deciding.name,
      publicShareAllowed: step.publicShare,
    })),
  rows: (steps) => steps,
  columns: (text) => {
    const columns = text.charts.columns;
    return [
      { key: 'step', label: columns.step, numeric: true, value: (step: MisconfigurationStep) => step.number },
      { key: 'date', label: columns.date, value: (step: MisconfigurationStep) => step.event?.date ?? '' },
      { key: 'what', label: columns.summary, value: (step: MisconfigurationStep) => stepText(step, text).heading },
      { key: 'decidingRule', label: columns.decidingRule, value: (step: MisconfigurationStep) => step.deciding.name },
      {
        key: 'internetShare',
        label: columns.internetShare,
        numeric: true,
        value: (step: MisconfigurationStep) => Math.round(step.publicShare * 1000) / 10,
      },
    ];
  },
  render: renderSteps,
});
