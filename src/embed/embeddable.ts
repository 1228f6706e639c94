/**
 * The charts as embeds see them: the registry's metadata reduced to what an embed page, its
 * oEmbed description and the gallery need, plus the iframe height used when a host runs no script.
 */
import { chartIds, charts, type ChartId } from '../charts/registry.ts';
import { renderChartMarkup } from '../charts/render.ts';
import { layoutWidths } from '../charts/types.ts';

/** One embeddable chart. */
export interface EmbeddableChart {
  id: ChartId;
  title: string;
  subtitle: string;
  /** Site path of the chapter that tells the chart's story. */
  chapterHref: string;
  credit: string;
  /** The chart's version, as cited. */
  version: string;
  /** Date of this version, YYYY-MM-DD. */
  date: string;
  /** Fixed iframe height in px for hosts that strip the loader (see {@link fallbackHeight}). */
  fallbackHeight: number;
}

/** Widest column the fallback height is made for: wider columns draw the chart taller. */
export const fallbackColumnWidth = 960;

/** Room for what the frame shows above and below the drawing when collapsed (title, subtitle, source, links). */
export const fallbackChromeHeight = 420;

/** Height over width of an SVG, from its viewBox. */
export function svgAspect(markup: string): number {
  const viewBox = markup
    .match(/viewBox="([\d.\s-]+)"/)?.[1]
    ?.trim()
    .split(/\s+/)
    .map(Number);
  const [, , width = 0, height = 0] = viewBox ?? [];
  if (!(width > 0 && height > 0)) throw new Error('SVG without a usable viewBox');
  return height / width;
}

/**
 * The iframe height for hosts that strip the loader: the wide drawing at the widest column it is
 * made for, plus the frame's collapsed text. In narrower columns the chart then still fits, with
 * some space to spare, and the rest of the frame scrolls.
 */
export function fallbackHeight(wideSvgAspect: number): number {
  return Math.ceil((fallbackChromeHeight + fallbackColumnWidth * wideSvgAspect) / 10) * 10;
}

/** Every chart in registry order. */
export const embeddableCharts: readonly EmbeddableChart[] = chartIds.map((id) => {
  const chart = charts[id];
  return {
    id,
    title: chart.title,
    subtitle: chart.subtitle,
    chapterHref: `/chapters/${chart.chapter}/`,
    credit: chart.credit,
    version: String(chart.version),
    date: chart.updated,
    fallbackHeight: fallbackHeight(svgAspect(renderChartMarkup(id, layoutWidths.wide))),
  };
});

/** The embeddable chart with this id. */
export function embeddableChart(id: string): EmbeddableChart {
  const chart = embeddableCharts.find((candidate) => candidate.id === id);
  if (!chart) throw new Error(`No chart "${id}" in src/charts/registry.ts`);
  return chart;
}
