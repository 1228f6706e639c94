/**
 * The raw-data rule against CSV injection: a cell that a spreadsheet would run as a formula
 * (it starts with =, +, -, @, a tab or a carriage return, OWASP's list) is rejected where it is
 * written, with its file, line and column. A plain number such as -5 is a number, not a formula,
 * so numeric columns keep their signs (their schemas decide whether a sign is allowed). The CSV
 * writer (src/transforms/csv.ts) also neutralises such cells, for text that reaches a download
 * from anywhere else.
 */
import { startsLikeFormula } from '../transforms/csv.ts';
import type { DataError } from './errors.ts';
import type { CsvRecord } from './read-csv.ts';

const shown = (character: string) =>
  character === '\t' ? 'a tab' : character === '\r' ? 'a carriage return' : `"${character}"`;

/** One error per cell of `records` that starts like a formula. */
export function formulaCellErrors(file: string, records: readonly CsvRecord[]): DataError[] {
  return records.flatMap((record) =>
    Object.entries(record.cells)
      .filter(([, value]) => startsLikeFormula(value))
      .map(([column, value]) => ({
        file,
        line: record.line,
        column,
        rule: 'csv/formula-cell',
        message:
          `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" starts with ${shown(value[0] ?? '')}, ` +
          'so a spreadsheet opening the CSV would run it as a formula (CSV injection)',
        fix:
          'reword the cell so it starts with a letter, digit or quotation mark; ' +
          'for a minus sign inside text write "−" (U+2212); put a number in a number column',
      })),
  );
}
