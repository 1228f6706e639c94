/** Formatting of figures and dates for prose, in one place so every page says them alike. */
import type { Fact } from '../schemas/derived.ts';

const monthNames = {
  long: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/**
 * "5 December 2019" from "2019-12-05"; "December 2019" or "2019" at coarser precision.
 * `months: 'short'` gives "5 Dec 2019", for chart labels.
 */
export function formatDate(
  isoDate: string,
  precision: 'day' | 'month' | 'year' = 'day',
  months: keyof typeof monthNames = 'long',
): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthName = monthNames[months][month - 1];
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** Large counts in words ("250 million", "8.5 billion"); smaller ones with thin grouping ("28,000"). */
export function formatCount(value: number): string {
  const scales: [number, string][] = [
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of scales) {
    if (value >= size) {
      const scaled = value / size;
      const digits = Number.isInteger(scaled) ? 0 : scaled >= 100 ? 0 : 1;
      return `${scaled.toLocaleString('en-GB', { maximumFractionDigits: digits })} ${word}`;
    }
  }
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** A fact as prose: counts in words, dates written out, percentages with a sign. */
export function formatFactValue(fact: Fact): string {
  if (fact.kind === 'date') return formatDate(String(fact.value));
  const value = Number(fact.value);
  if (fact.unit === 'percent') return `${value.toLocaleString('en-GB')}%`;
  if (fact.unit === 'year' || fact.unit === 'rank') return String(value);
  return formatCount(value);
}
