import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { describeFieldInventory, fieldInventoryChart, fieldsByExposure } from './field-inventory.ts';
import { renderChartMarkup } from './server-svg.ts';

const { fields } = fixture();

test('fieldsByExposure(fields) puts readable fields first, redacted ones last', () => {
  expect(fieldsByExposure(fields).map((field) => field.status)).toEqual(['plain', 'partly', 'redacted']);
});

test('describeFieldInventory(fields, text) says what redaction missed first, then one sentence per status', () => {
  expect(describeFieldInventory(fields, strings)).toBe(
    'The automated redaction left 1 of the 3 kinds of data in the exposed records readable. Left readable (1): Locations. ' +
      'Partly redacted (1): Customer e-mail address. Redacted (1): Payment information.',
  );
});

test('each dot is painted with its own status, even where two palette keys share a colour', () => {
  const { svg } = renderChartMarkup(fieldInventoryChart.build(fixture(), strings), 720, 'f');
  const dot = (id: string) => new RegExp(`<path [^>]*data-mark="${id}"[^>]*>`).exec(svg)?.[0] ?? '';
  expect(dot('locations')).toContain('paint-fill-plain');
  expect(dot('locations')).not.toContain('paint-fill-anchor');
  expect(dot('customer-email')).toContain('paint-fill-partly');
  expect(dot('payment-information')).toContain('paint-fill-redacted');
});
