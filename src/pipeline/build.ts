/**
 * The data build without its I/O: raw CSV texts in, derived files (JSON and CSV) or a list of
 * every problem out. `scripts/build-data.ts` reads the files, calls `buildDerived` and writes.
 * An edition in another language passes its translations (data/raw/<locale>/*.csv) and its
 * interface text: the same rows, checks and transforms, with the translated text in place.
 */
import { z } from 'zod';
import { findPersonalDataInStrings, personalDataFixes } from '../guard/personal-data.ts';
import { derivedSchemas, type DerivedFileName } from '../schemas/derived.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { rawColumns, rawFiles, translationFiles, type RawFileName, type TranslationFileName } from '../schemas/raw.ts';
import { computedFacts, curatedFacts, factTable } from '../transforms/facts.ts';
import { fieldInventory } from '../transforms/fields.ts';
import {
  anchorIncidentId,
  anchorRecordsFactId,
  incidentsByYearAndCause,
  rankIncidents,
  unitKind,
} from '../transforms/incidents.ts';
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
import { cellRuleErrors } from './cell-rules.ts';
import { readCsv, validateRecords } from './read-csv.ts';
import { readTranslationFile, withTranslations, type TranslatedCells } from './translations.ts';

export type RawTexts = Record<RawFileName, string>;

/** What an edition in another language adds to the English raw files. */
export interface EditionInput {
  /** Where its translations are, for messages: "data/raw/es". */
  dir: string;
  /** Each translation file's text; a missing file is an error naming it. */
  texts: Partial<Record<TranslationFileName, string>>;
  /** Its strings file's `derivedData`: the labels and notes of computed facts, the names of unit kinds. */
  text: InterfaceStrings['derivedData'];
}
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
  const validated = validateRecords(records, rawFiles[name], file);
  return {
    file,
    records,
    rows: validated.rows as Parsed<Name>,
    errors: [...errors, ...cellRuleErrors(file, records, new Set(numberColumns[name] ?? [])), ...validated.errors],
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

/**
 * An error when the anchor incident's headline figure (incidents.csv) differs from the fact that
 * states it (facts.csv): pages and charts read both, so a correction to one alone would show the
 * old figure beside the new. Nothing when either row is missing (other checks and the charts say so).
 */
function anchorRecordsMismatch(
  incidents: { file: string; rows: Parsed<'incidents.csv'> },
  facts: { file: string; rows: Parsed<'facts.csv'> },
): DataError[] {
  const anchor = incidents.rows.find(({ row }) => row.id === anchorIncidentId);
  const fact = facts.rows.find(({ row }) => row.id === anchorRecordsFactId);
  if (!anchor || !fact || Number(fact.row.value) === anchor.row.records) return [];
  return [
    {
      file: incidents.file,
      line: anchor.line,
      column: 'records',
      rule: 'anchor-records',
      message:
        `"${anchorIncidentId}" has records ${anchor.row.records}, but "${anchorRecordsFactId}" ` +
        `in ${facts.file}:${fact.line} is ${fact.row.value}`,
      fix: `correct both to the same figure: the chart's title reads ${facts.file}, its bar this row`,
    },
  ];
}

/**
 * Builds every derived file from the raw texts, or returns every problem found. With `edition`,
 * the files of that edition: its translations checked against the English rows (src/pipeline/translations.ts)
 * and put in place of the English text; figures, dates, ids and kinds stay the English rows'.
 */
export function buildDerived(texts: RawTexts, rawDir = 'data/raw', edition?: EditionInput): BuildResult {
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
    ...anchorRecordsMismatch(incidents, facts),
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

  const english = {
    'sources.csv': sources,
    'events.csv': events,
    'facts.csv': facts,
    'fields.csv': fields,
    'incidents.csv': incidents,
  };
  const translated = new Map<TranslationFileName, TranslatedCells>();
  for (const name of edition ? translationFiles : []) {
    const file = `${edition!.dir}/${name}`;
    const text = edition!.texts[name];
    if (text === undefined) {
      errors.push({
        file,
        line: 1,
        column: 'id',
        rule: 'translation/missing-file',
        message: `${file} cannot be read`,
        fix: `create it with one row per id of ${english[name].file} (header: see translatedColumns in src/schemas/raw.ts)`,
      });
      continue;
    }
    const result = readTranslationFile(name, text, file, english[name].records, english[name].file);
    errors.push(...result.errors);
    translated.set(name, result.cells);
  }
  if (errors.length > 0) return { ok: false, errors: sortDataErrors(errors) };
  /** The rows of a file, with the edition's text in place when there is an edition. */
  const rowsOf = <Row extends { id: string }>(name: TranslationFileName, rows: readonly { row: Row }[]): Row[] => {
    const cells = translated.get(name);
    const plain = rows.map(({ row }) => row);
    return cells ? withTranslations(plain, cells) : plain;
  };
  const englishUnits = new Map(incidents.rows.map(({ row }) => [row.id, row.record_unit]));

  const eventRows = rowsOf('events.csv', events.rows);
  const timelineMarks = timelineEvents(eventRows);
  const window = exposureWindow(eventRows);
  const incidentRows = rowsOf('incidents.csv', incidents.rows);
  const ranked = rankIncidents(incidentRows, (row) => unitKind(englishUnits.get(row.id) ?? row.record_unit));
  const datasets: Record<DerivedFileName, unknown> = {
    'facts.json': factTable(
      curatedFacts(rowsOf('facts.csv', facts.rows)),
      computedFacts(window, ranked, edition?.text),
    ),
    'sources.json': sourcesWithCitations(rowsOf('sources.csv', sources.rows), citations),
    'timeline.json': {
      events: timelineMarks,
      exposureWindow: window,
      overview: overviewDomain(timelineMarks),
      detail: detailDomain(window),
    },
    'incidents.json': ranked,
    'incidents-by-year-cause.json': incidentsByYearAndCause(incidentRows),
    'fields.json': fieldInventory(rowsOf('fields.csv', fields.rows)),
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
