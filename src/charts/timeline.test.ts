import { describe, expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import type { Timeline } from '../schemas/derived.ts';
import { serverDocument } from './server-svg.ts';
import {
  describeTimeline,
  describeWhen,
  renderTimeline,
  timelineChart,
  timelineRows,
  timelineViews,
} from './timeline.ts';

const text = strings.charts.timeline;
const { timeline } = fixture();
const draw = (width: number) =>
  renderTimeline(timeline, { width, document: serverDocument(), idPrefix: 't', title: 'T', description: 'D' }, text)
    .svg;

test('timelineRows(timeline, text) puts what falls in the detail there, and the rest plus the window in the overview', () => {
  const rows = timelineRows(timeline, text);
  expect(rows.overview.map((row) => row.id)).toEqual(['records-begin', 'exposure-window']);
  expect(rows.detail.map((row) => row.id)).toEqual(['exposure-start', 'reported', 'exposure-end']);
  const window = rows.overview.find((row) => row.id === 'exposure-window')!;
  expect([window.start, window.end]).toEqual(['2019-12-05', '2020-01-01']);
});

test('describeWhen(event, text) states the disagreement beside the date', () => {
  const reported = timeline.events.find((event) => event.id === 'reported')!;
  expect(describeWhen(reported, text)).toBe('29 Dec 2019 (sources differ: 29–30 Dec 2019)');
});

test('renderTimeline(timeline) draws disputed events as brackets and the window as a band labelled with its length', () => {
  const svg = draw(720);
  expect(svg.querySelectorAll('.timeline-event path[stroke-dasharray]')).toHaveLength(1);
  expect(svg.querySelectorAll('.timeline-window')).toHaveLength(2);
  expect(svg.textContent).toContain('Open for 26 days');
  expect([...svg.querySelectorAll('[data-panel]')].map((panel) => panel.getAttribute('data-panel'))).toEqual([
    'overview',
    'detail',
  ]);
});

test('renderTimeline(timeline) at 300px draws the band behind the marks of each row only, so the labels above sit clear of it', () => {
  const svg = draw(300);
  const detail = svg.querySelector('[data-panel="detail"]')!;
  const rows = detail.querySelectorAll('.timeline-event').length;
  // One piece per row; the band's label, too wide for the band at this width, sits over the space above the first row.
  const pieces = [...detail.querySelectorAll('.timeline-window')];
  expect(pieces).toHaveLength(rows);
  for (const piece of pieces) expect(Number(piece.getAttribute('height'))).toBe(10);
  const label = [...detail.querySelectorAll('text')].find((text) => text.textContent === 'Open for 26 days')!;
  expect(Number(label.getAttribute('x'))).toBe(Number(pieces[0]!.getAttribute('x')) + 4);
});

test('renderTimeline(timeline) at 300px puts labels above the marks, inside the width', () => {
  const svg = draw(300);
  for (const circle of svg.querySelectorAll('circle')) {
    const cx = Number(circle.getAttribute('cx'));
    expect(cx).toBeGreaterThanOrEqual(0);
    expect(cx).toBeLessThanOrEqual(300);
  }
  for (const label of svg.querySelectorAll('.timeline-event text'))
    expect((label.textContent ?? '').length * 6.5).toBeLessThan(300);
});

describe('describeTimeline(timeline, text)', () => {
  test('says the exposure window first, then the span and the disputed dates, one short sentence each', () => {
    expect(describeTimeline(timeline, strings)).toBe(
      'The Microsoft support database was open for 26 days, from 5 December 2019 to 31 December 2019, shown as a shaded band. ' +
        'The timeline shows 4 events from 2005 to 2019, with December 2019 to January 2020 in detail. ' +
        'Sources disagree on the dates of one event, drawn as ranges. Reported to Microsoft: 29 December 2019 to 30 December 2019.',
    );
  });

  test('follows the data: another window, no disputes, a disclosure', () => {
    const changed: Timeline = {
      ...timeline,
      exposureWindow: { ...timeline.exposureWindow, start: '2019-12-10', days: 21 },
      events: [
        ...timeline.events.map(({ disputed: _disputed, ...event }) => event),
        { ...timeline.events[0]!, id: 'disclosed', date: '2020-01-22', category: 'disclosure' },
      ],
    };
    const description = describeTimeline(changed, strings);
    expect(description).toContain('The timeline shows 5 events');
    expect(description).toContain('open for 21 days, from 10 December 2019');
    expect(description).not.toContain('disagree');
    expect(description).toMatch(/It became public on 22 January 2020\.$/);
  });
});

test('timelineViews(timeline, text) labels the overview and detail with the spans they cover', () => {
  expect(timelineViews(timeline, strings).map((view) => `${view.view}: ${view.label}`)).toEqual([
    'both: Both',
    'overview: 2005 to 2019',
    'detail: Dec 2019 to Jan 2020',
  ]);
});

test('the timeline chart is titled from the computed exposure window, not typed', () => {
  expect(timelineChart.build(fixture(), strings).title).toBe('Open for 26 days');
  const shorter = { ...fixture(), timeline: { ...timeline, exposureWindow: { ...timeline.exposureWindow, days: 3 } } };
  expect(timelineChart.build(shorter, strings).title).toBe('Open for 3 days');
});
