import { describe, expect, test } from 'vitest';
import { chartIds, charts } from '../charts/registry.ts';
import { embeddableChart, embeddableCharts, fallbackHeight, svgAspect } from './embeddable.ts';

describe('svgAspect', () => {
  test('svgAspect(markup) is height over width from the viewBox', () => {
    expect(svgAspect('<svg viewBox="0 0 720 360" width="720">')).toBe(0.5);
  });
  test('svgAspect(markup) refuses an SVG without a usable viewBox', () => {
    expect(() => svgAspect('<svg width="720">')).toThrow();
    expect(() => svgAspect('<svg viewBox="0 0 720 0">')).toThrow();
  });
});

describe('fallbackHeight', () => {
  test('fallbackHeight(aspect) grows with the drawing and rounds up to 10 px', () => {
    expect(fallbackHeight(0.5)).toBe(900);
    expect(fallbackHeight(0.501)).toBe(910);
    expect(fallbackHeight(1)).toBeGreaterThan(fallbackHeight(0.5));
  });
});

describe('embeddableCharts', () => {
  test('embeddableCharts lists every registry chart with its chapter link, version and date', () => {
    expect(embeddableCharts.map((chart) => chart.id)).toEqual([...chartIds]);
    for (const chart of embeddableCharts) {
      expect(chart.chapterHref).toBe(`/chapters/${charts[chart.id].chapter}/`);
      expect(chart.version).toBe(String(charts[chart.id].version));
      expect(chart.date).toBe(charts[chart.id].updated);
      expect(chart.fallbackHeight).toBeGreaterThan(400);
    }
  });
  test('embeddableChart(id) throws for an unknown chart', () => {
    expect(embeddableChart('risk').id).toBe('risk');
    expect(() => embeddableChart('nope')).toThrow(/nope/);
  });
});
