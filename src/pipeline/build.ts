/**
 * The data build without its I/O: raw CSV texts in, derived files (JSON and CSV) or a list of
 * every problem out. `scripts/build-data.ts` reads the files, calls `buildDerived` and writes.
 */
import { z } from 'zod';
import {
  findPersonalData,
  findPersonalDataInStrings,
  personalDataFixes,
  personalDataNames,
} from '../guard/personal-data.ts';
import { derivedSchemas, type DerivedFileName } from '../schemas/derived.ts';
import { rawColumns, rawFiles, type RawFileName } from '../schemas/raw.ts';
import { computedFacts, curatedFacts, factTable } from '../transforms/facts.ts';
import { fieldInventory } from '../transforms/fields.ts';
import { incidentsByYearAndCause, rankIncidents } from '../transforms/incidents.ts';
import { stableJson, tableCsv } from '../transforms/serialize.ts';
import { sourcesWithCitations, type Citation } from '../transforms/sources.ts';
import {
  detailDomain,
  exposureBounds,
  exposureWindow,
  overviewDomain,
  timelineEvents,
} from '../transforms/timeline.ts';
import { sortDataErrors, type DataError } from './errors.ts';
import { formulaCellErrors } from './formula-cells.ts';
import { readCsv, validateRecords } from './read-csv.ts';

export type RawTexts = Record<RawFileName, string>;
export type BuildResult = { ok: true; files: Record<string, string> } | { ok: false; errors: DataError[] };

type Parsed<Name extends RawFileName> = { line: number; row: z.output<(typeof rawFiles)[Name]> }[];

/**
 * Columns that hold figures. The personal-data guard does not read them (a headline figure of 13
 * or more digits may pass the Luhn check of a card number); their schemas allow digits only.
 */
const numberColumns: Partial<Record<RawFileName, readonly string[]>> = {
  'facts.csv': ['value'],
  'incidents.csv': ['year_disclosed', 'month_disclosed', 'records'],
};

/** Reads and validates one raw file, including the personal-data guard and the formula-cell rule over every cell. */
function parseRawFile<Name extends RawFileName>(name: Name, text: string, rawDir: string) {
  const file = `${rawDir}/${name}`;
  const { records, errors } = readCsv(text, file, rawColumns[name]);
  const figures = new Set(numberColumns[name] ?? []);
  const guardErrors: DataError[] = records.flatMap((record) =>
    Object.entries(record.cells)
      .filter(([column]) => !figures.has(column))
      .flatMap(([column, value]) =>
        findPersonalData(value).map((finding) => ({
          file,
          line: record.line,
          column,
          rule: `personal-data/${finding.rule}`,
          message: `"${finding.match}" looks like a real ${personalDataNames[finding.rule]}`,
          fix: personalDataFixes[finding.rule],
        })),
      ),
  );
  const validated = validateRecords(records, rawFiles[name], file);
  return {
    file,
    records,
    rows: validated.rows as Parsed<Name>,
    errors: [...errors, ...formulaCellErrors(file, records), ...guardErrors, ...validated.errors],
  };
}

/** A duplicate-id error for every row whose id was already used above it in the same file. */
function duplicateIds(file: string, rows: readonly { line: number; row: { id: string } }[]): DataError[] {
  const firstLine = new Map<string, number>();
  const errors: DataError[] = [];
  for (const { line, row } of rows) {
    const first = firstLine.get(row.id);
    if (first === undefined) firstLine.set(row.id, line);
    else
      errors.push({
        file,
        line,
        column: 'id',
        rule: 'unique-id',
        message: `id "${row.id}" is already used on line ${first}`,
        fix: 'give this row an id of its own',
      });
  }
  return errors;
}

/** Errors for events whose dates contradict each other. */
function eventDateOrder(file: string, rows: Parsed<'events.csv'>): DataError[] {
  return rows.flatMap(({ line, row }) => {
    const errors: DataError[] = [];
    if (row.end_date && row.end_date < row.date) {
      errors.push({
        file,
        line,
        column: 'end_date',
        rule: 'date-order',
        message: `end_date ${row.end_date} is before date ${row.date}`,
        fix: 'swap the dates or correct the one that is wrong',
      });
    }
    if ((row.disputed_from && row.disputed_from > row.date) || (row.disputed_to && row.disputed_to < row.date)) {
      errors.push({
        file,
        line,
        column: 'disputed_from',
        rule: 'date-order',
        message: `the disputed range ${row.disputed_from ?? row.date} to ${row.disputed_to ?? row.date} must include date ${row.date}`,
        fix: 'set disputed_from to the earliest and disputed_to to the latest date any source gives',
      });
    }
    if ((row.disputed_from || row.disputed_to) && !row.disagreement) {
      errors.push({
        file,
        line,
        column: 'disagreement',
        rule: 'disagreement-note',
        message: 'a disputed date needs a note on who says what',
        fix: 'fill in "disagreement" with each source\'s date and its source id',
      });
    }
    return errors;
  });
}

