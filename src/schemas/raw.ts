/**
 * Schemas for the curated CSV files in `data/raw/`, one per file. They are the source of the
 * row types: every cell arrives as a string, and each schema turns it into a typed value or an
 * issue that names the rule broken. The messages end with how to fix the cell, because people
 * edit these files by hand.
 */
import { z } from 'zod';

/** Lowercase kebab-case identifier, unique within its file. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case, such as "msrc-2020"');

/** True when `text` (YYYY-MM-DD) names a day that exists in the calendar. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day written YYYY-MM-DD. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date: check the month and day');

/** A publication date as precise as the page shows it: YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((text) => {
    if (text.length === 10) return isCalendarDate(text);
    if (text.length === 7) return isCalendarDate(`${text}-01`);
    return true;
  }, 'is not a real calendar date: check the month and day');

/** An empty cell becomes `undefined`, so optional columns read naturally. */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** Free text: trimmed and non-empty. */
const textSchema = z.string().trim().min(1, 'must not be empty');

/** A non-negative decimal number written without separators or units, such as 250000000 or 8.5. */
export const countSchema = z
  .string()
  .regex(
    /^\d+(\.\d+)?$/,
    'must be a non-negative number written with digits only (no commas, units or minus sign), such as 250000000',
  )
  .transform(Number);

/** A whole number written with digits only. */
const integerSchema = z
  .string()
  .regex(/^\d+$/, 'must be a whole number written with digits only, such as 2019')
  .transform(Number);

/** One or more source ids separated by ";" (no spaces). */
export const sourceIdsSchema = z
  .string()
  .min(1, 'must cite at least one source id from sources.csv')
  .transform((text) => text.split(';'))
  .pipe(z.array(idSchema).min(1, 'must cite at least one source id from sources.csv'));

/** Names of languages from the ICU data, to tell a real language from a well-formed tag ("english" is one). */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A BCP 47 language tag, as an HTML `lang` attribute takes it: well-formed, of a known language,
 * and written the canonical way ("pt-BR", not "pt-br"; "he", not the retired "iw"), so one
 * language has one spelling.
 */
export const languageTagSchema = z.string().superRefine((tag, context) => {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    context.addIssue({
      code: 'custom',
      message: 'must be a BCP 47 language tag, such as "en", "pt-BR" or "hi" (the language of the title)',
    });
    return;
  }
  if (canonical !== tag)
    context.addIssue({ code: 'custom', message: `must be written the canonical BCP 47 way: "${canonical}"` });
  else if (!languageNames.of(tag))
    context.addIssue({
      code: 'custom',
      message: 'must name a known language (ISO 639 code, as in "en", "pt-BR" or "hi"); "english" or "xx" is not one',
    });
});

/** The language of a source's title: an empty cell means English, the language of most sources. */
export const defaultSourceLanguage = 'en';

/** A row of `sources.csv`: the bibliography. */
export const sourceRowSchema = z.object({
  /** Stable id used by every other file, and the anchor on /sources/. */
  id: idSchema,
  /** primary: the organisations involved; secondary: reporting on the incident; context: background. */
  kind: z.enum(['primary', 'secondary', 'context']),
  /** Who published the page. */
  publisher: textSchema,
  /** Author or signatories, when the page names them. */
  author: optional(z.string()),
  /** The page's title as published. */
  title: textSchema,
  /**
   * The language of the title (BCP 47), so pages mark it with `lang`; empty for English. A
   * descriptive title we wrote ("… (title not recorded)") is English whatever the page's language.
   */
  language: z.preprocess((value) => (value === '' ? defaultSourceLanguage : value), languageTagSchema),
  /** Address of the copy that was read; empty only when the original was never located (say why in `note`). */
  url: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })),
  /** Publication date as precise as the page shows it. */
  published: optional(partialDateSchema),
  /** Caveats: copies, translations, missing dates. */
  note: optional(z.string()),
});

/** A row of `events.csv`: one mark on the timeline. */
export const eventRowSchema = z.object({
  id: idSchema,
  /** When it happened (the first day of the month or year for coarser precision). */
  date: isoDateSchema,
  /** For spans, such as the years the records cover: when it ended. */
  end_date: optional(isoDateSchema),
  /** How precisely the date is known. */
  precision: z.enum(['day', 'month', 'year']),
  /** Short label for the chart, at most 40 characters. */
  title: textSchema.max(40, 'must be at most 40 characters: it is a chart label'),
  /** One or two sentences for the details panel. */
  summary: textSchema,
  category: z.enum(['records', 'exposure', 'discovery', 'response', 'disclosure', 'context']),
  source_ids: sourceIdsSchema,
  /** Earliest date any source gives for this event, when sources disagree. */
  disputed_from: optional(isoDateSchema),
  /** Latest date any source gives for this event, when sources disagree. */
  disputed_to: optional(isoDateSchema),
  /** Who says what, when sources disagree. */
  disagreement: optional(z.string()),
});

