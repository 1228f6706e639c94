/**
 * An edition's translations of the raw data (data/raw/<locale>/*.csv), read and checked against
 * the English files: the same ids, one row each, a translation in every cell whose English cell
 * has text (and none where it is empty), every hand-written cell under the formula-cell and
 * personal-data rules, each problem in the build's `file:line column: … (rule). Fix:` form. The
 * checked translations replace the text columns of the English rows, which then go through the
 * same transforms, so an edition's derived data has the English schemas and the English figures.
 */
import type { z } from 'zod';
import { translatedColumns, translationRowSchema, type TranslationFileName } from '../schemas/raw.ts';
import { cellRuleErrors } from './cell-rules.ts';
import type { DataError } from './errors.ts';
import { readCsv, validateRecords, type CsvRecord } from './read-csv.ts';

/** The translated cells of one file, by English id, then by column. */
export type TranslatedCells = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** What a translation file translates, and how its messages point at the English it is checked against. */
export interface TranslationSpec {
  /** The translated columns after `id`: the required ones, then any of the optional ones, in order. */
  columns: { readonly required: readonly string[]; readonly optional: readonly string[] };
  /** The schema of a row: its `id` and its translated cells. */
  rowSchema: z.ZodType<{ id: string } & Record<string, string>>;
  /** What the English is, for messages: "data/raw/facts.csv". */
  englishFile: string;
  /** Where the English of one record is, for messages; by default the file and the record's line ("data/raw/facts.csv:12"). */
  englishAt?: (record: CsvRecord) => string;
}

/** The header a translation file may have: `id`, the required columns, then any optional ones in order. */
function translationHeaders({ required, optional }: TranslationSpec['columns']): string[][] {
  const headers = [['id', ...required]];
  for (const column of optional) headers.push([...(headers.at(-1) ?? []), column]);
  return headers;
}

/** The first line of a CSV text, without a byte-order mark: its header (headers here are never quoted). */
const firstLine = (text: string) => (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').trim();

/**
 * Reads one translation file of the raw data and checks it against the English records of the
 * same file. `file` is its path for messages (data/raw/es/facts.csv), `englishFile` the English file's.
 */
export function readTranslationFile(
  name: TranslationFileName,
  text: string,
  file: string,
  english: readonly CsvRecord[],
  englishFile: string,
): { cells: TranslatedCells; errors: DataError[] } {
  return readTranslations(
    { columns: translatedColumns[name], rowSchema: translationRowSchema, englishFile },
    text,
    file,
    english,
  );
}

/**
 * Reads a translation file (`file` its path, for messages) and checks it against `english`, the
 * records it translates (each with an `id` cell): any text an edition translates, in the data
 * build's rules and messages.
 */
export function readTranslations(
  spec: TranslationSpec,
  text: string,
  file: string,
  english: readonly CsvRecord[],
): { cells: TranslatedCells; errors: DataError[] } {
  const { englishFile } = spec;
  const englishAt = spec.englishAt ?? ((record: CsvRecord) => `${englishFile}:${record.line}`);
  const headers = translationHeaders(spec.columns);
  const columns = headers.find((header) => header.join(',') === firstLine(text)) ?? headers[0]!;
  const { records, errors } = readCsv(text, file, columns);
  if (records.length === 0 && errors.length > 0 && errors[0]?.rule === 'csv/header') {
    const [error] = errors;
    errors[0] = {
      ...error!,
      fix:
        `make the first line exactly: ${columns.join(',')}` +
        (headers.length > 1 ? ` (optionally followed by ${headers.at(-1)!.slice(columns.length).join(',')})` : ''),
    };
  }
  errors.push(...cellRuleErrors(file, records, new Set()));
  const { rows, errors: schemaErrors } = validateRecords(records, spec.rowSchema, file);
  errors.push(...schemaErrors);

  const englishById = new Map(english.map((record) => [record.cells['id'] ?? '', record]));
  const cells = new Map<string, Record<string, string>>();
  const firstLineOf = new Map<string, number>();
  for (const { line, row } of rows) {
    const earlier = firstLineOf.get(row.id);
    if (earlier !== undefined) {
      errors.push({
        file,
        line,
        column: 'id',
        rule: 'unique-id',
        message: `id "${row.id}" is already translated on line ${earlier}`,
        fix: 'keep one row per English id',
      });
      continue;
    }
    firstLineOf.set(row.id, line);
    const original = englishById.get(row.id);
    if (!original) {
      errors.push({
        file,
        line,
        column: 'id',
        rule: 'translation/unknown-id',
        message: `id "${row.id}" is not in ${englishFile}`,
        fix: `correct the id to one of ${englishFile}, or remove the row`,
      });
      continue;
    }
    const translated: Record<string, string> = {};
    for (const column of columns.slice(1)) {
      const value = row[column] ?? '';
      const englishValue = (original.cells[column] ?? '').trim();
      if (englishValue && !value)
        errors.push({
          file,
          line,
          column,
          rule: 'translation/empty-cell',
          message: `"${column}" is empty, but ${englishAt(original)} has text there`,
          fix: `translate "${column}" of "${row.id}"`,
        });
      else if (!englishValue && value)
        errors.push({
          file,
          line,
          column,
          rule: 'translation/no-original',
          message: `"${column}" has text, but ${englishAt(original)} has none to translate`,
          fix: `leave "${column}" empty, or write the English first`,
        });
      translated[column] = value;
    }
    cells.set(row.id, translated);
  }
  if (records.length > 0 || errors.length === 0)
    for (const record of english) {
      const id = record.cells['id'] ?? '';
      if (!firstLineOf.has(id))
        errors.push({
          file,
          line: 1,
          column: 'id',
          rule: 'translation/missing-row',
          message: `no row translates "${id}" (${englishAt(record)})`,
          fix: `add a row for "${id}" with its ${columns.slice(1).join(', ')}`,
        });
    }
  return { cells, errors };
}

/**
 * `rows` with their translated text in place of the English: each row's cells from `cells`
 * (an empty cell stays empty, as the English one is). Columns the file did not translate keep
 * the English value.
 */
export function withTranslations<Row extends { id: string }>(rows: readonly Row[], cells: TranslatedCells): Row[] {
  return rows.map((row) => {
    const translated = cells.get(row.id);
    if (!translated) throw new Error(`No translation for "${row.id}": readTranslationFile reports it`);
    const replaced = Object.fromEntries(
      Object.entries(translated).map(([column, value]) => [column, value === '' ? undefined : value]),
    );
    return { ...row, ...replaced };
  });
}
