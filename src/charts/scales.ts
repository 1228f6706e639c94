/**
 * Scales shared by the D3 chart specs: dates are ISO strings read as UTC midnight (so a chart
 * is the same in every time zone), counts go on a base-10 log scale with ticks at powers of ten.
 */
import { scaleLog, scaleUtc, type ScaleLogarithmic, type ScaleTime } from 'd3-scale';

/** UTC midnight of an ISO date "YYYY-MM-DD". */
export function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000);
}

/** The day after an ISO date, so a day-precision event covers its whole day on a time axis. */
export function nextDay(isoDate: string): string {
  return new Date(utcDate(isoDate).getTime() + 86_400_000).toISOString().slice(0, 10);
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

/** Yearly ticks for a date domain, every `step` years, as ISO dates of 1 January. */
export function yearTicks(start: string, end: string, step: number): string[] {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  const ticks: string[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(`${year}-01-01`);
  return ticks;
}

/** Rough width in pixels of a label in Source Sans 3 (about half an em per character). */
export function approximateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.5;
}
