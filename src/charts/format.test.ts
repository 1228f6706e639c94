import { expect, test } from 'vitest';
import { strings } from '../lib/strings.ts';
import {
  sourceMarkersInWords,
  formatDateRange,
  formatDayMonth,
  formatOrdinal,
  formatShortDate,
  formatTickCount,
  wrapText,
} from './format.ts';

test('formatShortDate(date, precision) abbreviates the month and drops what is not known', () => {
  expect(formatShortDate('2019-12-29')).toBe('29 Dec 2019');
  expect(formatShortDate('2019-12-01', 'month')).toBe('Dec 2019');
  expect(formatShortDate('2005-01-01', 'year')).toBe('2005');
});

test('formatDayMonth(date) gives the day and the short month only', () => {
  expect(formatDayMonth('2019-12-08')).toBe('8 Dec');
  expect(formatDayMonth('2020-01-15')).toBe('15 Jan');
});

test('formatDateRange(from, to) shares the month and year when it can', () => {
  expect(formatDateRange('2019-12-28', '2019-12-31')).toBe('28–31 Dec 2019');
  expect(formatDateRange('2019-12-30', '2020-01-02')).toBe('30 Dec 2019 – 2 Jan 2020');
  expect(formatDateRange('2019-12-31', '2019-12-31')).toBe('31 Dec 2019');
  expect(formatDateRange('2005-01-01', '2019-12-01', 'year')).toBe('2005–2019');
});

test('formatTickCount(value) uses K, M and B with at most three significant digits', () => {
  expect(formatTickCount(1e6)).toBe('1M');
  expect(formatTickCount(250_000_000)).toBe('250M');
  expect(formatTickCount(3e9)).toBe('3B');
  expect(formatTickCount(1500)).toBe('1.5K');
  expect(formatTickCount(999)).toBe('999');
});

test('formatOrdinal(n, forms, locale) follows the ordinal rules, teens included', () => {
  expect(
    [1, 2, 3, 4, 11, 12, 13, 17, 21, 22, 101, 111].map((n) => formatOrdinal(n, strings.charts.ordinal, 'en-GB')),
  ).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '17th', '21st', '22nd', '101st', '111th']);
});

test('wrapText(text, maxChars) breaks at spaces and keeps over-long words whole', () => {
  expect(wrapText('Unknown server owner (data from People Data Labs)', 20)).toEqual([
    'Unknown server owner',
    '(data from People',
    'Data Labs)',
  ]);
  expect(wrapText('Supercalifragilistic word', 10)).toEqual(['Supercalifragilistic', 'word']);
  expect(wrapText('', 10)).toEqual([]);
  for (const line of wrapText('The exposed logs of conversations between Microsoft support agents and customers', 18))
    expect(line.length).toBeLessThanOrEqual(18);
});

test('sourceMarkersInWords(note, publisherOf) says runs of source markers as publishers, each once', () => {
  const publishers: Record<string, string> = { a: 'Outlet A', 'b-2': 'Researcher B' };
  const publisherOf = (id: string) => {
    const name = publishers[id];
    if (!name) throw new Error(`unknown source ${id}`);
    return name;
  };
  expect(
    sourceMarkersInWords('Most say 29 Dec [a] [b-2]. One says 30 Dec [b-2]; another [a][a] agrees.', publisherOf),
  ).toBe('Most say 29 Dec (Outlet A; Researcher B). One says 30 Dec (Researcher B); another (Outlet A) agrees.');
  expect(sourceMarkersInWords('No markers here.', publisherOf)).toBe('No markers here.');
  expect(() => sourceMarkersInWords('A typo [c].', publisherOf)).toThrow(/unknown source c/);
});
