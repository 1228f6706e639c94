/**
 * The charts as embeds see them: a chart's metadata reduced to what an embed page, its oEmbed
 * description and the gallery need, the chapter it belongs to, and the iframe height used when a
 * host runs no script. Built on demand, never on import.
 */
import type { Chart } from '../charts/chart.ts';
import { chartIds, getChart, type ChartId } from '../charts/registry.ts';
import { layoutWidths } from '../charts/layout.ts';
import { defaultLocale, localizedPath, type Locale } from '../lib/locales.ts';
import { serverDocument } from '../charts/server-svg.ts';

/** One embeddable chart. */
export interface EmbeddableChart {
  id: ChartId;
  title: string;
  subtitle: string;
  /** Site path of the chapter that tells the chart's story (the charts page when no chapter places it). */
  chapterHref: string;
  credit: string;
  /** The chart's version, as cited. */
  version: string;
  /** Date of this version, YYYY-MM-DD. */
  updated: string;
  /** Fixed iframe height in px for hosts that strip the loader (see {@link fallbackHeight}). */
  fallbackHeight: number;
}

/** Widest column the fallback height is made for: wider columns draw the chart taller. */
export const fallbackColumnWidth = 960;

/** Room for what the frame shows above and below the drawing when collapsed (title, subtitle, source, links). */
export const fallbackChromeHeight = 420;

/**
 * The iframe height for hosts that strip the loader: the wide drawing (`height` over `width`)
 * at the widest column it is made for, plus the frame's collapsed text. In narrower columns the
 * chart then still fits, with some space to spare, and the rest of the frame scrolls.
 */
export function fallbackHeight(drawing: { width: number; height: number }): number {
  const aspect = drawing.height / drawing.width;
  if (!(aspect > 0 && Number.isFinite(aspect))) throw new Error('fallbackHeight needs a drawing with a size');
  return Math.ceil((fallbackChromeHeight + fallbackColumnWidth * aspect) / 10) * 10;
}

/** A built chart as an embed sees it; `chapterHref` is where its story is told. */
export function toEmbeddable(chart: Chart<ChartId>, chapterHref: string): EmbeddableChart {
  const wide = chart.render({ width: layoutWidths.wide, document: serverDocument(), idPrefix: `embed-${chart.id}` });
  return {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    chapterHref,
    credit: chart.credit,
    version: String(chart.version),
    updated: chart.updated,
    fallbackHeight: fallbackHeight(wide),
  };
}

/**
 * The embeddable chart with this id (an unknown id throws with the list of ids); `chapterOf`
 * gives each chart the chapter that places it (src/lib/chapters.ts `chartChapters`), and a
 * chart placed in none links to the /charts/ page.
 */
export function embeddableChart(
  id: string,
  chapterOf: ReadonlyMap<string, { href: string }>,
  locale: Locale = defaultLocale,
): EmbeddableChart {
  return toEmbeddable(getChart(id, locale), chapterOf.get(id)?.href ?? localizedPath(locale, '/charts/'));
}

/** Every chart in registry order, as embeds of an edition see them. */
export function embeddableCharts(
  chapterOf: ReadonlyMap<string, { href: string }>,
  locale: Locale = defaultLocale,
): EmbeddableChart[] {
  return chartIds.map((id) => embeddableChart(id, chapterOf, locale));
}
