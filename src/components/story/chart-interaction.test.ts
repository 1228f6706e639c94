import { describe, expect, test } from 'vitest';
import { serverDocument } from '../../charts/server-svg.ts';
import { timelineChart } from '../../charts/timeline.ts';
import { fixture } from '../../lib/fixture-data.ts';
import { strings } from '../../lib/strings.ts';
import { markDetails, movedIndex, placeBeside, viewBoxFor } from './chart-interaction.ts';
import { sortRows } from './table-sort.ts';

const drawTimeline = () =>
  timelineChart.build(fixture(), strings).render({ width: 720, document: serverDocument(), idPrefix: 't' });

test('markDetails(mark) reads what the spec wrote, including who disagrees', () => {
  const reported = drawTimeline().svg.querySelector('[data-mark="reported"]')!;
  const details = markDetails(reported);
  expect(details.title).toBe('Reported to Microsoft');
  expect(details.when).toBe('29 Dec 2019 (sources differ: 29–30 Dec 2019)');
  expect(details.detail).toContain('one says 30 Dec (Researcher B)');
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

test('movedIndex(index, count, move) steps one mark at a time and stops at the ends', () => {
  expect(movedIndex(0, 5, 'next')).toBe(1);
  expect(movedIndex(4, 5, 'next')).toBe(4);
  expect(movedIndex(0, 5, 'previous')).toBe(0);
  expect(movedIndex(3, 5, 'previous')).toBe(2);
  expect(movedIndex(3, 5, 'first')).toBe(0);
  expect(movedIndex(1, 5, 'last')).toBe(4);
});

describe('placeBeside(mark, box, canvas) puts the details beside the mark, never over the next row', () => {
  const box = { width: 200, height: 120 };
  test('to the right, level with the mark, when it fits', () => {
    expect(placeBeside({ left: 100, right: 110, top: 40, bottom: 50 }, box, { width: 720 })).toEqual({ x: 118, y: 40 });
  });
  test('to the left when the right is full', () => {
    expect(placeBeside({ left: 600, right: 610, top: 40, bottom: 50 }, box, { width: 720 })).toEqual({ x: 392, y: 40 });
  });
  test('below, inside the canvas, when neither side has room', () => {
    expect(placeBeside({ left: 150, right: 160, top: 40, bottom: 50 }, box, { width: 300 })).toEqual({ x: 100, y: 58 });
  });
});

test('sortRows(entries, direction) sorts numbers by value, text naturally, and keeps ties in order', () => {
  const keys = (entries: { key: string }[]) => entries.map((entry) => entry.key);
  expect(keys(sortRows([{ key: '250000000' }, { key: '7500000' }, { key: '3000000000' }], 'ascending'))).toEqual([
    '7500000',
    '250000000',
    '3000000000',
  ]);
  expect(keys(sortRows([{ key: 'Copy 10' }, { key: 'copy 2' }, { key: 'Adobe' }], 'descending'))).toEqual([
    'Copy 10',
    'copy 2',
    'Adobe',
  ]);
  const tied = sortRows(
    [
      { key: 'a', id: 1 },
      { key: 'b', id: 2 },
      { key: 'a', id: 3 },
    ],
    'ascending',
  );
  expect(tied.map((entry) => entry.id)).toEqual([1, 3, 2]);
  // One empty cell makes the column text, so a blank does not sort as zero; figures still go 2 before 10.
  expect(keys(sortRows([{ key: '2' }, { key: '' }, { key: '10' }], 'ascending'))).toEqual(['', '2', '10']);
});