/** Builds every derived file from the raw texts, or returns every problem found. */
export function buildDerived(texts: RawTexts, rawDir = 'data/raw'): BuildResult {
  const sources = parseRawFile('sources.csv', texts['sources.csv'], rawDir);
  const events = parseRawFile('events.csv', texts['events.csv'], rawDir);
  const facts = parseRawFile('facts.csv', texts['facts.csv'], rawDir);
  const fields = parseRawFile('fields.csv', texts['fields.csv'], rawDir);
  const incidents = parseRawFile('incidents.csv', texts['incidents.csv'], rawDir);
  const citing = [
    { dataset: 'events', parsed: events },
    { dataset: 'facts', parsed: facts },
    { dataset: 'fields', parsed: fields },
    { dataset: 'incidents', parsed: incidents },
  ];

  const errors: DataError[] = [
    ...[sources, events, facts, fields, incidents].flatMap((parsed) => [
      ...parsed.errors,
      ...duplicateIds(parsed.file, parsed.rows),
    ]),
    ...eventDateOrder(events.file, events.rows),
  ];

  const sourceIds = new Set(sources.rows.map(({ row }) => row.id));
  // Checked on the raw cells, so a row with other problems still gets its unknown ids reported.
  for (const { parsed } of citing) {
    for (const { line, cells } of parsed.records) {
      const cited = (cells['source_ids'] ?? '').split(';').filter(Boolean);
      for (const id of cited.filter((sourceId) => !sourceIds.has(sourceId))) {
        errors.push({
          file: parsed.file,
          line,
          column: 'source_ids',
          rule: 'unknown-source',
          message: `source id "${id}" is not in sources.csv`,
          fix: `add a row with id "${id}" to sources.csv, or correct the id`,
        });
      }
    }
  }
  const citations: Citation[] = citing.flatMap(({ dataset, parsed }) =>
    parsed.rows.map(({ row }) => ({ dataset, id: row.id, sourceIds: row.source_ids })),
  );
  const citedIds = new Set(citations.flatMap((citation) => citation.sourceIds));
  for (const { line, row } of sources.rows) {
    const cited = citedIds.has(row.id);
    if (!cited && !row.note?.startsWith('uncited:')) {
      errors.push({
        file: sources.file,
        line,
        column: 'id',
        rule: 'unused-source',
        message: `source "${row.id}" is cited by no row`,
        fix: 'cite it where it is used, remove it, or start its note with "uncited: <reason>"',
      });
    }
    if (!row.url && !row.note) {
      errors.push({
        file: sources.file,
        line,
        column: 'url',
        rule: 'missing-url',
        message: 'a source without an address needs a note saying why',
        fix: 'add the address of the copy you read, or explain in "note" why none exists',
      });
    }
  }
  for (const required of Object.values(exposureBounds)) {
    if (events.errors.length === 0 && !events.rows.some(({ row }) => row.id === required)) {
      errors.push({
        file: events.file,
        line: 1,
        column: 'id',
        rule: 'required-event',
        message: `the event "${required}" is missing; the exposure window is computed from it`,
        fix: `add a row with id "${required}"`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors: sortDataErrors(errors) };

  const eventRows = events.rows.map(({ row }) => row);
  const timelineMarks = timelineEvents(eventRows);
  const window = exposureWindow(eventRows);
  const ranked = rankIncidents(incidents.rows.map(({ row }) => row));
  const datasets: Record<DerivedFileName, unknown> = {
    'facts.json': factTable(curatedFacts(facts.rows.map(({ row }) => row)), computedFacts(window, ranked)),
    'sources.json': sourcesWithCitations(
      sources.rows.map(({ row }) => row),
      citations,
    ),
    'timeline.json': {
      events: timelineMarks,
      exposureWindow: window,
      overview: overviewDomain(timelineMarks),
      detail: detailDomain(window),
    },
    'incidents.json': ranked,
    'incidents-by-year-cause.json': incidentsByYearAndCause(incidents.rows.map(({ row }) => row)),
    'fields.json': fieldInventory(fields.rows.map(({ row }) => row)),
  };
  return serializeDatasets(datasets);
}

/** CSV copies for download: file name and columns per dataset that is a table. */
const csvCopies: Partial<
  Record<DerivedFileName, { file: string; columns: string[]; rows: (data: unknown) => Record<string, unknown>[] }>
> = {
  'facts.json': {
    file: 'facts.csv',
    columns: ['id', 'kind', 'value', 'unit', 'label', 'status', 'sourceIds', 'computed', 'note', 'establishedBy'],
    rows: (data) => data as Record<string, unknown>[],
  },
  'timeline.json': {
    file: 'timeline-events.csv',
    columns: [
      'id',
      'date',
      'endDate',
      'precision',
      'category',
      'title',
      'summary',
      'disputedFrom',
      'disputedTo',
      'disagreement',
      'sourceIds',
    ],
    rows: (data) =>
      (data as { events: { disputed?: { from: string; to: string; note: string } }[] }).events.map((event) => ({
        ...event,
        disputedFrom: event.disputed?.from,
        disputedTo: event.disputed?.to,
        disagreement: event.disputed?.note,
      })),
  },
  'incidents.json': {
    file: 'incidents.csv',
    columns: [
      'rank',
      'id',
      'organization',
      'year',
      'month',
      'records',
      'unit',
      'kind',
      'kindRank',
      'cause',
      'technology',
      'isAnchor',
      'headlineStatus',
      'checkedAgainst',
      'sourceIds',
    ],
    rows: (data) => data as Record<string, unknown>[],
  },
  'incidents-by-year-cause.json': {
    file: 'incidents-by-year-cause.csv',
    columns: ['year', 'cause', 'incidents', 'headlineTotal', 'units'],
    rows: (data) => data as Record<string, unknown>[],
  },
  'fields.json': {
    file: 'fields.csv',
    columns: ['id', 'field', 'status', 'description', 'risk', 'example', 'sourceIds', 'note'],
    rows: (data) => data as Record<string, unknown>[],
  },
  'sources.json': {
    file: 'sources.csv',
    columns: ['id', 'kind', 'publisher', 'author', 'title', 'language', 'url', 'published', 'note'],
    rows: (data) => data as Record<string, unknown>[],
  },
};

/**
 * What is wrong with the JSON `text` written for `name`, read back as the site build reads it:
 * parsed, validated against the schema, and serialised again, it must give the same text (so
 * every number, 650295646367 or 2^53 − 1 alike, survives exactly). Undefined when nothing is.
 */
export function rereadDifference(name: DerivedFileName, text: string): string | undefined {
  const reread = derivedSchemas[name].safeParse(JSON.parse(text));
  if (!reread.success) return `the written JSON, parsed again, fails its schema:\n${z.prettifyError(reread.error)}`;
  if (stableJson(reread.data) !== text) return 'the written JSON, parsed again, does not give the same values';
  return undefined;
}

/**
 * Validates each dataset against its schema, serialises it, checks that it reads back the same,
 * and runs the personal-data guard over the result.
 */
function serializeDatasets(datasets: Record<DerivedFileName, unknown>): BuildResult {
  const files: Record<string, string> = {};
  const errors: DataError[] = [];
  for (const name of Object.keys(datasets).sort() as DerivedFileName[]) {
    const result = derivedSchemas[name].safeParse(datasets[name]);
    if (!result.success) {
      errors.push({
        file: `data/derived/${name}`,
        line: 1,
        rule: 'derived-schema',
        message: z.prettifyError(result.error),
        fix: 'a transform produced data its schema rejects: fix the transform in src/transforms/',
      });
      continue;
    }
    const text = stableJson(result.data);
    const rereadProblem = rereadDifference(name, text);
    if (rereadProblem) {
      errors.push({
        file: `data/derived/${name}`,
        line: 1,
        rule: 'derived-reread',
        message: rereadProblem,
        fix: "the serialiser lost or changed a value: fix src/transforms/serialize.ts or the field's precision in src/schemas/derived.ts",
      });
      continue;
    }
    files[name] = text;
    const copy = csvCopies[name];
    if (copy) files[copy.file] = tableCsv(copy.rows(result.data), copy.columns);
  }
  // Every string of every dataset (the CSV copies hold the same values); numbers are figures.
  for (const name of Object.keys(files).filter((file): file is DerivedFileName => file in derivedSchemas)) {
    for (const finding of findPersonalDataInStrings(JSON.parse(files[name] ?? 'null'))) {
      errors.push({
        file: `data/derived/${name}`,
        line: 1,
        column: finding.path,
        rule: `personal-data/${finding.rule}`,
        message: `output contains "${finding.match}"`,
        fix: personalDataFixes[finding.rule],
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}
