import { describe, expect, test } from 'vitest';
import type { ChartModule } from './chart.ts';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { fieldInventoryChart } from './field-inventory.ts';
import { figureModel, parseFigureProps } from './figure-model.ts';
import { recordVolumeChart } from './record-volume.ts';
import { recordsByYearCauseChart } from './records-by-year-cause.ts';
import { timelineChart } from './timeline.ts';

const data = fixture();
const context = { text: strings, getSource: data.getSource };
const props = parseFigureProps({ chart: 'record-volume' });
const model = (module: ChartModule, options = props) => figureModel(module.build(data, strings), options, context);

describe('figureModel(chart, props, context) table', () => {
  const table = model(recordVolumeChart).table;
  const column = (label: string) => table.columns.findIndex((candidate) => candidate.text === label);

  test('writes each cell with its column format: counts grouped, years and ranks never', () => {
    const microsoft = table.rows.find((row) => row.some((cell) => cell.text === 'Microsoft'))!;
    const cell = (text: string, sort: string, numeric: boolean, header = false) => ({ text, sort, numeric, header });
    expect(microsoft[column('Headline figure')]).toEqual(cell('250,000,000', '250000000', true));
    expect(microsoft[column('Year disclosed')]).toEqual(cell('2020', '2020', true));
    expect(microsoft[column('Rank in its kind')]).toEqual(cell('2', '2', true));
    expect(microsoft[column('Cause')]).toEqual(cell('Misconfiguration', 'misconfiguration', false));
    expect(microsoft[column('Organisation')]).toEqual(cell('Microsoft', 'Microsoft', false, true));
  });

  test('names each row by one header cell: the column that says so, or the first', () => {
    const headers = (module: ChartModule) =>
      model(module).table.rows.map((row) => row.flatMap((cell, index) => (cell.header ? [index] : [])));
    expect(new Set(headers(recordVolumeChart).map(String))).toEqual(new Set([String(column('Organisation'))]));
    expect(new Set(headers(recordsByYearCauseChart).map(String))).toEqual(new Set(['0']));
    const timeline = model(timelineChart, parseFigureProps({ chart: 'timeline' })).table;
    const event = timeline.columns.findIndex((candidate) => candidate.text === 'Event');
    expect(timeline.rows.every((row) => row[event]!.header && row.filter((cell) => cell.header).length === 1)).toBe(
      true,
    );
  });

  test('shows the timeline sources by publisher, never by id', () => {
    const timeline = model(timelineChart, parseFigureProps({ chart: 'timeline' })).table;
    const texts = timeline.rows.flat().map((cell) => cell.text);
    expect(texts.join(' ')).not.toMatch(/\[[a-z0-9-]+\]|report-b|outlet-a/);
    expect(texts.join(' ')).toContain('Researcher B');
  });

  test('never groups a year in the records-by-year table either', () => {
    const years = model(recordsByYearCauseChart).table.rows.map((row) => row[0]!.text);
    expect(years).toEqual(['2016', '2019', '2020']);
  });
});

test('figureModel names the story sources one by one and counts comparison sources', () => {
  const { sources } = model(recordVolumeChart);
  expect(sources.label).toBe('Sources');
  expect(sources.named.map((link) => link.href)).toEqual([
    '/sources/#report-b',
    '/sources/#outlet-a',
    '/sources/#msrc-2020',
  ]);
  expect(sources.comparison).toBeUndefined();
});

test('figureModel gives the timeline its view switch, first view pressed, and other charts none', () => {
  const views = model(timelineChart, parseFigureProps({ chart: 'timeline' })).views;
  expect(views?.buttons.map((button) => [button.view, button.pressed])).toEqual([
    ['both', true],
    ['overview', false],
    ['detail', false],
  ]);
  expect(model(fieldInventoryChart, parseFigureProps({ chart: 'field-inventory' })).views).toBeUndefined();
});

test('figureModel in an embed names two sources, links the rest, and puts the rest of the frame in one disclosure', () => {
  const embed = model(recordVolumeChart, parseFigureProps({ chart: 'record-volume', embed: true, headingLevel: 1 }));
  expect(embed.sources.named.map((link) => link.text)).toEqual(['Researcher B', 'Outlet A']);
  expect(embed.sources.more).toEqual({ href: '/sources/', text: '1 more', separator: ' and ' });
  expect(embed.disclosure).toEqual({ summary: 'Notes, data, downloads and how to cite' });
  expect(embed.heading.tag).toBe('h1');
  expect(model(recordVolumeChart).sources.more).toBeUndefined();
  expect(model(recordVolumeChart).disclosure).toBeUndefined();
});

test('figureModel in an embed drops the anchor and the embed link, and keeps the downloads', () => {
  const page = model(recordVolumeChart);
  const embed = model(recordVolumeChart, parseFigureProps({ chart: 'record-volume', embed: true }));
  expect(page.anchorId).toBe('chart-record-volume');
  expect(page.links.embed).toEqual({ href: '/embed/record-volume/', text: 'Embed this chart' });
  expect(embed.anchorId).toBeUndefined();
  expect(embed.links.embed).toBeUndefined();
  expect(embed.links.downloads.map((link) => link.href)).toEqual([
    '/charts/record-volume.csv',
    '/charts/record-volume.json',
    '/charts/record-volume.svg',
    '/charts/record-volume.png',
  ]);
  expect(Object.keys(embed.layouts)).toEqual(['narrow', 'medium', 'wide']);
  expect(embed.heading).toEqual({ tag: 'h2', id: 'figure-record-volume-heading', text: embed.heading.text });
});

test('parseFigureProps(props) names the wrong prop and the allowed values', () => {
  expect(() => parseFigureProps({ chart: 'discovery-speed' })).toThrow(/<ChartFigure> has invalid props[\s\S]*chart/);
  expect(() => parseFigureProps({ chart: 'risk', headingLevel: 5 })).toThrow(/headingLevel/);
});

describe('figureModel(chart, props, context) sound', () => {
  test('a chart with a series gets its notes and what the live region says; an embed and a chart without one get none', () => {
    const sound = model(timelineChart, parseFigureProps({ chart: 'timeline' })).sound!;
    expect(sound.play).toBe(strings.charts.figure.sound.play);
    expect(sound.started).toBe(`Playing the chart as sound. ${strings.charts.timeline.sound} Escape stops it.`);
    expect(sound.notes).toHaveLength(data.timeline.events.length);
    expect(sound.notes.map((note) => note.marks[0])).toEqual(data.timeline.events.map((event) => event.id));
    expect(model(timelineChart, parseFigureProps({ chart: 'timeline', embed: true })).sound).toBeUndefined();
    expect(model(fieldInventoryChart, parseFigureProps({ chart: 'field-inventory' })).sound).toBeUndefined();
  });
});

test('figureModel collapsed (a site page the chart leads) has the short foot of an embed, and keeps its anchor and embed link', () => {
  const collapsed = model(recordVolumeChart, parseFigureProps({ chart: 'record-volume', collapsed: true }));
  expect(collapsed.sources.named.map((link) => link.text)).toEqual(['Researcher B', 'Outlet A']);
  expect(collapsed.sources.more).toEqual({ href: '/sources/', text: '1 more', separator: ' and ' });
  expect(collapsed.disclosure).toEqual({ summary: 'Notes, data, downloads and how to cite' });
  expect(collapsed.embed).toBe(false);
  expect(collapsed.anchorId).toBe('chart-record-volume');
  expect(collapsed.links.embed).toEqual({ href: '/embed/record-volume/', text: 'Embed this chart' });
});
