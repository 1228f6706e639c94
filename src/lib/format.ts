/**
 * Formatting of figures, dates, lists and names for prose, in one place so every page says them
 * alike. Every function takes the locale (a language tag: `locale` in the edition's strings) as
 * its last argument, British English by default, and leaves the work to Intl: month names, digit
 * grouping, decimal commas, "million" or "millones".
 */
import type { Fact } from '../schemas/derived.ts';

/** The language tag the English edition is written in (`locale` in content/strings.json); the default of every function here. */
export const englishTag = 'en-GB';

const utcDay = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** One cached Intl.DateTimeFormat per locale and options, in UTC (dates are calendar days, not moments). */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** The name of a month (1 to 12) in `locale`, long ("December", "diciembre") or short ("Dec", "dic"). */
export function monthName(month: number, length: 'long' | 'short' = 'long', locale = englishTag): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`No month ${month}`);
  return dateFormat(locale, { month: length }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/**
 * A calendar date written out by Intl for `locale`: "5 December 2019" or "5 de diciembre de 2019"
 * from "2019-12-05"; "December 2019" or "2019" at coarser precision. `months: 'short'` gives
 * "5 Dec 2019" ("5 dic 2019"), for chart labels.
 */
export function formatDate(
  isoDate: string,
  precision: 'day' | 'month' | 'year' = 'day',
  months: 'long' | 'short' = 'long',
  locale = englishTag,
): string {
  if (precision === 'year') return isoDate.slice(0, 4);
  const options: Intl.DateTimeFormatOptions = { month: months, year: 'numeric' };
  if (precision === 'day') options.day = 'numeric';
  return dateFormat(locale, options).format(utcDay(isoDate));
}

/**
 * Large counts in words, by Intl's long compact notation for `locale` ("250 million",
 * "8.5 billion"; "250 millones", "8,5 mil millones"); smaller ones with the locale's digit
 * grouping ("28,000"; "28.000"). Whole millions or billions keep no decimals, others one below a hundred.
 */
export function formatCount(value: number, locale = englishTag): string {
  if (value >= 1e6) {
    const scaled = value / (value >= 1e9 ? 1e9 : 1e6);
    const digits = Number.isInteger(scaled) || scaled >= 100 ? 0 : 1;
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: digits,
    }).format(value);
  }
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** How a language joins a magnitude word to its noun: Spanish says "250 millones de registros" (but "28.000 registros"). */
const magnitudeJoiners: Readonly<Record<string, string>> = { es: ' de ' };

/** A count of `noun` in words: "250 million records", "250 millones de registros", "28.000 registros". */
export function formatCountOf(value: number, noun: string, locale = englishTag): string {
  const count = formatCount(value, locale);
  const joiner = /\p{L}$/u.test(count) ? (magnitudeJoiners[new Intl.Locale(locale).language] ?? ' ') : ' ';
  return `${count}${joiner}${noun}`;
}

/** A count with the locale's digit grouping, as tables show it: "250,000,000" ("250.000.000"). Never for years or ids. */
export function formatGrouped(value: number, locale = englishTag): string {
  return value.toLocaleString(locale);
}

/** A percentage as the locale writes it: "17%" in English, "17 %" in Spanish. */
export function formatPercent(value: number, locale = englishTag): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 6 }).format(value / 100);
}

/** A fact as prose in `locale`: counts in words, dates written out, percentages with a sign. */
export function formatFactValue(fact: Fact, locale = englishTag): string {
  if (fact.kind === 'date') return formatDate(String(fact.value), 'day', 'long', locale);
  const value = Number(fact.value);
  if (fact.unit === 'percent') return formatPercent(value, locale);
  if (fact.unit === 'year' || fact.unit === 'rank') return String(value);
  return formatCount(value, locale);
}

/** Joins items as prose: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[], locale = englishTag): string {
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
