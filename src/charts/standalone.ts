/**
 * The standalone SVG of a chart as served at /charts/<id>.svg and rasterised for /charts/<id>.png:
 * the wide layout, framed with its title, subtitle, sources and credit, in the light palette.
 */
import { getSource } from '../lib/data.ts';
import { standaloneFooter, standaloneSvg } from './downloads.ts';
import { palette } from './palette.ts';
import { getChart, type ChartId } from './registry.ts';
import { renderChartMarkup } from './render.ts';
import { layoutWidths } from './types.ts';

/** The standalone SVG file of a chart; `siteUrl` is the public address the footer points to (undefined: its path only). */
export function standaloneChartSvg(id: ChartId, siteUrl: string | undefined): string {
  const chart = getChart(id);
  // The story's own sources first; comparison sources (one per incident) are only counted.
  const sources = chart.sourceIds
    .map(getSource)
    .sort((a, b) => Number(a.kind === 'context') - Number(b.kind === 'context'));
  return standaloneSvg(renderChartMarkup(id, layoutWidths.wide, `chart-${id}`), {
    title: chart.title,
    subtitle: chart.subtitle,
    footer: standaloneFooter(
      sources.map((source) => source.publisher),
      siteUrl,
      chart.credit,
      chart.updated,
    ),
    background: palette.bg.light,
    text: palette.text.light,
    muted: palette.muted.light,
  });
}
