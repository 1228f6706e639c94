/**
 * Where each chart is published on the site, built in one place: its files under
 * /charts/<id>.<format> (the drawing as SVG and PNG, the data as CSV and JSON), its embed page
 * and the figure's anchors. The figure frame, the embed gallery and the educators' pack link with these.
 */
import { defaultLocale, localizedPath, type Locale } from '../lib/locales.ts';

/** The files every chart is published as. */
export const chartFileFormats = ['csv', 'json', 'svg', 'png'] as const;
export type ChartFileFormat = (typeof chartFileFormats)[number];

/** "/charts/<id>.<format>" ("/es/charts/<id>.<format>" in Spanish: every edition publishes its own files). */
export function chartFileHref(chartId: string, format: ChartFileFormat, locale: Locale = defaultLocale): string {
  return localizedPath(locale, `/charts/${encodeURIComponent(chartId)}.${format}`);
}

/** "/embed/<id>/" ("/es/embed/<id>/"): the chart alone in its frame, for other sites. */
export function chartEmbedHref(chartId: string, locale: Locale = defaultLocale): string {
  return localizedPath(locale, `/embed/${encodeURIComponent(chartId)}/`);
}

/** The id of a chart figure's heading, which other pages link to as `#figure-<id>-heading`. */
export function figureHeadingId(chartId: string): string {
  return `figure-${chartId}-heading`;
}

/** One download link: its site path and the key of its label in strings.json `embed`. */
export interface ChartDownload {
  href: string;
  label: 'downloadSvg' | 'downloadPng' | 'downloadCsv' | 'downloadJson';
}

/** The download links of a chart as the embed gallery lists them, drawings first. */
export function chartDownloads(chartId: string, locale: Locale = defaultLocale): ChartDownload[] {
  return [
    { href: chartFileHref(chartId, 'svg', locale), label: 'downloadSvg' },
    { href: chartFileHref(chartId, 'png', locale), label: 'downloadPng' },
    { href: chartFileHref(chartId, 'csv', locale), label: 'downloadCsv' },
    { href: chartFileHref(chartId, 'json', locale), label: 'downloadJson' },
  ];
}
