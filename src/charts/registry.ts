/**
 * Every chart on the site, by id: its metadata (title, subtitle, chapter, sources, notes,
 * credit, version), the accessible description and the table generated from the data, the data
 * for downloads, and a render function bound to that data. The figure frame, the downloads under
 * /charts/, the /charts/ index and the embeds all read charts from here.
 */
import { z } from 'zod';
import strings from '../../content/strings.json';
import { fields, getFact, getSource, incidents, incidentsByYearCause, timeline } from '../lib/data.ts';
import type { Field, RankedIncident, Timeline, YearCause } from '../schemas/derived.ts';
import {
  describeFieldInventory,
  describeRecordsByYearCause,
  describeRecordVolume,
  describeRisk,
  describeTimeline,
} from './describe.ts';
import { fieldsByExposure, renderFieldInventory } from './field-inventory.ts';
import { fillTemplate, formatCount, formatDate, formatDateRange, formatShortDate } from './format.ts';
import { isDisputedHeadline, renderRecordVolume, type RecordVolumeData } from './record-volume.ts';
import {
  recordsByYearCauseSubtitle,
  renderRecordsByYearCause,
  type RecordsByYearCauseData,
} from './records-by-year-cause.ts';
import { exposedFields, renderRisk } from './risk.ts';
import { renderTimeline } from './timeline.ts';
import type { ChartTable, RenderOptions } from './types.ts';

/** The chart ids, fixed by the contract between branches (URLs, embeds and MDX use them). */
export const chartIdSchema = z.enum(['timeline', 'record-volume', 'records-by-year-cause', 'field-inventory', 'risk']);
export type ChartId = z.output<typeof chartIdSchema>;
export const chartIds: readonly ChartId[] = chartIdSchema.options;

/** Chapter slugs, fixed by the contract; a chart names the chapter it appears in. */
export const chapterSlugSchema = z.enum(['what-happened', 'misconfiguration', 'timeline', 'records', 'risk', 'scale']);

