import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { describeExposureSpan, exposureSpan, exposureSpanChart, renderExposureSpan } from './exposure-span.ts';
import { serverDocument } from './server-svg.ts';

const span = exposureSpan(fixture());
const draw = (width: number) =>
  renderExposureSpan(span, { width, document: serverDocument(), idPrefix: 'c', title: 'T', description: 'D' }, strings)
    .svg;

test('exposureSpan(derived) takes the records, the window and only the events dated inside the window', () => {
  expect(span.records.id).toBe('records-begin');
  expect(span.years.value).toBe(14);
  expect(span.window).toMatchObject({ start: '2019-12-05', end: '2019-12-31', days: 26 });
  expect(span.events.map((event) => event.id)).toEqual(['exposure-start', 'reported', 'exposure-end']);
});

test('exposureSpan(derived) names the file to fix when the timeline has no records event', () => {
  const data = fixture();
  const events = data.timeline.events.filter((event) => event.category !== 'records');
  expect(() => exposureSpan({ ...data, timeline: { ...data.timeline, events } })).toThrow(/data\/raw\/events\.csv/);
});

test('the chart says the span, the window and each event, with the dates sources disagree on', () => {
  const chart = exposureSpanChart.build(fixture(), strings);
  expect(chart.title).toBe('14 years of support records, open for 26 days');
  const description = describeExposureSpan(span, strings);
  expect(description).toContain('2005 to Dec 2019, 14 years according to Researcher B');
  expect(description).toContain(
    'Reported to Microsoft: 29 December 2019; sources give 29 December 2019 to 30 December 2019.',
  );
  expect(chart.table.rows.map((row) => row['event'])).toEqual([
    'Support records, 2005 to Dec 2019: 14 years, says Researcher B',
    'Open for 26 days',
    'Rule change opens database',
    'Reported to Microsoft',
    'Microsoft fixes it',
  ]);
});

test.each([300, 720])(
  'at %ipx: one mark per row, the window a sliver of the records bar, widened to the full width',
  (width) => {
    const svg = draw(width);
    expect([...svg.querySelectorAll('.chart-mark')].map((mark) => mark.getAttribute('data-mark'))).toEqual([
      'records-begin',
      'exposure-window',
      'exposure-start',
      'reported',
      'exposure-end',
    ]);
    const [bar, sliver, band] = [
      svg.querySelector('[data-mark="records-begin"] rect:not(.hit)')!,
      svg.querySelector('[data-mark="exposure-window"] rect:not(.hit):not([data-backdrop])')!,
      svg.querySelector('[data-mark="exposure-window"] rect[data-backdrop]')!,
    ].map((rect) => Number(rect.getAttribute('width')));
    expect(sliver! / bar!).toBeLessThan(0.02);
    expect(band).toBe(width - 16);
    // A bracket for the disputed report date.
    expect(svg.querySelectorAll('[data-mark="reported"] path[stroke-dasharray]')).toHaveLength(1);
  },
);
