import { expect, test } from 'vitest';
import { getSource, incidents, timeline } from '../lib/data.ts';
import { chartIds, charts, getChart, timelineChart } from './registry.ts';

test('the registry has exactly the chart ids of the contract between branches', () => {
  expect([...chartIds].sort()).toEqual([
    'field-inventory',
    'record-volume',
    'records-by-year-cause',
    'risk',
    'timeline',
  ]);
  for (const id of chartIds) expect(charts[id].id).toBe(id);
});

test('each chart is placed in the chapter the contract gives it', () => {
  expect(Object.fromEntries(chartIds.map((id) => [id, charts[id].chapter]))).toEqual({
    timeline: 'timeline',
    'record-volume': 'scale',
    'records-by-year-cause': 'scale',
    'field-inventory': 'records',
    risk: 'risk',
  });
});

test('getChart(id) throws on an unknown id and lists the known ones', () => {
  expect(() => getChart('timelime')).toThrow(/Unknown chart "timelime". Charts: timeline, record-volume/);
});

test.each(chartIds)('%s cites only known sources, and its table rows have every column', (id) => {
  const chart = getChart(id);
  for (const sourceId of chart.sourceIds) expect(getSource(sourceId).id).toBe(sourceId);
  expect(chart.table.rows.length).toBeGreaterThan(0);
  for (const row of chart.table.rows)
    expect(Object.keys(row).sort()).toEqual(chart.table.columns.map((column) => column.key).sort());
});

test('the timeline title is computed from the exposure window, not typed', () => {
  expect(timelineChart(timeline).title).toBe(`Open for ${timeline.exposureWindow.days} days`);
  expect(timelineChart({ ...timeline, exposureWindow: { ...timeline.exposureWindow, days: 3 } }).title).toBe(
    'Open for 3 days',
  );
});

test('record-volume titles its figures from the facts and tables every incident with its unit', () => {
  const chart = getChart('record-volume');
  expect(chart.title).toBe('250 million records, mirrored on 5 servers');
  expect(chart.table.rows).toHaveLength(incidents.length);
  expect(chart.table.rows.every((row) => typeof row['unit'] === 'string' && row['unit'] !== '')).toBe(true);
  expect(
    chart.table.rows.filter((row) => String(row['note']).includes('disputed')).map((row) => row['organization']),
  ).toEqual(
    incidents.filter((incident) => incident.headlineStatus === 'disputed').map((incident) => incident.organization),
  );
  const microsoft = chart.table.rows.find((row) => row['organization'] === 'Microsoft');
  expect(microsoft).toMatchObject({ kind: 'records', rank: incidents.find((incident) => incident.isAnchor)!.kindRank });
});