/** A chart's metadata: everything the frame shows around the SVG. */
export const chartMetaSchema = z.object({
  id: chartIdSchema,
  title: z.string().min(1),
  subtitle: z.string().min(1),
  /** The chapter the chart appears in. */
  chapter: chapterSlugSchema,
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

/** A chart: metadata, its data as a table and as JSON, and a render function bound to the data. */
export interface Chart extends ChartMeta {
  table: ChartTable;
  /** The data behind the chart, for the JSON download. */
  data: unknown;
  /** Draws the chart at a width (the title and description come from the metadata). */
  render(options: Omit<RenderOptions, 'title' | 'description'>): SVGSVGElement;
}

/** Sources cited by any of the items, deduplicated, in first-cited order. */
function sourcesOf(items: readonly { sourceIds: readonly string[] }[]): string[] {
  return [...new Set(items.flatMap((item) => item.sourceIds))];
}

const updated = '2026-11-29';
const credit = strings.charts.credit;
const columns = strings.charts.columns;

/** What every chart shares unless it says otherwise: the credit, version 1, and the date of its last update. */
type SharedMeta = 'credit' | 'version' | 'updated';

/** Builds a chart from its metadata (shared fields filled in), checked against the schema, and its table, data and renderer. */
function defineChart(
  meta: Omit<ChartMeta, SharedMeta> & Partial<Pick<ChartMeta, SharedMeta>>,
  rest: Omit<Chart, keyof ChartMeta>,
): Chart {
  for (const id of meta.sourceIds) getSource(id);
  return { ...chartMetaSchema.parse({ credit, version: 1, updated, ...meta }), ...rest };
}

/** The timeline chart for a timeline dataset. */
export function timelineChart(data: Timeline): Chart {
  const text = strings.charts.timeline;
  const disclosed = data.events.find((event) => event.category === 'disclosure');
  const description = describeTimeline(data);
  return defineChart(
    {
      id: 'timeline',
      title: fillTemplate(text.title, { days: data.exposureWindow.days }),
      subtitle: fillTemplate(text.subtitle, {
        firstYear: data.overview.start.slice(0, 4),
        disclosed: disclosed ? formatDate(disclosed.date) : '',
      }),
      chapter: 'timeline',
      sourceIds: sourcesOf([data.exposureWindow, ...data.events]),
      notes: text.notes,
      description,
    },
    {
      data,
      table: {
        columns: [
          { key: 'date', label: columns.date },
          { key: 'event', label: columns.event },
          { key: 'sourcesSay', label: columns.sourcesSay },
          { key: 'summary', label: columns.summary },
          { key: 'sources', label: columns.sources },
        ],
        rows: data.events.map((event) => ({
          date: event.endDate
            ? formatDateRange(event.date, event.endDate, event.precision === 'year' ? 'month' : event.precision)
            : formatShortDate(event.date, event.precision),
          event: event.title,
          sourcesSay: event.disputed
            ? `${formatDateRange(event.disputed.from, event.disputed.to)}: ${event.disputed.note}`
            : '',
          summary: event.summary,
          sources: event.sourceIds.join('; '),
        })),
      },
      render: (options) =>
        renderTimeline(data, {
          ...options,
          title: fillTemplate(text.title, { days: data.exposureWindow.days }),
          description,
        }),
    },
  );
}

/** The record-volume chart for the comparison set and the two facts about the copies. */
export function recordVolumeChart(data: RecordVolumeData, factSourceIds: readonly string[]): Chart {
  const text = strings.charts.recordVolume;
  const title = fillTemplate(text.title, { records: formatCount(data.records), servers: data.servers });
  const description = describeRecordVolume(data);
  return defineChart(
    {
      id: 'record-volume',
      title,
      subtitle: fillTemplate(text.subtitle, { servers: data.servers, count: data.incidents.length - 1 }),
      chapter: 'scale',
      sourceIds: [...new Set([...factSourceIds, ...sourcesOf(data.incidents)])],
      notes: text.notes,
      description,
    },
    {
      data,
      table: {
        columns: [
          { key: 'rank', label: columns.rankInKind, numeric: true },
          { key: 'organization', label: columns.organization },
          { key: 'year', label: columns.year, numeric: true },
          { key: 'records', label: columns.records, numeric: true },
          { key: 'unit', label: columns.unit },
          { key: 'kind', label: columns.kind },
          { key: 'checked', label: columns.checked },
          { key: 'cause', label: columns.cause },
          { key: 'note', label: columns.note },
        ],
        rows: data.incidents.map((incident: RankedIncident) => ({
          rank: incident.kindRank,
          organization: incident.organization,
          year: incident.year,
          records: incident.records,
          unit: incident.unit,
          kind: incident.kind,
          checked: strings.home.status[incident.headlineStatus],
          cause: incident.cause,
          note: [incident.isAnchor ? text.anchor : '', isDisputedHeadline(incident) ? text.disputed : '']
            .filter(Boolean)
            .join('; '),
        })),
      },
      render: (options) => renderRecordVolume(data, { ...options, title, description }),
    },
  );
}

/** The records-by-year-and-cause chart. */
export function recordsByYearCauseChart(
  byYearCause: readonly YearCause[],
  comparison: readonly RankedIncident[],
): Chart {
  const text = strings.charts.recordsByYearCause;
  const anchor = comparison.find((incident) => incident.isAnchor);
  if (!anchor) throw new Error('The comparison set has no anchor incident (isAnchor).');
  const data: RecordsByYearCauseData = { byYearCause, anchor };
  const description = describeRecordsByYearCause(data);
  return defineChart(
    {
      id: 'records-by-year-cause',
      title: text.title,
      subtitle: recordsByYearCauseSubtitle(data, comparison.length),
      chapter: 'scale',
      sourceIds: sourcesOf(comparison),
      notes: text.notes,
      description,
    },
    {
      data,
      table: {
        columns: [
          { key: 'year', label: columns.year, numeric: true },
          { key: 'cause', label: columns.cause },
          { key: 'incidents', label: columns.incidents, numeric: true },
          { key: 'units', label: columns.units },
        ],
        rows: byYearCause.map((row) => ({
          year: row.year,
          cause: text.causes[row.cause],
          incidents: row.incidents,
          units: row.units.join('; '),
        })),
      },
      render: (options) => renderRecordsByYearCause(data, { ...options, title: text.title, description }),
    },
  );
}

/** The field-inventory chart. */
export function fieldInventoryChart(data: readonly Field[], records: number): Chart {
  const text = strings.charts.fieldInventory;
  const description = describeFieldInventory(data);
  return defineChart(
    {
      id: 'field-inventory',
      title: text.title,
      subtitle: fillTemplate(text.subtitle, { records: formatCount(records) }),
      chapter: 'records',
      sourceIds: sourcesOf(data),
      notes: [...text.notes, text.shapes],
      description,
    },
    {
      data,
      table: {
        columns: [
          { key: 'field', label: text.field },
          { key: 'status', label: columns.redaction },
          { key: 'description', label: columns.description },
          { key: 'example', label: columns.example },
        ],
        rows: fieldsByExposure(data).map((field) => ({
          field: field.field,
          status: text.status[field.status],
          description: field.description,
          example: field.example,
        })),
      },
      render: (options) => renderFieldInventory(data, { ...options, title: text.title, description }),
    },
  );
}

/** The risk view. */
export function riskChart(data: readonly Field[]): Chart {
  const text = strings.charts.risk;
  const exposed = exposedFields(data);
  const description = describeRisk(data);
  return defineChart(
    {
      id: 'risk',
      title: text.title,
      subtitle: fillTemplate(text.subtitle, { exposed: exposed.length }),
      chapter: 'risk',
      sourceIds: sourcesOf(exposed),
      notes: text.notes,
      description,
    },
    {
      data: exposed,
      table: {
        columns: [
          { key: 'field', label: strings.charts.fieldInventory.field },
          { key: 'status', label: columns.redaction },
          { key: 'risk', label: columns.risk },
          { key: 'note', label: columns.note },
        ],
        rows: exposed.map((field) => ({
          field: field.field,
          status: strings.charts.fieldInventory.status[field.status],
          risk: field.risk,
          note: field.note ?? '',
        })),
      },
      render: (options) => renderRisk(data, { ...options, title: text.title, description }),
    },
  );
}

const servers = getFact('servers');
const recordsExposed = getFact('records-exposed');

/** Every chart, by id, built from the derived data. */
export const charts: Readonly<Record<ChartId, Chart>> = {
  timeline: timelineChart(timeline),
  'record-volume': recordVolumeChart(
    { incidents, servers: Number(servers.value), records: Number(recordsExposed.value) },
    [...recordsExposed.sourceIds, ...servers.sourceIds],
  ),
  'records-by-year-cause': recordsByYearCauseChart(incidentsByYearCause, incidents),
  'field-inventory': fieldInventoryChart(fields, Number(recordsExposed.value)),
  risk: riskChart(fields),
};

/** The chart with this id; an unknown id throws, so a typo in MDX fails the build with the list of ids. */
export function getChart(id: string): Chart {
  const parsed = chartIdSchema.safeParse(id);
  if (!parsed.success)
    throw new Error(`Unknown chart "${id}". Charts: ${chartIds.join(', ')} (src/charts/registry.ts).`);
  return charts[parsed.data];
}