/** A row of `facts.csv`: a figure or date the prose and charts use. */
export const factRowSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['number', 'date']),
    /** A number written with digits only, or a date YYYY-MM-DD (checked against `kind`). */
    value: textSchema,
    /** What the number counts (records, servers, days …), or `date`. */
    unit: z.string().regex(/^[a-z][a-z-]*$/, 'must be a short lowercase unit such as "records" or "days"'),
    /** Short human label. */
    label: textSchema,
    source_ids: sourceIdsSchema,
    /** How well the figure is supported. */
    status: z.enum(['confirmed', 'single-source', 'disputed', 'unconfirmed']),
    /** Caveats and disagreements. */
    note: optional(z.string()),
    /**
     * The source that established the value (one of source_ids): whose finding it is, as opposed to
     * who repeated or questioned it. Filled for the incident's own facts; the key-facts chart reads it.
     */
    established_by: optional(idSchema),
  })
  .superRefine((row, context) => {
    if (row.established_by && !row.source_ids.includes(row.established_by))
      context.addIssue({
        code: 'custom',
        path: ['established_by'],
        message: `must be one of the row's source_ids (${row.source_ids.join(', ')}); add "${row.established_by}" there first`,
      });
    const valid =
      row.kind === 'number' ? countSchema.safeParse(row.value).success : isoDateSchema.safeParse(row.value).success;
    if (!valid) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          row.kind === 'number'
            ? 'must be a non-negative number written with digits only (no commas, units or minus sign), such as 250000000'
            : 'must be a real calendar date written YYYY-MM-DD',
      });
    }
  });

/** A row of `fields.csv`: one kind of data found in the records. */
export const fieldRowSchema = z.object({
  id: idSchema,
  /** Name of the field, as reported. */
  field: textSchema,
  description: textSchema,
  /** Whether Microsoft's automated redaction removed it. */
  status: z.enum(['plain', 'redacted', 'partly']),
  /** What a criminal could do with it. */
  risk: textSchema,
  /** A synthetic example using reserved domains and documentation addresses only. */
  example: textSchema,
  source_ids: sourceIdsSchema,
  note: optional(z.string()),
});

/**
 * The kinds a headline figure can count, so the ranking compares like with like: a support log,
 * a guest record and a voter record are all records; an account is not a person.
 */
export const unitKinds = ['records', 'accounts', 'people', 'cards', 'other'] as const;
export type UnitKind = (typeof unitKinds)[number];

/**
 * The kind of each unit the comparison set uses, keyed by the unit's head (the words before any
 * bracket, so "records (guest records, upper limit)" is "records"). Deciding that an Aadhaar
 * number stands for one person, or that an email address is not an account, is an editorial
 * call, so it is written here once, where a reviewer can read it, and not guessed from spelling.
 */
export const unitKindByHead: Readonly<Record<string, UnitKind>> = {
  records: 'records',
  'email records': 'records',
  accounts: 'accounts',
  people: 'people',
  'Aadhaar numbers': 'people',
  'payment cards': 'cards',
  households: 'other',
  documents: 'other',
  'email addresses': 'other',
};

