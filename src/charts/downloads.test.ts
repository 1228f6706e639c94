import { expect, test } from 'vitest';
import { chartCsv, chartJson, standaloneFooter, standaloneSvg } from './downloads.ts';
import { getChart } from './registry.ts';
import { renderChartMarkup } from './render.ts';

test('chartCsv(chart) has the column labels, then one line per table row, quoting commas', () => {
  const chart = getChart('record-volume');
  const lines = chartCsv(chart).trimEnd().split('\n');
  expect(lines[0]).toBe(
    'Rank in its kind,Organisation,Year disclosed,Headline figure,Unit,Kind of unit,Headline checked,Cause,Note',
  );
  expect(lines).toHaveLength(chart.table.rows.length + 1);
  expect(lines).toContain('9,Microsoft,2020,250000000,records,records,single source,misconfiguration,This story');
  expect(lines.some((line) => line.includes('"records (guest records, upper limit)"'))).toBe(true);
});

test('chartJson(chart) carries the citation fields with the rows', () => {
  const json = JSON.parse(chartJson(getChart('timeline')));
  expect(Object.keys(json)).toEqual([
    'id',
    'title',
    'subtitle',
    'description',
    'sourceIds',
    'notes',
    'credit',
    'version',
    'updated',
    'columns',
    'rows',
    'data',
  ]);
  expect(json.rows).toHaveLength(json.data.events.length);
});

test('standaloneSvg(markup, frame) nests the chart under its title and above its footer, escaped', () => {
  const markup = renderChartMarkup('risk', 720, 'x');
  const svg = standaloneSvg(markup, {
    title: 'A & B',
    subtitle: 'Sub',
    footer: 'Sources: C',
    background: '#fff',
    text: '#111',
    muted: '#555',
  });
  expect(
    svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 752 '),
  ).toBe(true);
  expect(svg).toContain('>A &amp; B</tspan>');
  expect(svg).toMatch(/<svg x="16" y="\d+" /);
  expect(svg.indexOf('Sub')).toBeLessThan(svg.indexOf('<svg x="16"'));
  expect(svg.indexOf('Sources: C')).toBeGreaterThan(svg.indexOf('</svg>'));
  expect(() =>
    standaloneSvg('<g/>', { title: '', subtitle: '', footer: '', background: '', text: '', muted: '' }),
  ).toThrow(/viewBox/);
});

test('standaloneFooter(publishers, site, credit, updated) names a few sources once each and counts the rest', () => {
  expect(standaloneFooter(['A', 'B', 'A', 'C', 'D', 'E', 'F'], 'https://example.org', 'Left Open', '2026-11-29')).toBe(
    'Sources: A, B, C, D and 2 more, listed at https://example.org/sources/. Chart: Left Open, CC BY 4.0, updated 2026-11-29.',
  );
});
