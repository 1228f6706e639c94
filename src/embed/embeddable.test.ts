import { describe, expect, test } from 'vitest';
import { timelineChart } from '../charts/timeline.ts';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { embeddableChart, fallbackHeight, toEmbeddable } from './embeddable.ts';

describe('fallbackHeight', () => {
  test('fallbackHeight(drawing) grows with the drawing and rounds up to 10 px', () => {
    expect(fallbackHeight({ width: 720, height: 360 })).toBe(900);
    expect(fallbackHeight({ width: 1000, height: 501 })).toBe(910);
    expect(fallbackHeight({ width: 720, height: 720 })).toBeGreaterThan(fallbackHeight({ width: 720, height: 360 }));
  });
  test('fallbackHeight(drawing) refuses a drawing without a size', () => {
    expect(() => fallbackHeight({ width: 720, height: 0 })).toThrow();
    expect(() => fallbackHeight({ width: 0, height: 10 })).toThrow();
  });
});

test('toEmbeddable(chart, chapterHref) keeps what embeds cite: title, version and date of the update', () => {
  const chart = timelineChart.build(fixture(), strings);
  expect(toEmbeddable(chart, '/chapters/timeline/')).toMatchObject({
    id: 'timeline',
    title: 'Open for 26 days',
    chapterHref: '/chapters/timeline/',
    credit: 'Left Open',
    version: '1',
    updated: chart.updated,
  });
  expect(toEmbeddable(chart, '/chapters/timeline/').fallbackHeight).toBeGreaterThan(400);
});

test('embeddableChart(id, chapters) throws for an unknown chart', () => {
  expect(() => embeddableChart('nope', new Map())).toThrow(/nope/);
});
