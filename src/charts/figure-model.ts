/**
 * Everything the figure frame shows around a chart, computed from the built chart: heading,
 * view switch, the SVG at each layout, description, notes, source line, credit, the data table
 * with each column's own formatting, and the links. `ChartFigure.astro` only writes this out as
 * markup, so what a reader sees is decided (and tested) here.
 */
import { z } from 'zod';
import { formatGrouped } from '../lib/format.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate, linkedTemplateParts } from '../lib/template.ts';
import type { Source } from '../schemas/derived.ts';
import { chartSources, type Chart, type TableCap } from './chart.ts';
import { chartEmbedHref, chartFileHref, figureHeadingId, type ChartFileFormat } from './download-links.ts';
import type { LayoutName } from './layout.ts';
import { chartIdSchema } from './registry.ts';
import { renderChartLayouts } from './server-svg.ts';
import { noteSchedule, type Note } from './sonify.ts';

/**
 * The frame's props: `chart`, a chart id; `headingLevel`, 1 to 4; `embed`, for the compact embed
 * view (no embed link, two sources named, everything after the source line in one disclosure);
 * `collapsed`, the embed view's short foot (two sources named, the rest in one disclosure) on a
 * page of the site, where the chart leads and the reading goes on below it (the home page's cover).
 */
