/**
 * The charts for an edition's trainer pack, from the charts registry: each chart's title, its
 * generated description as alternative text, the standalone SVG served at /charts/<id>.svg (or
 * /es/charts/<id>.svg) and the PNG made from it, so the pack holds the same files as the site.
 */
import { palette } from '../charts/palette.ts';
import { svgToPng } from '../charts/png.ts';
import { chartIds, getChart, standaloneChartSvg } from '../charts/registry.ts';
import type { Locale } from '../lib/locales.ts';
import type { PackChart } from './trainer-pack.ts';

/** Every chart of an edition as SVG, PNG and alternative text; `siteUrl` goes in each chart's footer. */
export function packCharts(siteUrl: string | undefined, locale: Locale): PackChart[] {
  return chartIds.map((id) => {
    const chart = getChart(id, locale);
    const svg = standaloneChartSvg(id, siteUrl, locale);
    return { id, title: chart.title, alt: chart.description, svg, png: svgToPng(svg, palette.bg.light) };
  });
}
