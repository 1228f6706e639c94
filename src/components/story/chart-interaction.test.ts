import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { timeline } from '../../lib/data.ts';
import { renderTimeline } from '../../charts/timeline.ts';
import { markDetails, viewBoxFor } from './chart-interaction.ts';

const drawTimeline = () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return renderTimeline(timeline, {
    width: 720,
    document: document as unknown as Document,
    idPrefix: 't',
    title: 'T',
    description: 'D',
  });
};

test('markDetails(mark) reads what the spec wrote, including who disagrees', () => {
  const reported = drawTimeline().querySelector('[data-mark="reported"]')!;
  const details = markDetails(reported);
  expect(details.title).toBe('Diachenko finds and reports servers');
  expect(details.when).toBe('29 Dec 2019 (sources differ: 28–31 Dec 2019)');
  expect(details.detail).toContain('[huntress]');
});

test('viewBoxFor(svg, view) frames one panel, or the whole chart', () => {
  const svg = drawTimeline();
  const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
  const detail = svg.querySelector('[data-panel="detail"]')!;
  expect(viewBoxFor(svg, 'both')).toEqual([0, 0, width, height]);
  expect(viewBoxFor(svg, 'detail')).toEqual([
    0,
    Number(detail.getAttribute('data-top')),
    width,
    Number(detail.getAttribute('data-height')),
  ]);
  const overview = viewBoxFor(svg, 'overview');
  expect(overview[1] + overview[3]).toBeLessThanOrEqual(Number(detail.getAttribute('data-top')));
});
