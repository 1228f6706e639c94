/**
 * The charts as embeds see them: the registry's metadata reduced to what an embed page, its
 * oEmbed description and the gallery need, plus the iframe height used when a host runs no script.
 */
import { chartIds, charts, type ChartId } from '../charts/registry.ts';

/** One embeddable chart. */
export interface EmbeddableChart {
  id: ChartId;
  title: string;
  subtitle: string;
  /** Site path of the chapter that tells the chart's story. */
  chapterHref: string;
  credit: string;
  version: string;
  /** Date of this version, YYYY-MM-DD. */
  date: string;
  /** Fixed iframe height in px for hosts that strip the loader: the whole chart shows in a wide column. */
  fallbackHeight: number;
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
    version: chart.version,
    date: chart.updated,
    fallbackHeight: Math.round(640 * chart.aspect + 320),
  };
});

/** The embeddable chart with this id. */
export function embeddableChart(id: string): EmbeddableChart {
  const chart = embeddableCharts.find((candidate) => candidate.id === id);
  if (!chart) throw new Error(`No chart "${id}" in src/charts/registry.ts`);
  return chart;
}
