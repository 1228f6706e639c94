import { expect, test } from 'vitest';
import { serverDocument } from '../../charts/server-svg.ts';
import { renderTimeline } from '../../charts/timeline.ts';
import { fixture } from '../../lib/fixture-data.ts';
import { strings } from '../../lib/strings.ts';
import { markDetails, viewBoxFor } from './chart-interaction.ts';

const drawTimeline = () =>
  renderTimeline(
    fixture().timeline,
    { width: 720, document: serverDocument(), idPrefix: 't', title: 'T', description: 'D' },
    strings.charts.timeline,
  );

test('markDetails(mark) reads what the spec wrote, including who disagrees', () => {
  const reported = drawTimeline().svg.querySelector('[data-mark="reported"]')!;
  const details = markDetails(reported);
  expect(details.title).toBe('Reported to Microsoft');
  expect(details.when).toBe('29 Dec 2019 (sources differ: 29–30 Dec 2019)');
  expect(details.detail).toContain('one says 30 Dec [report-b]');
});

test('viewBoxFor(svg, view) frames one panel, or the whole chart', () => {
  const { svg, width, height } = drawTimeline();
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
