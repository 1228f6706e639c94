/**
 * fast-check arbitraries for the derived datasets, built from the JSON Schema of their zod
 * schemas (`z.toJSONSchema`), so the property tests generate exactly the values the schemas
 * allow, and follow them when a field is added. Integers reach the ends of their range (up to
 * 2^53 − 1); strings include any UTF-16 code unit.
 */
import fc from 'fast-check';
import { z } from 'zod';

/** The JSON Schema keywords zod writes for the derived schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  enum?: (string | number)[];
  const?: string | number | boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** Integers from `min` to `max`, weighted towards small values and the ends, 2^53 − 1 and 650,295,646,367 included when in range. */
function integers(min: number, max: number): fc.Arbitrary<number> {
  const landmarks = [min, max, 0, 1, 650_295_646_367, Number.MAX_SAFE_INTEGER].filter(
    (value) => value >= min && value <= max,
  );
  return fc.oneof(
    fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) }),
    fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number),
    fc.constantFrom(...landmarks),
  );
}

/** An arbitrary for any value `schema` (a JSON Schema node) accepts. */
export function arbitraryOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(arbitraryOf));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, arbitraryOf(child)]));
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    case 'array':
      return fc.array(arbitraryOf(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: 4 });
    case 'string':
      return schema.pattern
        ? fc.stringMatching(new RegExp(schema.pattern))
        : fc.string({ unit: 'binary', minLength: schema.minLength ?? 0, maxLength: schema.maxLength ?? 30 });
    case 'integer': {
      const min =
        schema.exclusiveMinimum !== undefined
          ? schema.exclusiveMinimum + 1
          : (schema.minimum ?? -Number.MAX_SAFE_INTEGER);
      const max =
        schema.exclusiveMaximum !== undefined
          ? schema.exclusiveMaximum - 1
          : (schema.maximum ?? Number.MAX_SAFE_INTEGER);
      return integers(min, max);
    }
    case 'number':
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        integers(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
      );
    case 'boolean':
      return fc.boolean();
    default:
      throw new Error(`arbitraryOf: no arbitrary for the JSON Schema node ${JSON.stringify(schema)}`);
  }
}

/** An arbitrary for the values a zod schema outputs. */
export function arbitraryFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  return arbitraryOf(z.toJSONSchema(schema, { io: 'output' }) as JsonSchema);
}

/**
 * Runs for a property: `count`, times FAST_CHECK_SCALE when set, so a deeper hunt for
 * counterexamples (`FAST_CHECK_SCALE=100 npx vitest run --project unit property`) needs no edit.
 */
export function runs(count: number): { numRuns: number } {
  return { numRuns: Math.round(count * Number(process.env['FAST_CHECK_SCALE'] ?? 1)) };
}
