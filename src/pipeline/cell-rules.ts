/**
 * The rules every hand-written cell of data/raw meets, in the English files and in each edition's
 * translations alike: no cell that a spreadsheet would run as a formula, and no personal data
 * (the guard skips figure columns, whose schemas allow digits only).
 */
import { findPersonalData, personalDataFixes, personalDataNames } from '../guard/personal-data.ts';
import type { DataError } from './errors.ts';
import { formulaCellErrors } from './formula-cells.ts';
import type { CsvRecord } from './read-csv.ts';

/** The formula-cell and personal-data errors of `records`, leaving the columns in `figures` to their schemas. */
export function cellRuleErrors(file: string, records: readonly CsvRecord[], figures: ReadonlySet<string>): DataError[] {
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
  return [...formulaCellErrors(file, records), ...guardErrors];
}
