import { expect, test } from 'vitest';
import { countLogScale, dateScale, detailTicks, nextDay, powerOfTenTicks, utcDate, yearTicks } from './scales.ts';

test('utcDate(iso) is UTC midnight whatever the time zone', () => {
  expect(utcDate('2019-12-05').toISOString()).toBe('2019-12-05T00:00:00.000Z');
});

test('nextDay(iso) crosses year ends', () => {
  expect(nextDay('2019-12-31')).toBe('2020-01-01');
});

test('dateScale(start, end, range) maps the ends of the domain to the ends of the range', () => {
  const x = dateScale('2019-12-01', '2020-01-01', [10, 320]);
  expect(x(utcDate('2019-12-01'))).toBe(10);
  expect(x(utcDate('2020-01-01'))).toBe(320);
});

test('countLogScale(values, range) widens the domain to whole powers of ten', () => {
  const x = countLogScale([7_500_000, 250_000_000, 3_000_000_000], [0, 400]);
  expect(x.domain()).toEqual([1e6, 1e10]);
  expect(x(1e8)).toBeCloseTo(200);
  expect(powerOfTenTicks(x)).toEqual([1e6, 1e7, 1e8, 1e9, 1e10]);
});

test('countLogScale(values) refuses data with no positive value', () => {
  expect(() => countLogScale([0], [0, 1])).toThrow();
});

test('yearTicks(start, end, step) starts at the first multiple of step', () => {
  expect(yearTicks('2005-01-01', '2020-12-31', 5)).toEqual(['2005-01-01', '2010-01-01', '2015-01-01', '2020-01-01']);
  expect(yearTicks('2005-01-01', '2020-12-31', 3)).toEqual([
    '2007-01-01',
    '2010-01-01',
    '2013-01-01',
    '2016-01-01',
    '2019-01-01',
  ]);
});

test('detailTicks(span, days) gives the chosen days of each month inside the span', () => {
  expect(detailTicks({ start: '2019-12-05', end: '2020-01-20' }, [1, 15])).toEqual([
    '2019-12-15',
    '2020-01-01',
    '2020-01-15',
  ]);
});
