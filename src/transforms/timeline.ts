/** Pure transforms from event rows to the timeline dataset. */
import type { EventRow } from '../schemas/raw.ts';
import type { ExposureWindow, TimelineEvent } from '../schemas/derived.ts';
import { daysBetween, utcTime } from './dates.ts';

/** Ids of the two events that bound the exposure. */
export const exposureBounds = { start: 'exposure-start', end: 'exposure-end' } as const;

/** Timeline marks sorted by date, then id, with disagreements gathered in one object. */
export function timelineEvents(rows: readonly EventRow[]): TimelineEvent[] {
  return rows
    .map((row): TimelineEvent => ({
      id: row.id,
      date: row.date,
      ...(row.end_date ? { endDate: row.end_date } : {}),
      precision: row.precision,
      title: row.title,
      summary: row.summary,
      category: row.category,
      sourceIds: row.source_ids,
      ...(row.disputed_from || row.disputed_to
        ? {
            disputed: {
              from: row.disputed_from ?? row.date,
              to: row.disputed_to ?? row.date,
              note: row.disagreement ?? '',
            },
          }
        : {}),
    }))
    .sort((a, b) => utcTime(a.date) - utcTime(b.date) || a.id.localeCompare(b.id));
}

/**
 * The window between the change that opened the database and the fix, with its length in days,
 * cited to each date's main (first) source.
 */
export function exposureWindow(rows: readonly EventRow[]): ExposureWindow {
  const start = rows.find((row) => row.id === exposureBounds.start);
  const end = rows.find((row) => row.id === exposureBounds.end);
  if (!start || !end)
    throw new Error(`events.csv needs the events "${exposureBounds.start}" and "${exposureBounds.end}"`);
  return {
    start: start.date,
    end: end.date,
    days: daysBetween(start.date, end.date),
    // The first source of each row is the one its date comes from; later ones may dispute it.
    sourceIds: [...new Set([start.source_ids[0], end.source_ids[0]])]
      .filter((id): id is string => id !== undefined)
      .sort(),
  };
}

/** The overview runs from the first day of the earliest event's year to the last day of the latest event's year. */
export function overviewDomain(events: readonly TimelineEvent[]): { start: string; end: string } {
  const years = events
    .flatMap((event) => [event.date, event.endDate ?? event.date])
    .map((date) => Number(date.slice(0, 4)));
  return { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` };
}

/** The detail view: from the first day of the exposure's month to the last day of the month after the fix. */
export function detailDomain(window: ExposureWindow): { start: string; end: string } {
  const end = new Date(utcTime(window.end));
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 2, 0));
  return { start: `${window.start.slice(0, 7)}-01`, end: lastDay.toISOString().slice(0, 10) };
}
