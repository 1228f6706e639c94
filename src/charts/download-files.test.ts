import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { chartCsv, chartJson, chartSvgFile, standaloneFooter, standaloneSvg } from './download-files.ts';
import { recordVolumeChart } from './record-volume.ts';
import { riskChart } from './risk.ts';
import { serverDocument } from './server-svg.ts';
import { timelineChart } from './timeline.ts';

const data = fixture();

test('chartCsv(chart) has the column labels, then one line per table row, numbers unformatted', () => {
  const chart = recordVolumeChart.build(data, strings);
  const lines = chartCsv(chart).trimEnd().split('\n');
  expect(lines[0]).toBe(
    'Rank in its kind,Organisation,Year disclosed,Headline figure,Unit,Kind of unit,Headline checked,Cause,Note',
  );
  expect(lines).toHaveLength(chart.table.rows.length + 1);
  expect(lines).toContain('2,Microsoft,2020,250000000,records,records,single source,misconfiguration,This story');
});

test('chartJson(chart) carries the citation fields with the rows, and no formatter', () => {
  const json = JSON.parse(chartJson(timelineChart.build(data, strings)));
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
  expect(JSON.parse(chartJson(recordVolumeChart.build(data, strings))).columns[3]).toEqual({
    key: 'records',
    label: 'Headline figure',
    numeric: true,
  });
});

test('standaloneSvg(chart, frame) nests the chart under its title and above its footer, escaped', () => {
  const rendered = riskChart.build(data, strings).render({ width: 720, document: serverDocument(), idPrefix: 'x' });
  const svg = standaloneSvg(rendered, { title: 'A & B', subtitle: 'Sub', footer: 'Sources: C' });
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
  expect(svg).toContain(`viewBox="0 0 752 `);
  expect(svg).toContain('>A &amp; B</tspan>');
  const nested = svg.indexOf('<svg', 1 + svg.indexOf('<svg'));
  expect(svg.slice(nested, svg.indexOf('>', nested))).toMatch(/ x="16"/);
  expect(svg.indexOf('Sub')).toBeLessThan(nested);
  expect(svg.indexOf('Sources: C')).toBeGreaterThan(svg.indexOf('</svg>'));
});

test('standaloneFooter(publishers, chart, site, text) names a few sources once each and counts the rest', () => {
  const chart = { credit: 'Left Open', updated: '2026-11-29' };
  expect(standaloneFooter(['A', 'B', 'A', 'C', 'D', 'E', 'F'], chart, 'https://example.org', strings)).toBe(
    'Sources: A, B, C, D and 2 more, listed at https://example.org/sources/. Chart: Left Open, CC BY 4.0, updated 2026-11-29.',
  );
  expect(standaloneFooter(['A'], chart, 'https://example.org', strings)).toMatch(/^Sources: A, listed at/);
  expect(standaloneFooter(['A'], chart, undefined, strings)).toContain('listed at /sources/.');
});

test('chartSvgFile(chart, site, context) frames the wide layout with the chart title and its sources', () => {
  const svg = chartSvgFile(riskChart.build(data, strings), 'https://example.org', {
    getSource: data.getSource,
    text: strings,
  });
  expect(svg).toContain('What a criminal could do with each field');
  expect(svg).toContain('Microsoft Security Response Center');
  expect(svg).toContain('viewBox="0 0 720 ');
});
