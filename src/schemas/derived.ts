/**
 * Schemas for the datasets in `data/derived/`, written by `scripts/build-data.ts` and read by
 * pages and charts. The build validates its own output against them before writing, and pages
 * import the types, so a change here reaches every reader of the data.
 */
import { z } from 'zod';
import { unitKinds } from './raw.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * `value` rounded to `places` decimals. Integers come back unchanged: multiplying by 10^places
 * and dividing again, as a rounding step for every number once did, adds float noise above about
 * 9e9 (650295646367 became 650295646367.0001). `toFixed` rounds the exact binary value.
 */
export function roundToDecimals(value: number, places: number): number {
  return Number.isInteger(value) ? value : Number(value.toFixed(places));
}

/**
 * A number that is fractional by nature, kept to `places` decimals: parsing rounds it, and the
 * JSON Schema (the /data/ dictionary) carries `decimals`. Every other number in these schemas is
 * an integer (`.int()`), written exactly; a unit test holds every number field to one or the other.
 */
export function decimal(places: number) {
  return z
    .number()
    .overwrite((value) => roundToDecimals(value, places))
    .meta({ decimals: places });
}

/** One bibliography entry, with the rows that cite it. */
export const sourceSchema = z.object({
  id: id.describe('Stable source id, cited by every other dataset and linked as /sources/#<id>'),
  kind: z
    .enum(['primary', 'secondary', 'context'])
    .describe(
      'primary: an organisation involved; secondary: reporting on the incident; context: background and comparison',
    ),
  publisher: z.string().describe('Who published the page that was read'),
  author: z.string().optional().describe('Author or signatories, when the page names them'),
  title: z.string().describe('Title as published, or a descriptive title ending "(title not recorded)"'),
  language: z.string().describe('Language of the title, a BCP 47 tag such as en, pt-BR or hi'),
  /** Address of the copy that was read, when one was found. */
  url: z.string().optional().describe('Address of the copy that was read'),
  published: z.string().optional().describe('Publication date: YYYY-MM-DD, YYYY-MM or YYYY'),
  note: z.string().optional().describe('Caveats: copies, translations, missing dates, known errors'),
  /** Rows in the datasets that cite this source, as "<dataset>:<row id>". */
  citedBy: z.array(z.string()).describe('Rows citing this source, as "<dataset>:<row id>"'),
});

/** A figure or date used by the prose and charts. */
export const factSchema = z.object({
  id: id.describe('Fact id, used by the prose as <Fact id="…" />'),
  kind: z.enum(['number', 'date']).describe('number or date'),
  /** A number, or a date YYYY-MM-DD. */
  value: z.union([decimal(6), isoDate]).describe('The figure (a number, at most 6 decimals) or a date YYYY-MM-DD'),
  unit: z.string().describe('What the number counts, such as records, servers, days, percent'),
  label: z.string().describe('Short human label'),
  sourceIds: z.array(id).min(1).describe('Sources for the value and any disagreement'),
  status: z
    .enum(['confirmed', 'single-source', 'disputed', 'unconfirmed'])
    .describe('How well the value is supported (see the methodology page)'),
  note: z.string().optional().describe('Caveats and who says what'),
  establishedBy: id.optional().describe('The source that established the value (one of sourceIds), where recorded'),
  /** True when the build computed the figure from other rows (the note says how). */
  computed: z.boolean().describe('True when the build computed the value from other rows'),
});

/** A timeline mark. */
export const timelineEventSchema = z.object({
  id: id.describe('Event id'),
  date: isoDate.describe('When it happened, YYYY-MM-DD (first of the month or year at coarser precision)'),
  endDate: isoDate.optional().describe('End of a span, YYYY-MM-DD'),
  precision: z.enum(['day', 'month', 'year']).describe('How precisely the date is known'),
  title: z.string().describe('Chart label, at most 40 characters'),
  summary: z.string().describe('One or two sentences in our own words'),
  category: z.enum(['records', 'exposure', 'discovery', 'response', 'disclosure', 'context']).describe('Kind of event'),
  sourceIds: z.array(id).min(1).describe('All sources for the row, including those that disagree'),
  /** The range of dates sources give, when they disagree. */
  disputed: z
    .object({ from: isoDate, to: isoDate, note: z.string() })
    .optional()
    .describe('Earliest and latest date any source gives, and who says what'),
});

