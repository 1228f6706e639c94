import { describe, expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { chartIdSchema, chartIds, chartModules, getChart } from './registry.ts';

test('getChart(id) throws on an unknown id and lists the known ones', () => {
  expect(() => getChart('timelime')).toThrow(
    /Unknown chart "timelime". Charts: exposure-span, key-facts, misconfiguration-steps, timeline, record-volume/,
  );
});

test('chartIdSchema accepts exactly the ids of the chart modules', () => {
  expect(chartIds).toEqual(chartModules.map((module) => module.id));
  expect(chartIdSchema.safeParse('discovery-speed').success).toBe(false);
});

describe.each(chartModules.map((module) => [module.id, module] as const))('%s built from the fixture', (id, module) => {
  const chart = module.build(fixture(), strings);

  test('keeps its id and cites only sources in the bibliography', () => {
    expect(chart.id).toBe(id);
    const known = new Set(fixture().sources.map((source) => source.id));
    expect(chart.sourceIds.filter((sourceId) => !known.has(sourceId))).toEqual([]);
  });

  test('tables every row with every column', () => {
    expect(chart.table.rows.length).toBeGreaterThan(0);
    for (const row of chart.table.rows)
      expect(Object.keys(row).sort()).toEqual(chart.table.columns.map((column) => column.key).sort());
  });
});

test('a chart citing a source the bibliography lacks fails the build', () => {
  const data = fixture();
  const broken = {
    ...data,
    timeline: { ...data.timeline, exposureWindow: { ...data.timeline.exposureWindow, sourceIds: ['nowhere'] } },
  };
  const timeline = chartModules.find((module) => module.id === 'timeline')!;
  expect(() => timeline.build(broken, strings)).toThrow(/Unknown source id "nowhere"/);
});
