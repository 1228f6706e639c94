/**
 * The static files behind each chart's download links: its table as CSV, its data as JSON, its
 * wide layout as a standalone SVG in the light palette. Pure functions; the endpoints in
 * src/pages/charts/ only serve what these return.
 */
import { csvTable } from '../transforms/csv.ts';
import { wrapText } from './format.ts';
import { chartFont } from './palette.ts';
import type { Chart } from './registry.ts';
import { escapeXml } from './render.ts';

/** The chart's table as CSV: a header of column labels, then one line per row, numbers unformatted. */
export function chartCsv(chart: Chart): string {
  const { columns, rows } = chart.table;
  return csvTable(
    columns.map((column) => column.label),
    rows.map((row) => columns.map((column) => row[column.key])),
  );
}

/** The chart's data as JSON, with what a reuser needs to cite it. */
export function chartJson(chart: Chart): string {
  const { id, title, subtitle, description, sourceIds, notes, credit, version, updated, table, data } = chart;
  return `${JSON.stringify({ id, title, subtitle, description, sourceIds, notes, credit, version, updated, columns: table.columns, rows: table.rows, data }, null, 2)}\n`;
}

/** What frames a chart in its standalone file: the words the page shows around it. */
export interface StandaloneFrame {
  title: string;
  subtitle: string;
  /** Source, credit and licence, in one line of text (wrapped to the width). */
  footer: string;
  /** Page background behind everything (the light palette's). */
  background: string;
  /** Text colours: headings and body, then the muted footer. */
  text: string;
  muted: string;
}

const padding = 16;

/**
 * A standalone SVG file: the chart's markup nested under its title and subtitle, with the
 * sources and credit below, on a light background, so the image stands alone when shared.
 */
export function standaloneSvg(markup: string, frame: StandaloneFrame): string {
  const viewBox = /viewBox="([^"]+)"/
    .exec(/^<svg[^>]*>/.exec(markup)?.[0] ?? '')?.[1]
    ?.split(' ')
    .map(Number);
  if (!viewBox || viewBox.length !== 4) throw new Error('standaloneSvg needs chart markup whose root has a viewBox');
  const [, , width, height] = viewBox as [number, number, number, number];
  const lines = (text: string, size: number) => wrapText(text, Math.floor(width / (size * 0.52)));
  const titleLines = lines(frame.title, 22);
  const subtitleLines = lines(frame.subtitle, 15);
  const footerLines = lines(frame.footer, 12);
  const tspans = (items: string[], lineHeight: number) =>
    items
      .map((line, index) => `<tspan x="${padding}"${index ? ` dy="${lineHeight}"` : ''}>${escapeXml(line)}</tspan>`)
      .join('');
  const titleY = padding + 20;
  const subtitleY = titleY + (titleLines.length - 1) * 27 + 26;
  const chartY = subtitleY + (subtitleLines.length - 1) * 20 + 18;
  const footerY = chartY + height + 22;
  const totalWidth = width + padding * 2;
  const totalHeight = footerY + (footerLines.length - 1) * 16 + padding;
  const chart = markup.replace(/^<svg /, `<svg x="${padding}" y="${chartY}" `);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${totalWidth} ${totalHeight}" width="${totalWidth}" height="${totalHeight}" font-family="${escapeXml(chartFont)}">`,
    `<rect width="${totalWidth}" height="${totalHeight}" fill="${frame.background}"/>`,
    `<text y="${titleY}" font-size="22" font-weight="700" fill="${frame.text}">${tspans(titleLines, 27)}</text>`,
    `<text y="${subtitleY}" font-size="15" fill="${frame.text}">${tspans(subtitleLines, 20)}</text>`,
    chart,
    `<text y="${footerY}" font-size="12" fill="${frame.muted}">${tspans(footerLines, 16)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** The footer of a standalone image: named sources (at most `max`), how many more, the site (its path alone when `siteUrl` is unknown) and the credit. */
export function standaloneFooter(
  publishers: readonly string[],
  siteUrl: string | undefined,
  credit: string,
  updated: string,
  max = 4,
): string {
  const unique = [...new Set(publishers)];
  const named = unique.slice(0, max);
  const more = unique.length - named.length;
  return `Sources: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}, listed at ${siteUrl ? new URL('/sources/', siteUrl).href : '/sources/'}. Chart: ${credit}, CC BY 4.0, updated ${updated}.`;
}