export const figurePropsSchema = z.object({
  chart: chartIdSchema,
  headingLevel: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).default(2),
  embed: z.boolean().default(false),
  collapsed: z.boolean().default(false),
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

/** One cell of a data row: `header` for the cell that names the row, `sort` the raw value sorting reads. */
export interface FigureDataCell extends FigureCell {
  header: boolean;
  sort: string;
}

/** What the frame renders. */
export interface FigureModel {
  id: string;
  embed: boolean;
  /** `chart-<id>`, the anchor chapters link to; none in an embed, where the page is the chart. */
  anchorId: string | undefined;
  heading: { tag: 'h1' | 'h2' | 'h3' | 'h4'; id: string; text: string };
  subtitle: string;
  /** The id of the visible description, the figure's accessible description. */
  descriptionId: string;
  /** "Skip chart": a link before the chart to the point just after it. */
  skip: { text: string; targetId: string };
  /** How to use the chart from keyboard, pointer or touch, shown below it. */
  instructions: string;
  /** What the live region says when a view is chosen: "Showing {count} events". */
  viewAnnouncement: string;
  /** The chart's views (the timeline's zoom), or undefined for a chart shown whole. */
  views: { label: string; buttons: { view: string; label: string; pressed: boolean }[] } | undefined;
  /**
   * "Play as sound": the button's labels, what the live region says as it starts, stops and ends,
   * and the notes (scheduled here, so the browser's player only plays them). Undefined for a chart
   * without a numeric series, and in the embed view, whose frame heights are measured without it.
   */
  sound:
    | { play: string; stop: string; started: string; stopped: string; finished: string; notes: readonly Note[] }
    | undefined;
  /** The SVG markup at each layout width; CSS shows one. */
  layouts: Record<LayoutName, string>;
  closeLabel: string;
  description: string;
  notes: { label: string; items: readonly string[] } | undefined;
  /**
   * "Sources: A, B and 40 comparison sources": the story's sources named (in the embed view the
   * first two, then a link for the rest), comparison sources counted.
   */
  sources: {
    label: string;
    named: FigureLink[];
    /** The link for the named sources left out, with what separates it from those shown. */
    more: (FigureLink & { separator: string }) | undefined;
    comparison: (FigureLink & { separator: string }) | undefined;
  };
  /** In the embed view, the one disclosure that holds the description, notes, table, downloads and citations. */
  disclosure: { summary: string } | undefined;
  /** "Chart: Left Open. Updated 2026-11-29." */
  credit: { label: string; name: string; updatedLabel: string; date: string };
  table: {
    summary: string;
    regionLabel: string;
    caption: string;
    columns: FigureCell[];
    /** The rows the table lists: every row, or the capped selection (`capNote` says which). */
    rows: FigureDataCell[][];
    /** When the table lists fewer rows than the downloads hold: the line that says so, the table's description. */
    capNote: { id: string; parts: (FigureLink | { text: string })[] } | undefined;
  };
  links: { label: string; downloads: FigureLink[]; embed: FigureLink | undefined };
}

const downloadOrder: readonly ChartFileFormat[] = ['csv', 'json', 'svg', 'png'];

/** The capped table's line, its `{csv}` and `{json}` as links to the downloads that hold every row. */
function capNoteParts(id: string, cap: TableCap, text: InterfaceStrings): (FigureLink | { text: string })[] {
  const count = (value: number) => formatGrouped(value, text.locale);
  return linkedTemplateParts(
    cap.note,
    { shown: count(cap.shown), total: count(cap.total), top: count(cap.top) },
    {
      csv: { href: chartFileHref(id, 'csv'), text: text.charts.figure.csvFile },
      json: { href: chartFileHref(id, 'json'), text: text.charts.figure.jsonFile },
    },
  );
}

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
  // The embed view, and a collapsed frame, keep the source line short: two sources by name, a link for the rest.
  const collapsed = props.embed || props.collapsed;
  const shown = collapsed ? named.slice(0, 2) : named;
  const left = named.length - shown.length;
  const and = ` ${text.and} `;
  return {
    id: chart.id,
    embed: props.embed,
    anchorId: props.embed ? undefined : `chart-${chart.id}`,
    heading: { tag: `h${props.headingLevel}`, id: headingId, text: chart.title },
    subtitle: chart.subtitle,
    descriptionId: `figure-${chart.id}-description`,
    skip: { text: text.skip, targetId: `figure-${chart.id}-end` },
    instructions: text.instructions,
    viewAnnouncement: text.viewShowing,
    views:
      chart.views.length > 0
        ? {
            label: text.view,
            buttons: chart.views.map((view, index) => ({ ...view, pressed: index === 0 })),
          }
        : undefined,
    sound:
      chart.sonification && !props.embed
        ? {
            play: text.sound.play,
            stop: text.sound.stop,
            started: fillTemplate(text.sound.started, { description: chart.sonification.description }),
            stopped: text.sound.stopped,
            finished: text.sound.finished,
            notes: noteSchedule(chart.sonification),
          }
        : undefined,
    layouts: renderChartLayouts(chart, `figure-${chart.id}`, props.embed),
    closeLabel: text.close,
    description: chart.description,
    notes: chart.notes.length > 0 ? { label: text.notes, items: chart.notes } : undefined,
    sources: {
      label: chart.sourceIds.length === 1 ? text.source : text.sources,
      named: shown.map((source) => ({ href: sourceHref(source), text: source.publisher })),
      more:
        left > 0
          ? {
              href: '/sources/',
              text: fillTemplate(text.moreSources, { count: left }),
              separator: comparison.length > 0 ? ', ' : and,
            }
          : undefined,
      comparison: firstComparison && {
        href: sourceHref(firstComparison),
        text:
          comparison.length === 1
            ? text.comparisonSource
            : fillTemplate(text.comparisonSources, { count: formatGrouped(comparison.length, context.text.locale) }),
        separator: named.length > 0 ? and : '',
      },
    },
    disclosure: collapsed ? { summary: text.more } : undefined,
    credit: { label: text.credit, name: chart.credit, updatedLabel: text.updated, date: chart.updated },
    table: {
      summary: text.data,
      regionLabel: `${text.data}: ${chart.title}`,
      caption: chart.title,
      columns: chart.table.columns.map((column) => ({ text: column.label, numeric: column.numeric ?? false })),
      capNote: chart.table.cap && {
        id: `figure-${chart.id}-table-note`,
        parts: capNoteParts(chart.id, chart.table.cap, context.text),
      },
      rows: chart.table.listed.map((row) =>
        chart.table.columns.map((column) => {
          const value = row[column.key] ?? '';
          return {
            text: column.format ? column.format(value) : String(value),
            numeric: column.numeric ?? false,
            header: column.rowHeader ?? false,
            sort: String(value),
          };
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
