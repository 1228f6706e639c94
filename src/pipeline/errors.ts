/**
 * The one shape every data problem takes, so a person editing `data/raw/` reads the same kind of
 * message whatever went wrong: where (file, line, column), which rule, and how to fix it.
 */

export interface DataError {
  /** Path of the file, relative to the project, such as `data/raw/facts.csv`. */
  file: string;
  /** 1-based line of the record in the file (the header is line 1). */
  line: number;
  /** Column name, when the problem is in one cell. */
  column?: string;
  /** Short rule id, such as `schema`, `unique-id` or `personal-data/email`. */
  rule: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `data/raw/facts.csv:12 [value] schema: … Fix: …` */
export function formatDataError(error: DataError): string {
  const column = error.column ? ` column "${error.column}"` : '';
  return `${error.file}:${error.line}${column}: ${error.message} (rule: ${error.rule}). Fix: ${error.fix}`;
}

/** Orders errors by file, then line, so a report reads top to bottom. */
export function sortDataErrors(errors: readonly DataError[]): DataError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? '').localeCompare(b.column ?? ''),
  );
}
