/**
 * Everything the figure frame shows around a chart, computed from the built chart: heading,
 * view switch, the SVG at each layout, description, notes, source line, credit, the data table
 * with each column's own formatting, and the links. `ChartFigure.astro` only writes this out as
 * markup, so what a reader sees is decided (and tested) here.
 */
import { z } from 'zod';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
import type { Source } from '../schemas/derived.ts';
import { chartSources, type Chart } from './chart.ts';
import { chartEmbedHref, chartFileHref, figureHeadingId, type ChartFileFormat } from './download-links.ts';
import type { LayoutName } from './layout.ts';
import { chartIdSchema } from './registry.ts';
import { renderChartLayouts } from './server-svg.ts';

/** The frame's props: `chart`, a chart id; `headingLevel`, 2 to 4; `embed`, for the chrome-less embed page. */
export const figurePropsSchema = z.object({
  chart: chartIdSchema,
  headingLevel: z.union([z.literal(2), z.literal(3), z.literal(4)]).default(2),
  embed: z.boolean().default(false),
});
export type FigureProps = z.input<typeof figurePropsSchema>;

/** The props, checked; a wrong one fails the build with the error written out for the author. */
export function parseFigureProps(props: unknown): z.output<typeof figurePropsSchema> {
  const parsed = figurePropsSchema.safeParse(props);
  if (!parsed.success) throw new Error(`<ChartFigure> has invalid props:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A link as the frame writes it. */
export interface FigureLink {
  href: string;
  text: string;
}

/** One cell of the data table, formatted by its column. */
export interface FigureCell {
  text: string;
  numeric: boolean;
}

/** What the frame renders. */
export interface FigureModel {
  id: string;
  embed: boolean;
  /** `chart-<id>`, the anchor chapters link to; none in an embed, where the page is the chart. */
  anchorId: string | undefined;
  heading: { tag: 'h2' | 'h3' | 'h4'; id: string; text: string };
  subtitle: string;
  /** The chart's views (the timeline's zoom), or undefined for a chart shown whole. */
  views: { label: string; buttons: { view: string; label: string; pressed: boolean }[] } | undefined;
  /** The SVG markup at each layout width; CSS shows one. */
  layouts: Record<LayoutName, string>;
  closeLabel: string;
  description: string;
  notes: { label: string; items: readonly string[] } | undefined;
  /** "Sources: A, B and 40 comparison sources": the story's sources named, comparison sources counted. */
  sources: { label: string; named: FigureLink[]; comparison: FigureLink | undefined; and: string };
  credit: { label: string; credit: string; updatedLabel: string; updated: string };
  table: { summary: string; regionLabel: string; caption: string; columns: FigureCell[]; rows: FigureCell[][] };
  links: { label: string; downloads: FigureLink[]; embed: FigureLink | undefined };
}

const downloadOrder: readonly ChartFileFormat[] = ['csv', 'json', 'svg', 'png'];

/** The figure model of a built chart. */
export function figureModel(
  chart: Chart,
  props: z.output<typeof figurePropsSchema>,
  context: { text: InterfaceStrings; getSource: (id: string) => Source },
): FigureModel {
  const text = context.text.charts.figure;
  const headingId = figureHeadingId(chart.id);
  const { named, context: comparison } = chartSources(chart, context.getSource);
  const sourceHref = (source: Source) => `/sources/#${source.id}`;
  const firstComparison = comparison[0];
  return {
    id: chart.id,
    embed: props.embed,
    anchorId: props.embed ? undefined : `chart-${chart.id}`,
    heading: { tag: `h${props.headingLevel}`, id: headingId, text: chart.title },
    subtitle: chart.subtitle,
    views:
      chart.views.length > 0
        ? {
            label: text.view,
            buttons: chart.views.map((view, index) => ({ ...view, pressed: index === 0 })),
          }
        : undefined,
    layouts: renderChartLayouts(chart, `figure-${chart.id}`),
    closeLabel: text.close,
    description: chart.description,
    notes: chart.notes.length > 0 ? { label: text.notes, items: chart.notes } : undefined,
    sources: {
      label: chart.sourceIds.length === 1 ? text.source : text.sources,
      named: named.map((source) => ({ href: sourceHref(source), text: source.publisher })),
      comparison: firstComparison && {
        href: sourceHref(firstComparison),
        text:
          comparison.length === 1
            ? text.comparisonSource
            : fillTemplate(text.comparisonSources, { count: comparison.length }),
      },
      and: text.and,
    },
    credit: { label: text.credit, credit: chart.credit, updatedLabel: text.updated, updated: chart.updated },
    table: {
      summary: text.data,
      regionLabel: `${text.data}: ${chart.title}`,
      caption: chart.title,
      columns: chart.table.columns.map((column) => ({ text: column.label, numeric: column.numeric ?? false })),
      rows: chart.table.rows.map((row) =>
        chart.table.columns.map((column) => {
          const value = row[column.key] ?? '';
          return { text: column.format ? column.format(value) : String(value), numeric: column.numeric ?? false };
        }),
      ),
    },
    links: {
      label: `${text.downloads}: ${chart.title}`,
      downloads: downloadOrder.map((format) => ({ href: chartFileHref(chart.id, format), text: text[format] })),
      embed: props.embed ? undefined : { href: chartEmbedHref(chart.id), text: text.embed },
    },
  };
}
