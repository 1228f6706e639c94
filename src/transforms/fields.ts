/** Pure transforms for the field inventory. */
import type { FieldRow } from '../schemas/raw.ts';
import type { Field } from '../schemas/derived.ts';

/** Order in which statuses are listed: what was left readable first. */
export const fieldStatusOrder: readonly Field['status'][] = ['plain', 'partly', 'redacted'];

/** Fields sorted by status (plain text first), then by name. */
export function fieldInventory(rows: readonly FieldRow[]): Field[] {
  return rows
    .map((row) => ({
      id: row.id,
      field: row.field,
      description: row.description,
      status: row.status,
      risk: row.risk,
      example: row.example,
      sourceIds: row.source_ids,
      ...(row.note ? { note: row.note } : {}),
    }))
    .sort(
      (a, b) =>
        fieldStatusOrder.indexOf(a.status) - fieldStatusOrder.indexOf(b.status) || a.field.localeCompare(b.field),
    );
}
