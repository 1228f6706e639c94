/**
 * The charts on the site, as a list of chart modules, in the order the /charts/ page and the
 * embed gallery show them. Chart ids are the modules' own; URLs, embeds, MDX and the corrections
 * log take theirs from here. A chart is built from the site's data the first time it is asked for.
 */
import { z } from 'zod';
import { derived } from '../lib/data.ts';
import { strings } from '../lib/strings.ts';
import type { Chart } from './chart.ts';
import { chartSvgFile } from './download-files.ts';
import { exposureSpanChart } from './exposure-span.ts';
import { fieldInventoryChart } from './field-inventory.ts';
import { keyFactsChart } from './key-facts.ts';
import { misconfigurationStepsChart } from './misconfiguration-steps.ts';
import { recordVolumeChart } from './record-volume.ts';
import { recordsByYearCauseChart } from './records-by-year-cause.ts';
import { riskChart } from './risk.ts';
import { timelineChart } from './timeline.ts';

/** Every chart module. */
export const chartModules = [
  exposureSpanChart,
  keyFactsChart,
  misconfigurationStepsChart,
  timelineChart,
  recordVolumeChart,
  recordsByYearCauseChart,
  fieldInventoryChart,
  riskChart,
] as const;

export type ChartId = (typeof chartModules)[number]['id'];

/** The chart ids, in list order. */
export const chartIds = chartModules.map((module) => module.id) as [ChartId, ...ChartId[]];

/** A chart id; anything else fails with the list of ids. */
export const chartIdSchema = z.enum(chartIds);

const built = new Map<ChartId, Chart<ChartId>>();

/** The chart with this id, built from data/derived and the interface text; an unknown id throws with the list of ids. */
export function getChart(id: string): Chart<ChartId> {
  const parsed = chartIdSchema.safeParse(id);
  if (!parsed.success)
    throw new Error(`Unknown chart "${id}". Charts: ${chartIds.join(', ')} (src/charts/registry.ts).`);
  const chartId = parsed.data;
  let chart = built.get(chartId);
  if (!chart) {
    const module = chartModules.find((candidate) => candidate.id === chartId)!;
    chart = module.build(derived, strings) as Chart<ChartId>;
    built.set(chartId, chart);
  }
  return chart;
}

/** The standalone SVG file of a chart on this site, as /charts/<id>.svg serves it and the PNG is made from. */
export function standaloneChartSvg(id: string, siteUrl: string | undefined): string {
  return chartSvgFile(getChart(id), siteUrl, { getSource: derived.getSource, text: strings });
}

/**
 * Sources of every row a capped chart table lists, or undefined while every table lists all its
 * rows: the bibliography is shortened exactly when a table is, and keeps these.
 */
export function tableListedSourceIds(): Set<string> | undefined {
  const caps = chartIds.flatMap((id) => getChart(id).table.cap ?? []);
  return caps.length ? new Set(caps.flatMap((cap) => cap.sourceIds)) : undefined;
}
