/** Properties of the canonical serialisation, over any value the derived schemas accept. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rereadDifference } from '../pipeline/build.ts';
import { arbitraryFor, runs } from '../schemas/arbitraries.ts';
import { derivedSchemas, type DerivedFileName } from '../schemas/derived.ts';
import { canonical, stableJson } from './serialize.ts';

const files = Object.keys(derivedSchemas) as DerivedFileName[];

describe.each(files)('stableJson over any %s', (file) => {
  const schema = derivedSchemas[file];
  const datasets = arbitraryFor(schema).map((value) => schema.parse(value));

  test('round-trips: the text parses back, through the schema, to the same values', () => {
    fc.assert(
      fc.property(datasets, (data) => {
        const text = stableJson(data);
        expect(schema.parse(JSON.parse(text))).toEqual(canonical(data));
      }),
      runs(150),
    );
  });

  test('is idempotent: serialising what it wrote, parsed again, gives the same text (the build checks the same)', () => {
    fc.assert(
      fc.property(datasets, (data) => {
        const text = stableJson(data);
        expect(stableJson(schema.parse(JSON.parse(text)))).toBe(text);
        expect(rereadDifference(file, text)).toBeUndefined();
      }),
      runs(150),
    );
  });
});

test('every integer up to 2^53 − 1 is written digit for digit', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }), (integer) => {
      expect(stableJson({ value: Number(integer) })).toBe(`{\n  "value": ${integer}\n}\n`);
    }),
    runs(1000),
  );
});
