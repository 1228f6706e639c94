/**
 * The static files behind each chart's download links: its table as CSV, its data as JSON, its
 * wide layout as a standalone SVG in the light palette (the PNG is made from that SVG). Pure
 * functions; the endpoints in src/pages/charts/ only serve what these return.
 */
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
import type { Source } from '../schemas/derived.ts';
import { csvTable } from '../transforms/csv.ts';
import { chartSources, type Chart } from './chart.ts';
import { wrapText } from './format.ts';
import { layoutWidths, type RenderedChart } from './layout.ts';
import { chartFont, palette } from './palette.ts';
import { serializeElement, serverDocument } from './server-svg.ts';
import { multilineText, svgElement, svgNamespace } from './svg.ts';

/** The chart's table as CSV: a header of column labels, then one line per row, numbers unformatted, formula cells neutralised. */
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
  const file = { id, title, subtitle, description, sourceIds, notes, credit, version, updated };
  return `${JSON.stringify({ ...file, columns: table.columns, rows: table.rows, data }, null, 2)}\n`;
}

/** The words a standalone file shows around the chart, as the page does. */
export interface StandaloneFrame {
  title: string;
  subtitle: string;
  /** Source, credit and licence, in one line of text (wrapped to the width). */
  footer: string;
}

const padding = 16;

/**
 * A standalone SVG file: the drawn chart nested under its title and subtitle, with the sources
 * and credit below, on the light background, built with the same element builder as the charts.
 */
export function standaloneSvg(rendered: RenderedChart, frame: StandaloneFrame): string {
  const { svg: chart, width, height } = rendered;
  const document = chart.ownerDocument;
  const lines = (text: string, size: number) => wrapText(text, Math.floor(width / (size * 0.52)));
  const titleLines = lines(frame.title, 22);
  const subtitleLines = lines(frame.subtitle, 15);
  const footerLines = lines(frame.footer, 12);
  const titleY = padding + 20;
  const subtitleY = titleY + (titleLines.length - 1) * 27 + 26;
  const chartY = subtitleY + (subtitleLines.length - 1) * 20 + 18;
  const footerY = chartY + height + 22;
  const totalWidth = width + padding * 2;
  const totalHeight = footerY + (footerLines.length - 1) * 16 + padding;
  chart.setAttribute('x', String(padding));
  chart.setAttribute('y', String(chartY));
  const root = svgElement(
    document,
    'svg',
    {
      xmlns: svgNamespace,
      viewBox: `0 0 ${totalWidth} ${totalHeight}`,
      width: totalWidth,
      height: totalHeight,
      'font-family': chartFont,
    },
    [
      svgElement(document, 'rect', { width: totalWidth, height: totalHeight, fill: palette.bg.light }),
      multilineText(
        document,
        titleLines,
        { x: padding, y: titleY, 'font-size': 22, 'font-weight': 700, fill: palette.text.light },
        27,
      ),
      multilineText(
        document,
        subtitleLines,
        { x: padding, y: subtitleY, 'font-size': 15, fill: palette.text.light },
        20,
      ),
      chart,
      multilineText(document, footerLines, { x: padding, y: footerY, 'font-size': 12, fill: palette.muted.light }, 16),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root)}\n`;
}

/**
 * The footer of a standalone image: named sources (at most `max`), how many more, the site (its
 * path alone when `siteUrl` is unknown) and the credit.
 */
export function standaloneFooter(
  publishers: readonly string[],
  chart: Pick<Chart, 'credit' | 'updated'>,
  siteUrl: string | undefined,
  text: InterfaceStrings,
  max = 4,
): string {
  const words = text.charts.standalone;
  const unique = [...new Set(publishers)];
  const named = unique.slice(0, max).join(', ');
  const more = unique.length - Math.min(unique.length, max);
  return fillTemplate(words.footer, {
    sources: more > 0 ? fillTemplate(words.more, { sources: named, count: more }) : named,
    url: siteUrl ? new URL('/sources/', siteUrl).href : '/sources/',
    credit: chart.credit,
    updated: chart.updated,
  });
}

/**
 * The standalone SVG file of a chart (its wide layout); `siteUrl` is the public address the
 * footer points to (undefined: its path only).
 */
export function chartSvgFile(
  chart: Chart,
  siteUrl: string | undefined,
  context: { getSource: (id: string) => Source; text: InterfaceStrings },
): string {
  const { named, context: comparison } = chartSources(chart, context.getSource);
  const rendered = chart.render({
    width: layoutWidths.wide,
    document: serverDocument(),
    idPrefix: `chart-${chart.id}`,
  });
  return standaloneSvg(rendered, {
    title: chart.title,
    subtitle: chart.subtitle,
    footer: standaloneFooter(
      [...named, ...comparison].map((source) => source.publisher),
      chart,
      siteUrl,
      context.text,
    ),
  });
}
