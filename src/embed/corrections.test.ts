import { describe, expect, test } from 'vitest';
import type { CorrectionData } from '../schemas/content.ts';
import { correctionsForChart, correctionText } from './corrections.ts';

const entry = (date: string, charts: CorrectionData['charts'], text: string) => ({
  data: { date, charts, chapters: [], text, translations: { es: `ES: ${text}` } },
});
const entries = [
  entry('2026-10-02', ['timeline'], 'Moved the discovery date.'),
  entry('2026-11-20', ['timeline', 'risk'], 'The risk chart mislabelled a field.'),
  entry('2026-11-21', ['record-volume'], 'Unrelated.'),
];

describe('correctionsForChart', () => {
  test('correctionsForChart(entries, id) keeps the ones touching the chart, newest first', () => {
    expect(correctionsForChart(entries, 'timeline')).toEqual([
      { date: '2026-11-20', text: 'The risk chart mislabelled a field.' },
      { date: '2026-10-02', text: 'Moved the discovery date.' },
    ]);
  });
  test('correctionsForChart(entries, id, locale) gives each edition its own text, and a missing one throws', () => {
    expect(correctionsForChart(entries, 'risk', 'es')).toEqual([
      { date: '2026-11-20', text: 'ES: The risk chart mislabelled a field.' },
    ]);
    expect(() =>
      correctionText({ text: 'An English correction text.', translations: {} as { es: string } }, 'es'),
    ).toThrow(/no "es" text\. Fix: add translations\.es/);
  });
  test('correctionsForChart(entries, id) is empty for an untouched chart or an empty log', () => {
    expect(correctionsForChart(entries, 'field-inventory')).toEqual([]);
    expect(correctionsForChart([], 'timeline')).toEqual([]);
  });
});
