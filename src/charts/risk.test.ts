import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import type { Field } from '../schemas/derived.ts';
import { describeRisk, exposedFields, riskChart } from './risk.ts';

const { fields } = fixture();

test('exposedFields(fields) keeps the fields readable somewhere, most exposed first', () => {
  expect(exposedFields(fields).map((field) => field.id)).toEqual(['locations', 'customer-email']);
});

test('describeRisk(fields, text) counts only fields readable somewhere', () => {
  expect(describeRisk(fields, strings)).toBe(
    '2 kinds of data were readable in at least some of the Microsoft support records. ' +
      'Each card says what a criminal could do with one.',
  );
  const one: Field[] = fields.map((field) => ({ ...field, status: field.id === 'locations' ? 'plain' : 'redacted' }));
  expect(describeRisk(one, strings)).toMatch(/^1 kind of data/);
});

test('the risk chart tables and downloads only the exposed fields', () => {
  const chart = riskChart.build(fixture(), strings);
  expect(chart.table.rows.map((row) => row['field'])).toEqual(['Locations', 'Customer e-mail address']);
  expect((chart.data as Field[]).map((field) => field.id)).toEqual(['locations', 'customer-email']);
  expect(chart.subtitle).toContain('The 2 kinds of data');
});
