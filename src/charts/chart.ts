/**
 * What a chart module declares, and the chart it builds. Each src/charts/<id>.ts calls
 * `defineChart` with its data selection, its words and description, its table columns (each with
 * its own formatter) and its spec (the render function); src/charts/registry.ts lists the
 * modules. Nothing is built or drawn on import: `build` runs when a page, an endpoint or a test
 * asks, with the derived data and the interface text it is given.
 */
import { z } from 'zod';
import type { DerivedData } from '../lib/derived-data.ts';
import type { Source } from '../schemas/derived.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import type { RenderedChart, RenderOptions } from './layout.ts';
import type { SonifiedSeries } from './sonify.ts';

/** A chart's metadata: everything the frame shows around the SVG, and what a reuser cites. */
export const chartMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case'),
  title: z.string().min(1),
  subtitle: z.string().min(1),
  /** Every source behind the chart's data, ids in data/derived/sources.json. */
  sourceIds: z.array(z.string()).min(1),
  notes: z.array(z.string()),
  credit: z.string().min(1),
  /** Bumped when the chart's design or data changes in a way readers should know about. */
  version: z.number().int().positive(),
  /** Date of the last change, YYYY-MM-DD. */
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Generated from the data: kind of chart, range, where the Microsoft exposure stands. */
  description: z.string().min(1),
});
export type ChartMeta = z.output<typeof chartMetaSchema>;

/** A cell value as the CSV and JSON keep it: text, or an unformatted number. */
export type CellValue = string | number;

/** One column of a chart's table: its label, how to read it from a row, and how the HTML table shows it. */
export interface TableColumn<Row> {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  value: (row: Row) => CellValue;
  /** How the HTML table writes a value; without one it is written as it is, so years and ids are never grouped. */
  format?: (value: CellValue) => string;
  /** The column that names each row (`<th scope="row">`); without one in a table, its first column does. */
  rowHeader?: boolean;
}

/**
 * Most rows the HTML table of a chart with a `tableCap` lists. Up to this many, it lists every row
 * (the real comparison set of 44 incidents is listed whole); above it, the rows the chart picks,
 * with a line saying how many of how many and that the downloads hold them all. The one limit the
 * table, its line, the sort buttons (which reorder what is listed) and the bibliography follow.
 */
export const tableRowLimit = 50;

/** How a chart whose table grows with the data keeps its HTML table to `tableRowLimit` rows. */
export interface TableCapDefinition<Row> {
  /**
   * The rows to list when there are more than `limit`: at most `limit` of them plus any the chart
   * must always show (the subject of the story).
   */
  pick: (rows: readonly Row[], limit: number) => readonly Row[];
  /** The line above a capped table, a template of `{shown}`, `{total}`, `{top}`, `{csv}` and `{json}` (the links). */
  note: (text: InterfaceStrings) => string;
  /** A row's sources, so the bibliography keeps the entry of every row a table lists. */
  sourceIds: (row: Row) => readonly string[];
}

/**
 * The rows an HTML table lists, in the table's order: every row when there are at most `limit`
 * (or the chart has no `pick`), else the rows `pick` chooses. `capped` says whether any were left out.
 */
export function listedRows<Row>(
  rows: readonly Row[],
  limit: number,
  pick: ((rows: readonly Row[], limit: number) => readonly Row[]) | undefined,
): { listed: Row[]; capped: boolean } {
  if (!pick || rows.length <= limit) return { listed: [...rows], capped: false };
  const picked = new Set(pick(rows, limit));
  const listed = rows.filter((row) => picked.has(row));
  return { listed, capped: listed.length < rows.length };
}

/** What a capped table says about itself: the line's template, how many rows it lists of how many, and their sources. */
export interface TableCap {
  note: string;
  /** The chart's own limit (the "top" in "the 50 largest"). */
  top: number;
  shown: number;
  total: number;
  /** Sources of the listed rows, in first-listed order. */
  sourceIds: readonly string[];
}

/** A chart's data as a table: for the collapsed HTML table, the CSV and the JSON downloads. */
export interface ChartTable {
  columns: {
    key: string;
    label: string;
    numeric?: boolean;
    rowHeader?: boolean;
    format?: (value: CellValue) => string;
  }[];
  /** Every row: the CSV and JSON downloads hold them all. */
  rows: Record<string, CellValue>[];
  /** The rows the HTML table lists: all of `rows`, unless the table is capped. */
  listed: Record<string, CellValue>[];
  /** Set when the HTML table lists fewer rows than the downloads hold. */
  cap: TableCap | undefined;
}

/** One view of a chart the reader can switch to (the timeline's overview and detail); `panel` names a `data-panel`. */
export interface ChartView {
  view: string;
  label: string;
}

/** What kind of chart a chart is, as its SVG group is named inline ("Timeline chart", "Bar chart"). */
export type ChartKind = keyof InterfaceStrings['charts']['figure']['kinds'];

/** What the inline SVG says of itself: its kind as its name, and a short summary of axes and ranges. */
export interface ChartSummary {
  kind: string;
  summary: string;
}

/** A chart built from its data: metadata, table, views, data for the JSON download, and a bound renderer. */
export interface Chart<Id extends string = string> extends ChartMeta {
  id: Id;
  /** The inline SVG's own name and description (the figure around it carries the title and description). */
  inline: ChartSummary;
  table: ChartTable;
  /** The data behind the chart, for the JSON download. */
  data: unknown;
  /** Views to switch between; empty for a chart shown whole. */
  views: readonly ChartView[];
  /** The series "Play as sound" plays, or undefined for a chart without one (cards, categories). */
  sonification: SonifiedSeries | undefined;
  /**
   * Draws the chart at a width. A standalone SVG carries the title and description; an `inline`
   * one, inside a figure that already says them, its kind and summary instead, so nothing is
   * announced twice.
   */
  render(options: Omit<RenderOptions, 'title' | 'description'> & { inline?: boolean }): RenderedChart;
}