/** The period the database was open, computed from the two dated events that bound it. */
export const exposureWindowSchema = z.object({
  start: isoDate.describe('The security-rule change, per Microsoft'),
  end: isoDate.describe('The fix, per Microsoft'),
  /** Whole days from the start date to the end date. */
  days: z.number().int().positive().describe('Whole days from start to end'),
  sourceIds: z.array(id).min(1).describe('Sources for the two dates'),
});

export const timelineSchema = z.object({
  events: z.array(timelineEventSchema).describe('Timeline events, by date'),
  exposureWindow: exposureWindowSchema.describe(
    'The period the database was open, computed from the rule change and the fix',
  ),
  /** Domain of the overview: the first record to the disclosure. */
  overview: z.object({ start: isoDate, end: isoDate }).describe('Domain of the overview chart'),
  /** Domain of the December 2019 detail. */
  detail: z.object({ start: isoDate, end: isoDate }).describe('Domain of the December 2019 detail'),
});

/** One incident in the comparison, ranked by its headline figure, overall and within its kind of unit. */
export const rankedIncidentSchema = z.object({
  rank: z
    .number()
    .int()
    .positive()
    .describe('Position by headline figure, largest first, across all units (not a like-for-like comparison)'),
  id: id.describe('Incident id'),
  organization: z.string().describe('Who held the data'),
  year: z.number().int().describe('Year first made public'),
  month: z.number().int().min(1).max(12).describe('Month first made public, 1 to 12'),
  records: z.number().int().positive().describe('Headline figure from the main source, not de-duplicated'),
  /** What `records` counts; figures in different units are not comparable one to one. */
  unit: z.string().describe('What the figure counts; never add figures in different units'),
  /** The kind of thing the unit counts, from the unit's head (see unitKindByHead in src/schemas/raw.ts). */
  kind: z.enum(unitKinds).describe('Kind of unit: records, accounts, people, cards or other'),
  /** Position by headline figure among incidents of the same kind: the like-for-like rank. */
  kindRank: z.number().int().positive().describe('Position by headline figure among incidents of the same kind'),
  /** How well the headline figure is checked against a second source. */
  headlineStatus: z
    .enum(['confirmed', 'single-source', 'disputed'])
    .describe('confirmed: a second independent source states it; single-source: only the main source read; disputed'),
  checkedAgainst: z.string().describe('The second source read and what it says, or why there is none'),
  cause: z.enum(['misconfiguration', 'hack', 'other', 'insider']).describe('Kind of incident'),
  technology: z.string().describe('Where the data sat'),
  sourceIds: z.array(id).min(1).describe('Sources'),
  /** True for the Microsoft exposure this site is about. */
  isAnchor: z.boolean().describe('True for the Microsoft exposure'),
});

/** Incidents in the comparison set per year of disclosure and cause. */
export const yearCauseSchema = z.object({
  year: z.number().int().describe('Year of disclosure'),
  cause: z.enum(['misconfiguration', 'hack', 'other', 'insider']).describe('Kind of incident'),
  incidents: z.number().int().positive().describe('Incidents in the comparison set'),
  /** Sum of the headline figures, whatever each counts: see `units`. Not a count of people. */
  headlineTotal: z
    .number()
    .int()
    .nonnegative()
    .describe('Sum of headline figures in mixed units; not a count of people'),
  /** The units summed in `headlineTotal`, sorted. */
  units: z.array(z.string()).describe('Units summed in headlineTotal'),
});

/** One kind of data in the exposed records. */
export const fieldSchema = z.object({
  id: id.describe('Field id'),
  field: z.string().describe('Kind of data, as reported'),
  description: z.string().describe('What it is, in our own words'),
  status: z.enum(['plain', 'redacted', 'partly']).describe('What automated redaction did: plain, partly or redacted'),
  risk: z.string().describe('What a criminal could do with it'),
  example: z.string().describe('A made-up example using reserved values only'),
  sourceIds: z.array(id).min(1).describe('Sources'),
  note: z.string().optional().describe('Caveats and disagreements'),
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
