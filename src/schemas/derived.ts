/**
 * Schemas for the datasets in `data/derived/`, written by `scripts/build-data.ts` and read by
 * pages and charts. The build validates its own output against them before writing, and pages
 * import the types, so a change here reaches every reader of the data.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One bibliography entry, with the rows that cite it. */
export const sourceSchema = z.object({
  id,
  kind: z.enum(['primary', 'secondary', 'context']),
  publisher: z.string(),
  author: z.string().optional(),
  title: z.string(),
  /** Address of the copy that was read, when one was found. */
  url: z.string().optional(),
  published: z.string().optional(),
  note: z.string().optional(),
  /** Rows in the datasets that cite this source, as "<dataset>:<row id>". */
  citedBy: z.array(z.string()),
});

/** A figure or date used by the prose and charts. */
export const factSchema = z.object({
  id,
  kind: z.enum(['number', 'date']),
  /** A number, or a date YYYY-MM-DD. */
  value: z.union([z.number(), isoDate]),
  unit: z.string(),
  label: z.string(),
  sourceIds: z.array(id).min(1),
  status: z.enum(['confirmed', 'single-source', 'disputed', 'unconfirmed']),
  note: z.string().optional(),
  /** True when the build computed the figure from other rows (the note says how). */
  computed: z.boolean(),
});

/** A timeline mark. */
export const timelineEventSchema = z.object({
  id,
  date: isoDate,
  endDate: isoDate.optional(),
  precision: z.enum(['day', 'month', 'year']),
  title: z.string(),
  summary: z.string(),
  category: z.enum(['records', 'exposure', 'discovery', 'response', 'disclosure', 'context']),
  sourceIds: z.array(id).min(1),
  /** The range of dates sources give, when they disagree. */
  disputed: z.object({ from: isoDate, to: isoDate, note: z.string() }).optional(),
});

/** The period the database was open, computed from the two dated events that bound it. */
export const exposureWindowSchema = z.object({
  start: isoDate,
  end: isoDate,
  /** Whole days from the start date to the end date. */
  days: z.number().int().positive(),
  sourceIds: z.array(id).min(1),
});

export const timelineSchema = z.object({
  events: z.array(timelineEventSchema),
  exposureWindow: exposureWindowSchema,
  /** Domain of the overview: the first record to the disclosure. */
  overview: z.object({ start: isoDate, end: isoDate }),
  /** Domain of the December 2019 detail. */
  detail: z.object({ start: isoDate, end: isoDate }),
});

/** One incident in the comparison, ranked by its headline figure. */
export const rankedIncidentSchema = z.object({
  rank: z.number().int().positive(),
  id,
  organization: z.string(),
  year: z.number().int(),
  month: z.number().int().min(1).max(12),
  records: z.number().int().positive(),
  /** What `records` counts; figures in different units are not comparable one to one. */
  unit: z.string(),
  cause: z.enum(['misconfiguration', 'hack', 'other', 'insider']),
  technology: z.string(),
  sourceIds: z.array(id).min(1),
  /** True for the Microsoft exposure this site is about. */
  isAnchor: z.boolean(),
});

/** Incidents in the comparison set per year of disclosure and cause. */
export const yearCauseSchema = z.object({
  year: z.number().int(),
  cause: z.enum(['misconfiguration', 'hack', 'other', 'insider']),
  incidents: z.number().int().positive(),
  /** Sum of the headline figures, whatever each counts: see `units`. Not a count of people. */
  headlineTotal: z.number().int().nonnegative(),
  /** The units summed in `headlineTotal`, sorted. */
  units: z.array(z.string()),
});

/** One kind of data in the exposed records. */
export const fieldSchema = z.object({
  id,
  field: z.string(),
  description: z.string(),
  status: z.enum(['plain', 'redacted', 'partly']),
  risk: z.string(),
  example: z.string(),
  sourceIds: z.array(id).min(1),
  note: z.string().optional(),
});

/** Every derived dataset, by file name. */
export const derivedSchemas = {
  'facts.json': z.array(factSchema),
  'sources.json': z.array(sourceSchema),
  'timeline.json': timelineSchema,
  'incidents.json': z.array(rankedIncidentSchema),
  'incidents-by-year-cause.json': z.array(yearCauseSchema),
  'fields.json': z.array(fieldSchema),
} as const;

export type DerivedFileName = keyof typeof derivedSchemas;
export type Source = z.output<typeof sourceSchema>;
export type Fact = z.output<typeof factSchema>;
export type TimelineEvent = z.output<typeof timelineEventSchema>;
export type ExposureWindow = z.output<typeof exposureWindowSchema>;
export type Timeline = z.output<typeof timelineSchema>;
export type RankedIncident = z.output<typeof rankedIncidentSchema>;
export type YearCause = z.output<typeof yearCauseSchema>;
export type Field = z.output<typeof fieldSchema>;
export type Cause = RankedIncident['cause'];