/** What a chart module declares. `Data` is what it draws; `Row` what its table lists. */
export interface ChartDefinition<Id extends string, Data, Row> {
  id: Id;
  /** This chart's data, taken from the derived datasets. */
  data: (derived: DerivedData) => Data;
  /** Title, subtitle and notes, from the data and the interface text. */
  words: (data: Data, text: InterfaceStrings) => { title: string; subtitle: string; notes: readonly string[] };
  /** Every source behind the data, in first-cited order. */
  sourceIds: (data: Data, derived: DerivedData) => readonly string[];
  /** The accessible description, generated from the data. */
  describe: (data: Data, text: InterfaceStrings) => string;
  /** What kind of chart it is; "chart" when not given. */
  kind?: ChartKind;
  /** A short summary of axes and ranges for the inline SVG, after its kind; the kind alone when not given. */
  summarize?: (data: Data, text: InterfaceStrings) => string;
  /** The table's rows, and its columns. */
  rows: (data: Data) => readonly Row[];
  columns: (text: InterfaceStrings) => readonly TableColumn<Row>[];
  /** For a table that grows with the data: which rows the HTML table lists above `tableRowLimit`. */
  tableCap?: TableCapDefinition<Row>;
  /** The JSON download's `data`, when it is not the chart's data as it is. */
  download?: (data: Data) => unknown;
  views?: (data: Data, text: InterfaceStrings) => readonly ChartView[];
  /**
   * The numeric series the chart plays as sound, in playing order, each point naming the marks
   * that draw it; none for a chart without one (cards, categories), which then gets no play button.
   */
  sonify?: (data: Data, text: InterfaceStrings) => SonifiedSeries;
  /** The spec: draws the data at a width. */
  render: (data: Data, options: RenderOptions, text: InterfaceStrings) => RenderedChart;
  version?: number;
  updated?: string;
}

/** A chart module as the registry lists it: its id, and how to build it. */
export interface ChartModule<Id extends string = string> {
  readonly id: Id;
  build(derived: DerivedData, text: InterfaceStrings): Chart<Id>;
}

/** Date of the last change shared by every chart that does not give its own. */
const updated = '2026-11-29';

/** Sources cited by any of the items, deduplicated, in first-cited order. */
export function sourcesOf(items: readonly { sourceIds: readonly string[] }[]): string[] {
  return [...new Set(items.flatMap((item) => item.sourceIds))];
}

/**
 * A chart module from its definition. `build` checks the metadata against the schema and every
 * source id against the bibliography, so a typo fails the build.
 */
export function defineChart<const Id extends string, Data, Row>(
  definition: ChartDefinition<Id, Data, Row>,
): ChartModule<Id> {
  return {
    id: definition.id,
    build(derived, text) {
      const data = definition.data(derived);
      const words = definition.words(data, text);
      const sourceIds = [...definition.sourceIds(data, derived)];
      for (const id of sourceIds) derived.getSource(id);
      const description = definition.describe(data, text);
      const meta = chartMetaSchema.parse({
        id: definition.id,
        title: words.title,
        subtitle: words.subtitle,
        sourceIds,
        notes: [...words.notes],
        credit: text.charts.credit,
        version: definition.version ?? 1,
        updated: definition.updated ?? updated,
        description,
      });
      const columns = definition.columns(text);
      const cells = (row: Row) => Object.fromEntries(columns.map((column) => [column.key, column.value(row)]));
      const allRows = definition.rows(data);
      const { listed, capped } = listedRows(allRows, tableRowLimit, definition.tableCap?.pick);
      const cap = definition.tableCap;
      const kind = text.charts.figure.kinds[definition.kind ?? 'chart'];
      const inline = { kind, summary: definition.summarize?.(data, text) ?? kind };
      return {
        ...meta,
        id: definition.id,
        inline,
        table: {
          columns: columns.map(({ key, label, numeric, format }, index) => ({
            key,
            label,
            ...(numeric && { numeric }),
            ...((columns.some((column) => column.rowHeader) ? columns[index]!.rowHeader : index === 0) && {
              rowHeader: true,
            }),
            ...(format && { format }),
          })),
          rows: allRows.map(cells),
          listed: listed.map(cells),
          cap:
            cap && capped
              ? {
                  note: cap.note(text),
                  top: tableRowLimit,
                  shown: listed.length,
                  total: allRows.length,
                  sourceIds: [...new Set(listed.flatMap((row) => cap.sourceIds(row)))],
                }
              : undefined,
        },
        data: definition.download ? definition.download(data) : data,
        views: definition.views?.(data, text) ?? [],
        sonification: definition.sonify?.(data, text),
        render: ({ inline: isInline, ...options }) =>
          definition.render(
            data,
            isInline
              ? { ...options, title: inline.kind, description: inline.summary }
              : { ...options, title: meta.title, description },
            text,
          ),
      };
    },
  };
}

/**
 * A chart's sources split as the frame and the footers name them: the story's own sources one by
 * one (in the chart's order), and the comparison sources (kind "context", one per other incident), counted.
 */
export function chartSources(
  chart: Pick<ChartMeta, 'sourceIds'>,
  getSource: (id: string) => Source,
): { named: Source[]; context: Source[] } {
  const sources = chart.sourceIds.map(getSource);
  return {
    named: sources.filter((source) => source.kind !== 'context'),
    context: sources.filter((source) => source.kind === 'context'),
  };
}
