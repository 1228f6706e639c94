import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { timeline } from '../lib/data.ts';
import { describeWhen, renderTimeline, timelineRows } from './timeline.ts';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

test('timelineRows(timeline) puts December 2019 to January 2020 in the detail and the rest plus the window in the overview', () => {
  const rows = timelineRows(timeline);
  expect(rows.overview.map((row) => row.id)).toEqual(['records-begin', 'support-agent-compromise', 'exposure-window']);
  expect(rows.detail.map((row) => row.id)).toEqual([
    'exposure-start',
    'indexed-binaryedge',
    'reported',
    'exposure-end',
    'diachenko-tweet',
    'disclosed',
    'helpnetsecurity-column',
  ]);
  const window = rows.overview.find((row) => row.id === 'exposure-window')!;
  expect([window.start, window.end]).toEqual(['2019-12-05', '2020-01-01']);
});

test('describeWhen(event) states the disagreement beside the date', () => {
  const reported = timeline.events.find((event) => event.id === 'reported')!;
  expect(describeWhen(reported)).toBe('29 Dec 2019 (sources differ: 28–31 Dec 2019)');
});

test('renderTimeline(timeline) draws disputed events as brackets and the window as a band labelled with its length', () => {
  const svg = renderTimeline(timeline, {
    width: 720,
    document: document(),
    idPrefix: 't',
    title: 'T',
    description: 'D',
  });
  const disputedMarks = svg.querySelectorAll('.timeline-event path[stroke-dasharray]');
  expect(disputedMarks.length).toBe(timeline.events.filter((event) => event.disputed).length);
  expect(svg.querySelectorAll('.timeline-window').length).toBe(2);
  expect(svg.textContent).toContain(`Open for ${timeline.exposureWindow.days} days`);
  expect([...svg.querySelectorAll('[data-panel]')].map((panel) => panel.getAttribute('data-panel'))).toEqual([
    'overview',
    'detail',
  ]);
});

test('renderTimeline(timeline) at 300px puts labels above the marks, inside the width', () => {
  const svg = renderTimeline(timeline, {
    width: 300,
    document: document(),
    idPrefix: 't',
    title: 'T',
    description: 'D',
  });
  for (const circle of svg.querySelectorAll('circle')) {
    const cx = Number(circle.getAttribute('cx'));
    expect(cx).toBeGreaterThanOrEqual(0);
    expect(cx).toBeLessThanOrEqual(300);
  }
  for (const text of svg.querySelectorAll('.timeline-event text'))
    expect((text.textContent ?? '').length * 6.5).toBeLessThan(300);
});
