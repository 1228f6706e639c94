/**
 * The one CSV writer of the site: derived data copies (src/pipeline/build.ts) and chart downloads
 * (src/charts) both go through `csvTable`. Quoting is RFC 4180, by d3-dsv. Cells that a
 * spreadsheet would run as a formula are neutralised, so no download carries a live formula
 * whatever its origin (OWASP, "CSV Injection").
 */
import { csvFormatRows } from 'd3-dsv';

/** First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's list). */
export const formulaStartCharacters = ['=', '+', '-', '@', '\t', '\r'] as const;

/** A plain number such as -5, +3.2 or 1e-6: a spreadsheet reads it as a number, never as a formula. */
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** True when `text` is a plain number such as -5, +3.2 or 1e-6 (a figure, whatever its sign). */
export function isPlainNumber(text: string): boolean {
  return plainNumber.test(text);
}

/** True when a spreadsheet would take `text` for a formula: it starts with a formula character and is not a plain number. */
export function startsLikeFormula(text: string): boolean {
  return formulaStartCharacters.some((character) => text.startsWith(character)) && !isPlainNumber(text);
}

/**
 * The text of one cell: arrays joined with ";", null and undefined empty, anything else as
 * `String` writes it. Text that starts like a formula gets a leading "'", which spreadsheets
 * take as "this is text" and which keeps the rest readable.
 */
export function csvCellText(value: unknown): string {
  const text = Array.isArray(value) ? value.join(';') : value === undefined || value === null ? '' : String(value);
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** One CSV record (a line, or more when a quoted cell holds a line break), without a final newline. */
export function csvRecord(cells: readonly unknown[]): string {
  return csvFormatRows([cells.map(csvCellText)]);
}

/** A CSV file: the header row, then one line per row, each cell through `csvCellText`, with a final newline. */
export function csvTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${csvFormatRows([header.map(csvCellText), ...rows.map((row) => row.map(csvCellText))])}\n`;
}
