import { describe, expect, test } from 'vitest';
import { correctionsForChart } from './corrections.ts';

const entries = [
  { id: 'a', data: { date: '2026-10-02', charts: ['timeline'], text: 'Moved the discovery date.' } },
  {
    id: 'b',
    data: { date: new Date('2026-11-20T00:00:00Z'), charts: ['timeline', 'risk'] },
    body: '  The risk chart mislabelled a field.  ',
  },
  { id: 'c', data: { date: '2026-11-21', charts: ['records'], text: 'Unrelated.' } },
  { id: 'd', data: { date: 'not a date', charts: ['timeline'], text: 'Broken entry.' } },
  { id: 'e', data: { date: '2026-11-22', charts: ['timeline'] } },
];

describe('correctionsForChart', () => {
  test('correctionsForChart(entries, id) keeps the ones touching the chart, newest first', () => {
    expect(correctionsForChart(entries, 'timeline')).toEqual([
      { date: '2026-11-20', text: 'The risk chart mislabelled a field.' },
      { date: '2026-10-02', text: 'Moved the discovery date.' },
    ]);
  });
  test('correctionsForChart(entries, id) is empty for an untouched chart or no collection', () => {
    expect(correctionsForChart(entries, 'field-inventory')).toEqual([]);
    expect(correctionsForChart([], 'timeline')).toEqual([]);
  });
});
