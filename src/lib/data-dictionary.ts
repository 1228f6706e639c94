/**
 * The data dictionary: one row per column of each derived dataset, generated from the zod
 * schemas in src/schemas/derived.ts (their `.describe()` texts), so the /data/ page cannot drift
 * from the data it documents. Another edition translates the descriptions in a CSV file
 * (content/<locale>/data-dictionary.csv), checked against them by the data build's translation
 * rules: a column described in English and not in the edition fails with file, line, rule and fix.
 */
import { z } from 'zod';
import type { DataError } from '../pipeline/errors.ts';
import type { CsvRecord } from '../pipeline/read-csv.ts';
import { readTranslations } from '../pipeline/translations.ts';
import type { DerivedFileName } from '../schemas/derived.ts';
import type { InterfaceStrings } from './strings.ts';
import { fillTemplate } from './template.ts';

/** The words type names are made of (content/strings.json `pages.data.types`). */
export type TypeWords = InterfaceStrings['pages']['data']['types'];

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

/** "a or b or c", in the words given. */
function either(names: readonly string[], words: TypeWords): string {
  return names.reduce((a, b) => fillTemplate(words.or, { a, b }));
}

/** A short type name: "string", "integer", "one of: a, b", "number or date (YYYY-MM-DD)". */
function typeName(schema: JsonSchema, words: TypeWords): string {
  if (schema.enum) return fillTemplate(words.oneOf, { values: schema.enum.join(', ') });
  if (schema.anyOf)
    return either(
      schema.anyOf.map((option) => typeName(option, words)),
      words,
    );
  if (schema.type === 'array')
    return fillTemplate(words.listOf, { items: schema.items ? typeName(schema.items, words) : words.values });
  if (schema.type === 'string' && schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return words.date;
  if (Array.isArray(schema.type)) return either(schema.type, words);
  return schema.type ?? words.value;
}

function walk(schema: JsonSchema, prefix: string, required: boolean, words: TypeWords, out: DictionaryEntry[]): void {
  const itemSchema = schema.type === 'array' ? schema.items : undefined;
  const objectSchema = itemSchema?.properties ? itemSchema : schema.properties ? schema : undefined;
  if (prefix) {
    out.push({
      name: prefix,
      type: objectSchema ? (itemSchema ? words.listOfObjects : words.object) : typeName(schema, words),
      required,
      description: schema.description ?? '',
    });
  }
  if (!objectSchema?.properties) return;
  const base = prefix ? `${prefix}${itemSchema ? '[]' : ''}.` : '';
  for (const [key, child] of Object.entries(objectSchema.properties)) {
    walk(child, `${base}${key}`, objectSchema.required?.includes(key) ?? false, words, out);
  }
}

/** The columns of a dataset whose schema is `schema` (an object, or a list of objects), typed in `words`. */
export function dictionaryOf(schema: z.ZodType, words: TypeWords): DictionaryEntry[] {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  const out: DictionaryEntry[] = [];
  walk(json, '', true, words, out);
  return out;
}

/** Where the English descriptions are, for messages. */
const englishDictionary = 'src/schemas/derived.ts';

/** A row of an edition's dictionary: `id` "<dataset file>:<column>" ("timeline.json:events[].date") and its description. */
const dictionaryRowSchema = z
  .object({
    id: z.string().regex(/^[a-z-]+\.json:\S+$/, 'must be "<dataset file>:<column>", such as "facts.json:value"'),
  })
  .catchall(z.string().transform((text) => text.trim()));

/** The key of a column in an edition's dictionary: "facts.json:value". */
export const dictionaryKey = (dataset: DerivedFileName, entry: Pick<DictionaryEntry, 'name'>) =>
  `${dataset}:${entry.name}`;

/**
 * An edition's descriptions of the columns of `schemas` (the derived datasets), read from `text`
 * (the CSV at `file`, header `id,description`) and checked against the English descriptions:
 * one row per described column, none for a column the schemas do not describe, no empty cell,
 * formula cell or personal data. Undescribed columns (the parts of a nested object) need no row.
 */
export function translatedDictionary(
  schemas: Readonly<Partial<Record<DerivedFileName, z.ZodType>>>,
  words: TypeWords,
  text: string,
  file: string,
): { descriptions: ReadonlyMap<string, string>; errors: DataError[] } {
  const english: CsvRecord[] = Object.entries(schemas).flatMap(([dataset, schema]) =>
    dictionaryOf(schema, words)
      .filter((entry) => entry.description)
      .map((entry) => ({
        line: 0,
        cells: { id: dictionaryKey(dataset as DerivedFileName, entry), description: entry.description },
      })),
  );
  const { cells, errors } = readTranslations(
    {
      columns: { required: ['description'], optional: [] },
      rowSchema: dictionaryRowSchema,
      englishFile: englishDictionary,
      englishAt: (record) => `${englishDictionary}: "${record.cells['description'] ?? ''}"`,
    },
    text,
    file,
    english,
  );
  return {
    descriptions: new Map([...cells].map(([id, translated]) => [id, translated['description'] ?? ''])),
    errors,
  };
}
