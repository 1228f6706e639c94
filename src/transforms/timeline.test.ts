import { describe, expect, test } from 'vitest';
import type { EventRow } from '../schemas/raw.ts';
import { daysBetween } from './dates.ts';
import { detailDomain, exposureWindow, overviewDomain, timelineEvents } from './timeline.ts';

const event = (overrides: Partial<EventRow> & Pick<EventRow, 'id' | 'date'>): EventRow => ({
  precision: 'day',
  title: overrides.id,
  summary: 'Text.',
  category: 'context',
  source_ids: ['a'],
  ...overrides,
});

describe('daysBetween(start, end)', () => {
  test('counts calendar days across a month end and a leap day', () => {
    expect(daysBetween('2019-12-05', '2019-12-31')).toBe(26);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2020-01-22', '2019-12-31')).toBe(-22);
  });
});

describe('timelineEvents(rows)', () => {
  test('sorts by date then id and gathers a disagreement into one object', () => {
    const marks = timelineEvents([
      event({
        id: 'b',
        date: '2019-12-29',
        disputed_from: '2019-12-28',
        disputed_to: '2019-12-31',
        disagreement: 'A says 28 [a]',
      }),
      event({ id: 'a', date: '2019-12-29' }),
      event({ id: 'c', date: '2005-01-01', end_date: '2019-12-01', precision: 'year' }),
    ]);
    expect(marks.map((mark) => mark.id)).toEqual(['c', 'a', 'b']);
    expect(marks[0]).toMatchObject({ endDate: '2019-12-01', precision: 'year' });
    expect(marks[2]?.disputed).toEqual({ from: '2019-12-28', to: '2019-12-31', note: 'A says 28 [a]' });
    expect(marks[1]).not.toHaveProperty('disputed');
  });

  test('does not mutate its input', () => {
    const rows = [event({ id: 'b', date: '2020-01-01' }), event({ id: 'a', date: '2019-01-01' })];
    timelineEvents(rows);
    expect(rows.map((row) => row.id)).toEqual(['b', 'a']);
  });
});

describe('exposureWindow(rows)', () => {
  test("spans exposure-start to exposure-end, cited to each date's first source", () => {
    const window = exposureWindow([
      event({ id: 'exposure-start', date: '2019-12-05', source_ids: ['msrc', 'outlet'] }),
      event({ id: 'exposure-end', date: '2019-12-31', source_ids: ['msrc', 'disputes-it'] }),
    ]);
    expect(window).toEqual({ start: '2019-12-05', end: '2019-12-31', days: 26, sourceIds: ['msrc'] });
  });

  test('throws when a bounding event is missing', () => {
    expect(() => exposureWindow([event({ id: 'exposure-start', date: '2019-12-05' })])).toThrow(/exposure-end/);
  });
});

describe('overviewDomain(events) and detailDomain(window)', () => {
  test('overview covers whole years from the earliest to the latest date, spans included', () => {
    const marks = timelineEvents([
      event({ id: 'a', date: '2005-01-01', end_date: '2019-12-01' }),
      event({ id: 'b', date: '2020-01-22' }),
    ]);
    expect(overviewDomain(marks)).toEqual({ start: '2005-01-01', end: '2020-12-31' });
  });

  test('detail runs from the first of the exposure month to the end of the month after the fix', () => {
    expect(detailDomain({ start: '2019-12-05', end: '2019-12-31', days: 26, sourceIds: ['a'] })).toEqual({
      start: '2019-12-01',
      end: '2020-01-31',
    });
  });
});
