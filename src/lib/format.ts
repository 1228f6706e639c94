/**
 * Formatting of figures, dates, lists and names for prose, in one place so every page says them
 * alike. Functions built on `Intl` take the locale as their last argument (British English by
 * default), so another edition passes its own.
 */
import type { Fact } from '../schemas/derived.ts';

/** The locale the site is written in; `strings.locale` in content/strings.json says the same. */
export const defaultLocale = 'en-GB';

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

/** The name of a month (1 to 12), long ("December") or short ("Dec"). */
export function monthName(month: number, length: keyof typeof monthNames = 'long'): string {
  const name = monthNames[length][month - 1];
  if (!name) throw new Error(`No month ${month}`);
  return name;
}

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
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${monthName(month, months)} ${year}`;
  return `${day} ${monthName(month, months)} ${year}`;
}

/** Large counts in words ("250 million", "8.5 billion"); smaller ones with digit grouping ("28,000"). */
export function formatCount(value: number, locale = defaultLocale): string {
  const scales: [number, string][] = [
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of scales) {
    if (value >= size) {
      const scaled = value / size;
      const digits = Number.isInteger(scaled) ? 0 : scaled >= 100 ? 0 : 1;
      return `${scaled.toLocaleString(locale, { maximumFractionDigits: digits })} ${word}`;
    }
  }
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** A count with digit grouping, as tables show it: "250,000,000". Never for years or ids. */
export function formatGrouped(value: number, locale = defaultLocale): string {
  return value.toLocaleString(locale);
}

/** A fact as prose: counts in words, dates written out, percentages with a sign. */
export function formatFactValue(fact: Fact, locale = defaultLocale): string {
  if (fact.kind === 'date') return formatDate(String(fact.value));
  const value = Number(fact.value);
  if (fact.unit === 'percent') return `${value.toLocaleString(locale)}%`;
  if (fact.unit === 'year' || fact.unit === 'rank') return String(value);
  return formatCount(value, locale);
}

/** Joins items as prose: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[], locale = defaultLocale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** A publisher's name without the parenthesised detail: "Microsoft Security Response Center". */
export function shortPublisher(publisher: string): string {
  return (
    publisher
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/,.*$/, '')
      .trim() || publisher
  );
}
