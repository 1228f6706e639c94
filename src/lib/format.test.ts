import { expect, test } from 'vitest';
import type { Fact } from '../schemas/derived.ts';
import {
  formatCount,
  formatCountOf,
  formatDate,
  formatFactValue,
  formatGrouped,
  listInWords,
  shortPublisher,
} from './format.ts';

test('formatDate(date, precision, months) writes the date out at the precision known', () => {
  expect(formatDate('2019-12-05')).toBe('5 December 2019');
  expect(formatDate('2019-12-05', 'month')).toBe('December 2019');
  expect(formatDate('2019-12-05', 'day', 'short')).toBe('5 Dec 2019');
  expect(formatDate('2019-12-05', 'year')).toBe('2019');
});

test('formatCount(value) uses words for millions and billions, grouping below', () => {
  expect(formatCount(250_000_000)).toBe('250 million');
  expect(formatCount(8_500_000_000)).toBe('8.5 billion');
  expect(formatCount(28_000)).toBe('28,000');
});

test('formatGrouped(value) groups digits, for counts in tables', () => {
  expect(formatGrouped(250_000_000)).toBe('250,000,000');
});

test('formatFactValue(fact) writes counts in words, years as they are and percentages with a sign', () => {
  const fact = (value: number, unit: string): Fact => ({
    id: 'x',
    kind: 'number',
    value,
    unit,
    label: 'x',
    sourceIds: ['a'],
    status: 'confirmed',
    computed: false,
  });
  expect(formatFactValue(fact(2019, 'year'))).toBe('2019');
  expect(formatFactValue(fact(12.5, 'percent'))).toBe('12.5%');
  expect(formatFactValue(fact(5, 'servers'))).toBe('5');
});

test('listInWords(items) joins with commas and a final "and"', () => {
  expect(listInWords([])).toBe('');
  expect(listInWords(['a'])).toBe('a');
  expect(listInWords(['a', 'b'])).toBe('a and b');
  expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
});

test('shortPublisher(publisher) drops parenthesised detail', () => {
  expect(shortPublisher('Microsoft Security Response Center (MSRC blog)')).toBe('Microsoft Security Response Center');
  expect(shortPublisher('WeLiveSecurity (ESET), Spanish edition')).toBe('WeLiveSecurity');
});

test('formatDate, formatCount, formatGrouped and formatFactValue write Spanish as Intl gives it for "es"', () => {
  expect(formatDate('2020-01-22', 'day', 'long', 'es')).toBe('22 de enero de 2020');
  expect(formatDate('2019-12-05', 'day', 'long', 'es')).toBe('5 de diciembre de 2019');
  expect(formatDate('2019-12-05', 'month', 'long', 'es')).toBe('diciembre de 2019');
  expect(formatDate('2019-12-05', 'day', 'short', 'es')).toBe('5 dic 2019');
  expect(formatCount(250_000_000, 'es')).toBe('250 millones');
  expect(formatCount(1_000_000, 'es')).toBe('1 millón');
  expect(formatCount(8_500_000_000, 'es')).toBe('8,5 mil millones');
  expect(formatCount(28_000, 'es')).toBe('28.000');
  expect(formatGrouped(250_000_000, 'es')).toBe('250.000.000');
  const percent: Fact = {
    id: 'x',
    kind: 'number',
    value: 12.5,
    unit: 'percent',
    label: 'x',
    sourceIds: ['a'],
    status: 'confirmed',
    computed: false,
  };
  expect(formatFactValue(percent, 'es')).toBe('12,5\u00a0%');
  expect(formatFactValue({ ...percent, kind: 'date', value: '2019-12-05', unit: 'date' }, 'es')).toBe(
    '5 de diciembre de 2019',
  );
  expect(listInWords(['a', 'b', 'c'], 'es')).toBe('a, b y c');
  expect(formatCountOf(250_000_000, 'registros', 'es')).toBe('250 millones de registros');
  expect(formatCountOf(28_000, 'registros', 'es')).toBe('28.000 registros');
  expect(formatCountOf(250_000_000, 'records')).toBe('250 million records');
});
