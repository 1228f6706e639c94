/**
 * The files a reader can download for each chart, as published by the charts branch under
 * /charts/<id>.<ext>: the drawing as SVG and PNG, the data as CSV and JSON.
 */

/** One download link: its site path and the key of its label in strings.json `embed`. */
export interface ChartDownload {
  href: string;
  label: 'downloadSvg' | 'downloadPng' | 'downloadCsv' | 'downloadJson';
}

/** The download links of a chart, drawings first. */
export function chartDownloads(chartId: string): ChartDownload[] {
  const file = (extension: string) => `/charts/${encodeURIComponent(chartId)}.${extension}`;
  return [
    { href: file('svg'), label: 'downloadSvg' },
    { href: file('png'), label: 'downloadPng' },
    { href: file('csv'), label: 'downloadCsv' },
    { href: file('json'), label: 'downloadJson' },
  ];
}
