/**
 * Reads one raw CSV file into rows of strings keyed by column, each with the line it starts on,
 * and validates those rows against the file's schema. Parsing is csv-parse's (RFC 4180); this
 * module only turns its results and zod's issues into `DataError`s.
 */
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { DataError } from './errors.ts';

/** A record of a CSV file, cells keyed by column name. */
export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: Record<string, string>;
}

/** Parses CSV text with a header row that must equal `columns`. Collects every problem it can. */
export function readCsv(
  text: string,
  file: string,
  columns: readonly string[],
): { records: CsvRecord[]; errors: DataError[] } {
  let lastLine = 0;
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each result is { record, info }; the typings only know plain records.
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    const opened = lastLine + 1;
    const isQuote = code === 'CSV_QUOTE_NOT_CLOSED';
    return {
      records: [],
      errors: [
        {
          file,
          line: opened,
          rule: isQuote ? 'csv/unclosed-quote' : `csv/${code ?? 'parse'}`,
          message: isQuote
            ? `a quoted cell that starts on this line is never closed`
            : `the CSV cannot be read: ${(cause as Error).message}`,
          fix: isQuote
            ? 'close the quote with a matching " and write any quote inside a cell as two quotes ("")'
            : 'check the quoting on this line: cells with commas, quotes or line breaks must be quoted',
        },
      ],
    };
  }

  const errors: DataError[] = [];
  const [header, ...body] = parsed;
  if (!header || header.record.join(',') !== columns.join(',')) {
    errors.push({
      file,
      line: 1,
      rule: 'csv/header',
      message: `the header is "${header?.record.join(',') ?? ''}"`,
      fix: `make the first line exactly: ${columns.join(',')}`,
    });
    return { records: [], errors };
  }

  const records: CsvRecord[] = [];
  let startLine = header.info.lines + 1;
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      errors.push({
        file,
        line: startLine,
        rule: 'csv/column-count',
        message: `the row has ${record.length} cells, the header has ${columns.length}`,
        fix: 'add the missing cells (empty ones still need their commas) or quote a cell that contains a comma',
      });
    } else {
      records.push({
        line: startLine,
        cells: Object.fromEntries(columns.map((column, i) => [column, record[i] ?? ''])),
      });
    }
    startLine = info.lines + 1;
  }
  return { records, errors };
}

/** Validates each record against `schema`, returning the parsed rows (with their lines) and every issue. */
export function validateRecords<Schema extends z.ZodType>(
  records: readonly CsvRecord[],
  schema: Schema,
  file: string,
): { rows: { line: number; row: z.output<Schema> }[]; errors: DataError[] } {
  const rows: { line: number; row: z.output<Schema> }[] = [];
  const errors: DataError[] = [];
  for (const record of records) {
    const result = schema.safeParse(record.cells);
    if (result.success) {
      rows.push({ line: record.line, row: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      const value = record.cells[column];
      const shown = value === undefined ? '' : value === '' ? ' (the cell is empty)' : ` (found "${value}")`;
      errors.push({
        file,
        line: record.line,
        ...(column ? { column } : {}),
        rule: 'schema',
        message: `"${column}" ${issue.message}${shown}`,
        fix:
          value === '' ? `fill in "${column}": this column is required` : `correct "${column}" so it ${issue.message}`,
      });
    }
  }
  return { rows, errors };
}
