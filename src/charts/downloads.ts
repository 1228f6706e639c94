/**
 * The static files behind each chart's download links: its table as CSV, its data as JSON, its
 * wide layout as a standalone SVG in the light palette. Pure functions; the endpoints in
 * src/pages/charts/ only serve what these return.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Chart } from './registry.ts';

/** The chart's table as CSV: a header of column labels, then one line per row, numbers unformatted. */
export function chartCsv(chart: Chart): string {
  const { columns, rows } = chart.table;
  return `${csvFormatRows([columns.map((column) => column.label), ...rows.map((row) => columns.map((column) => String(row[column.key] ?? '')))])}\n`;
}

/** The chart's data as JSON, with what a reuser needs to cite it. */
export function chartJson(chart: Chart): string {
  const { id, title, subtitle, description, sourceIds, notes, credit, version, updated, table, data } = chart;
  return `${JSON.stringify({ id, title, subtitle, description, sourceIds, notes, credit, version, updated, columns: table.columns, rows: table.rows, data }, null, 2)}\n`;
}

/** A standalone SVG file: the XML declaration and a light background behind the chart's markup. */
export function standaloneSvg(markup: string, background: string): string {
  const withBackground = markup.replace(/^(<svg[^>]*>)/, (root) => {
    const viewBox = /viewBox="([^"]+)"/.exec(root)?.[1]?.split(' ') ?? ['0', '0', '0', '0'];
    return `${root}<rect x="${viewBox[0]}" y="${viewBox[1]}" width="${viewBox[2]}" height="${viewBox[3]}" fill="${background}"/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withBackground}\n`;
}
