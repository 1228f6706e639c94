/**
 * Formatting for chart labels, ticks, tooltips and descriptions. Prose formatting lives in
 * src/lib/format.ts; these helpers reuse it and add the short forms that fit on a chart.
 */
import { formatDate, monthName } from '../lib/format.ts';
import { fillPlural, type PluralForms } from '../lib/template.ts';

/** "29 Dec 2019" from "2019-12-29"; "Dec 2019" or "2019" at coarser precision. */
export function formatShortDate(isoDate: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  return formatDate(isoDate, precision, 'short');
}

/** "29 Dec" from "2019-12-29": for ticks on an axis that spans a few weeks. */
export function formatDayMonth(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${monthName(month, 'short')}`;
}

/**
 * A date range as compactly as it reads: "28–31 Dec 2019", "30 Dec 2019 – 2 Jan 2020",
 * "Dec 2019 – Jan 2020" at month precision.
 */
export function formatDateRange(from: string, to: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  if (from === to) return formatShortDate(from, precision);
  const [fy, fm] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number, number];
  if (precision === 'day' && fy === ty && fm === tm) return `${Number(from.slice(8))}–${formatShortDate(to)}`;
  if (precision === 'year') return fy === ty ? String(fy) : `${fy}–${ty}`;
  return `${formatShortDate(from, precision)} – ${formatShortDate(to, precision)}`;
}

/** Axis ticks for counts: "1M", "10M", "100M", "1B", "10B"; plain below a thousand. */
export function formatTickCount(value: number): string {
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return String(value);
}

/** An ordinal for ranks in descriptions, by the locale's ordinal rule: 1st, 2nd, 3rd, 4th, 11th, 22nd. */
export function formatOrdinal(value: number, forms: PluralForms, locale: string): string {
  return fillPlural(forms, value, locale, { type: 'ordinal' });
}

/**
 * Breaks text into lines of at most `maxChars` characters at spaces (a word longer than the
 * limit gets a line of its own). SVG text does not wrap, so labels are wrapped before drawing.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A run of source markers as the data notes write them: "[tipsmake] [americansecuritytoday]". */
const sourceMarkers = /\s*((?:\[[a-z0-9]+(?:-[a-z0-9]+)*\]\s*)+)/g;

/**
 * A note with its source markers said as publishers, for readers: "… on 29 Dec [a] [b]." becomes
 * "… on 29 Dec (TipsMake; American Security Today)." Each publisher once, in order; an unknown id
 * throws (through `publisherOf`), so a typo never reaches a reader.
 */
export function sourceMarkersInWords(note: string, publisherOf: (id: string) => string): string {
  return note.replace(sourceMarkers, (run: string, markers: string) => {
    const ids = [...markers.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!);
    const names = [...new Set(ids.map(publisherOf))];
    const trailing = /\s$/.test(run) ? ' ' : '';
    return ` (${names.join('; ')})${trailing}`;
  });
}