/** The head of a unit: "records (voter records)" → "records". */
export function unitHead(unit: string): string {
  return unit.replace(/\s*\(.*$/, '').trim();
}

/** A row of `incidents.csv`: another breach or exposure, for comparison. */
export const incidentRowSchema = z.object({
  id: idSchema,
  organization: textSchema,
  /** Year the incident was first made public. */
  year_disclosed: integerSchema.pipe(
    z.number().int().min(2000, 'must be 2000 or later').max(2030, 'must be 2030 or earlier'),
  ),
  month_disclosed: integerSchema.pipe(
    z.number().int().min(1, 'must be a month from 1 to 12').max(12, 'must be a month from 1 to 12'),
  ),
  /** Headline figure from the main source, not de-duplicated. */
  records: countSchema.pipe(z.number().int('must be a whole number').positive('must be more than zero')),
  /** What the figure counts: records, accounts, people … never added across units; its head sets its kind. */
  record_unit: textSchema.refine(
    (unit) => unitHead(unit) in unitKindByHead,
    `must start with a unit whose kind is known (${Object.keys(unitKindByHead).join(', ')}), ` +
      'optionally followed by a note in brackets; for a new unit, add it and its kind to unitKindByHead in src/schemas/raw.ts',
  ),
  cause: z.enum(['misconfiguration', 'hack', 'other', 'insider']),
  technology: z.enum(['Elasticsearch', 'MongoDB', 'Amazon S3', 'other', 'unknown']),
  sensitive_fields: textSchema,
  source_ids: sourceIdsSchema,
  notes: optional(z.string()),
  /**
   * How well the headline figure is checked: confirmed (a second, independent source read states
   * it), single-source (only the main source was read), disputed (a source read gives another figure
   * for the same count).
   */
  headline_status: z.enum(['confirmed', 'single-source', 'disputed']),
  /** Which second source was read and what it says, with ids in square brackets, or why there is none. */
  checked_against: textSchema,
});

export type SourceRow = z.output<typeof sourceRowSchema>;
export type EventRow = z.output<typeof eventRowSchema>;
export type FactRow = z.output<typeof factRowSchema>;
export type FieldRow = z.output<typeof fieldRowSchema>;
export type IncidentRow = z.output<typeof incidentRowSchema>;

/** Every raw file, its schema and its expected header. */
export const rawFiles = {
  'sources.csv': sourceRowSchema,
  'events.csv': eventRowSchema,
  'facts.csv': factRowSchema,
  'fields.csv': fieldRowSchema,
  'incidents.csv': incidentRowSchema,
} as const;

export type RawFileName = keyof typeof rawFiles;

/** The columns of each raw file, in order. */
export const rawColumns: Record<RawFileName, readonly string[]> = {
  'sources.csv': ['id', 'kind', 'publisher', 'author', 'title', 'language', 'url', 'published', 'note'],
  'events.csv': [
    'id',
    'date',
    'end_date',
    'precision',
    'title',
    'summary',
    'category',
    'source_ids',
    'disputed_from',
    'disputed_to',
    'disagreement',
  ],
  'facts.csv': ['id', 'kind', 'value', 'unit', 'label', 'source_ids', 'status', 'note', 'established_by'],
  'fields.csv': ['id', 'field', 'description', 'status', 'risk', 'example', 'source_ids', 'note'],
  'incidents.csv': [
    'id',
    'organization',
    'year_disclosed',
    'month_disclosed',
    'records',
    'record_unit',
    'cause',
    'technology',
    'sensitive_fields',
    'source_ids',
    'notes',
    'headline_status',
    'checked_against',
  ],
};

/**
 * What an edition in another language translates, per raw file: the reader-facing text columns.
 * Values, dates, source ids, statuses and units of measure stay in the English files only, so
 * the editions cannot disagree on a figure. An edition's file, data/raw/<locale>/<file>, has the
 * header `id` and these columns, then any of the optional ones, in this order; one row per English id.
 */
export const translatedColumns = {
  // A source's title, publisher and author are its own, in its language; the note is the site's.
  'sources.csv': { required: ['note'], optional: [] },
  'events.csv': { required: ['title', 'summary', 'disagreement'], optional: [] },
  'facts.csv': { required: ['label', 'note'], optional: [] },
  'fields.csv': { required: ['field', 'description', 'risk', 'note'], optional: ['example'] },
  'incidents.csv': { required: ['organization', 'record_unit', 'sensitive_fields', 'notes'], optional: [] },
} as const satisfies Partial<Record<RawFileName, { required: readonly string[]; optional: readonly string[] }>>;

export type TranslationFileName = keyof typeof translatedColumns;

/** The raw files an edition translates. */
export const translationFiles = Object.keys(translatedColumns) as TranslationFileName[];

/**
 * A row of a translation file: the English row's id and translated text. Whether a cell may be
 * empty depends on the English cell (src/pipeline/translations.ts); the chart-label limit of an
 * event's title holds in every language.
 */
export const translationRowSchema = z
  .object({ id: idSchema })
  .catchall(z.string().transform((text) => text.trim()))
  .superRefine((row, context) => {
    const title = row['title'];
    if (title !== undefined && title.length > 40)
      context.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'must be at most 40 characters: it is a chart label',
      });
  });
