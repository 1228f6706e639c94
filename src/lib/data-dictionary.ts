/**
 * The data dictionary: one row per column of each derived dataset, generated from the zod
 * schemas in src/schemas/derived.ts (their `.describe()` texts), so the /data/ page cannot drift
 * from the data it documents.
 */
import { z } from 'zod';

/** One documented column. Nested fields use dotted paths, array items "[]": `events[].date`. */
export interface DictionaryEntry {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
}

/** A short type name: "string", "integer", "one of: a, b", "number or date (YYYY-MM-DD)". */
function typeName(schema: JsonSchema): string {
  if (schema.enum) return `one of: ${schema.enum.join(', ')}`;
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeName(schema.items) : 'values'}`;
  if (schema.type === 'string' && schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return 'date (YYYY-MM-DD)';
  if (Array.isArray(schema.type)) return schema.type.join(' or ');
  return schema.type ?? 'value';
}

function walk(schema: JsonSchema, prefix: string, required: boolean, out: DictionaryEntry[]): void {
  const itemSchema = schema.type === 'array' ? schema.items : undefined;
  const objectSchema = itemSchema?.properties ? itemSchema : schema.properties ? schema : undefined;
  if (prefix) {
    out.push({
      name: prefix,
      type: objectSchema ? (itemSchema ? 'list of objects' : 'object') : typeName(schema),
      required,
      description: schema.description ?? '',
    });
  }
  if (!objectSchema?.properties) return;
  const base = prefix ? `${prefix}${itemSchema ? '[]' : ''}.` : '';
  for (const [key, child] of Object.entries(objectSchema.properties)) {
    walk(child, `${base}${key}`, objectSchema.required?.includes(key) ?? false, out);
  }
}

/** The columns of a dataset whose schema is `schema` (an object, or a list of objects). */
export function dictionaryOf(schema: z.ZodType): DictionaryEntry[] {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  const out: DictionaryEntry[] = [];
  walk(json, '', true, out);
  return out;
}
