/** Properties of the CSV writer: what it writes parses back (RFC 4180, csv-parse) to the cells it was given. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runs } from '../schemas/arbitraries.ts';
import { csvCellText, csvTable, startsLikeFormula } from './csv.ts';

/** Text cells built from the characters CSV gets wrong: separators, quotes, line breaks, formula starts, spaces. */
const cell = fc.oneof(
  fc.string({
    unit: fc.constantFrom(',', '"', '\n', '\r', '\r\n', ' ', '=', '+', '-', '@', '\t', ';', "'", 'a', 'Z', '1', 'é'),
  }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
);

/** A table: a header and rows of the same width. */
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.tuple(
      fc.array(cell, { minLength: width, maxLength: width }),
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
    ),
  );

test('a CSV written by csvTable parses back to the same cells, each as csvCellText writes it', () => {
  fc.assert(
    fc.property(table, ([header, rows]) => {
      const parsed = parse(csvTable(header, rows), { relax_quotes: false }) as string[][];
      expect(parsed).toEqual([header, ...rows].map((row) => row.map(csvCellText)));
    }),
    runs(500),
  );
});

test('no cell of a written CSV starts like a formula, and only cells that did are changed', () => {
  fc.assert(
    fc.property(table, ([header, rows]) => {
      const parsed = parse(csvTable(header, rows)) as string[][];
      expect(parsed.flat().filter(startsLikeFormula)).toEqual([]);
      for (const [index, original] of [header, ...rows].flat().entries()) {
        const written = parsed.flat()[index];
        expect(written).toBe(startsLikeFormula(original) ? `'${original}` : original);
      }
    }),
    runs(300),
  );
});
