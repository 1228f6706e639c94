/**
 * Scales and ticks shared by the D3 chart specs: dates are ISO strings read as UTC midnight (so a
 * chart is the same in every time zone), counts go on a base-10 log scale with ticks at powers of
 * ten. Calendar steps come from d3-time.
 */
import { scaleLog, scaleUtc, type ScaleLogarithmic, type ScaleTime } from 'd3-scale';
import { utcDay, utcYear } from 'd3-time';

/** UTC midnight of an ISO date "YYYY-MM-DD". */
export function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The day after an ISO date, so a day-precision event covers its whole day on a time axis. */
export function nextDay(isoDate: string): string {
  return isoDay(utcDay.offset(utcDate(isoDate), 1));
}

/** A UTC time scale from the first to the last ISO date onto [x0, x1]. */
export function dateScale(start: string, end: string, range: [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([utcDate(start), utcDate(end)])
    .range(range);
}

/**
 * A base-10 log scale whose domain is widened to whole powers of ten around the values, so
 * a bar of 7.5 million and one of 3 billion are both readable and the ticks are round numbers.
 */
export function countLogScale(values: readonly number[], range: [number, number]): ScaleLogarithmic<number, number> {
  const positive = values.filter((value) => value > 0);
  if (positive.length === 0) throw new Error('countLogScale needs at least one positive value');
  const low = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return scaleLog()
    .domain([low, high === low ? low * 10 : high])
    .range(range);
}

/** The powers of ten within a log scale's domain: its gridlines and tick labels. */
export function powerOfTenTicks(scale: ScaleLogarithmic<number, number>): number[] {
  const [low, high] = scale.domain() as [number, number];
  const ticks: number[] = [];
  for (let exponent = Math.round(Math.log10(low)); 10 ** exponent <= high * 1.0000001; exponent++)
    ticks.push(10 ** exponent);
  return ticks;
}

/** Yearly ticks from the first to the last date's year, in years divisible by `step`, as ISO dates of 1 January. */
export function yearTicks(start: string, end: string, step: number): string[] {
  const every = utcYear.every(step);
  if (!every) throw new Error(`yearTicks needs a whole positive step, not ${step}`);
  return every.range(utcYear.floor(utcDate(start)), utcDay.offset(utcDate(end), 1)).map(isoDay);
}

/** The days of each month from `start` to `end` (inclusive) whose day of the month is in `days`. */
export function detailTicks(span: { start: string; end: string }, days: readonly number[]): string[] {
  return utcDay
    .range(utcDate(span.start), utcDay.offset(utcDate(span.end), 1))
    .filter((date) => days.includes(date.getUTCDate()))
    .map(isoDay);
}
