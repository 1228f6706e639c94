/**
 * Where each chart is published on the site, built in one place: its files under
 * /charts/<id>.<format> (the drawing as SVG and PNG, the data as CSV and JSON), its embed page
 * and the figure's anchors. The figure frame, the embed gallery and the educators' pack link with these.
 */

/** The files every chart is published as. */
export const chartFileFormats = ['csv', 'json', 'svg', 'png'] as const;
export type ChartFileFormat = (typeof chartFileFormats)[number];

/** "/charts/<id>.<format>". */
export function chartFileHref(chartId: string, format: ChartFileFormat): string {
  return `/charts/${encodeURIComponent(chartId)}.${format}`;
}

/** "/embed/<id>/": the chart alone in its frame, for other sites. */
export function chartEmbedHref(chartId: string): string {
  return `/embed/${encodeURIComponent(chartId)}/`;
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
export function chartDownloads(chartId: string): ChartDownload[] {
  return [
    { href: chartFileHref(chartId, 'svg'), label: 'downloadSvg' },
    { href: chartFileHref(chartId, 'png'), label: 'downloadPng' },
    { href: chartFileHref(chartId, 'csv'), label: 'downloadCsv' },
    { href: chartFileHref(chartId, 'json'), label: 'downloadJson' },
  ];
}
