/**
 * Deterministic serialisation of derived datasets: stable key order, numbers written exactly.
 * Rounding is not done here: a field fractional by nature declares its decimals in the derived
 * schema (`decimal(places)` in src/schemas/derived.ts), and parsing with the schema rounds it.
 */
import { csvTable } from './csv.ts';

/** Copies `value` with object keys sorted at every depth and -0 written as 0; numbers are otherwise untouched. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  // JSON has no negative zero: JSON.stringify writes -0 as 0, so the copy does too and parses back equal.
  if (typeof value === 'number') return value === 0 ? 0 : value;
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

/** A CSV table for download from rows of objects: a header of `columns`, then one line per row (see csvTable). */
export function tableCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return csvTable(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  );
}
