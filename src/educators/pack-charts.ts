/**
 * The charts for the trainer pack and the hub, from the charts registry: each chart's title,
 * its generated description as alternative text, the standalone SVG served at /charts/<id>.svg
 * and the PNG made from it, so the pack holds the same files as the site.
 */
import { palette } from '../charts/palette.ts';
import { svgToPng } from '../charts/png.ts';
import { chartIds, getChart } from '../charts/registry.ts';
import { standaloneChartSvg } from '../charts/standalone.ts';
import type { PackChart } from './trainer-pack.ts';

/** Every chart as SVG, PNG and alternative text; `siteUrl` goes in each chart's footer. */
export function packCharts(siteUrl: string | undefined): PackChart[] {
  return chartIds.map((id) => {
    const chart = getChart(id);
    const svg = standaloneChartSvg(id, siteUrl);
    return { id, title: chart.title, alt: chart.description, svg, png: svgToPng(svg, palette.bg.light) };
  });
}
