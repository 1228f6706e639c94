/** Deterministic serialisation of derived datasets: stable key order, fixed number precision. */
import { csvFormatRows } from 'd3-dsv';

/** Rounds to six decimals so floating-point noise never reaches a diff. */
function roundNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Copies `value` with object keys sorted and numbers rounded. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'number') return roundNumber(value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** JSON with sorted keys, two-space indent and a final newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 2)}\n`;
}

/** A CSV table for download: header, then one line per row; arrays joined with ";". */
export function tableCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const cell = (value: unknown): string =>
    Array.isArray(value) ? value.join(';') : value === undefined ? '' : String(value);
  return `${csvFormatRows([[...columns], ...rows.map((row) => columns.map((column) => cell(row[column])))])}\n`;
}
