import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import type { RankedIncident } from '../schemas/derived.ts';
import {
  chartedIncidents,
  describeRecordVolume,
  incidentLabel,
  isDisputedHeadline,
  kindCounts,
  renderRecordVolume,
} from './record-volume.ts';
import { serverDocument } from './server-svg.ts';

const { incidents } = fixture();
const data = { incidents, servers: 5, records: 250_000_000 };
const draw = () =>
  renderRecordVolume(
    data,
    { width: 720, document: serverDocument(), idPrefix: 'v', title: 'T', description: 'D' },
    strings,
  ).svg;

test('incidentLabel(incident) always states the unit, and marks the anchor', () => {
  for (const incident of incidents) {
    const label = incidentLabel(incident, 300, strings);
    expect(label.figure.join(' ')).toContain(incident.unit);
    expect(label.figure.join(' ').includes('This story')).toBe(incident.isAnchor);
    for (const line of [...label.name, ...label.figure]) expect(line.length <= 40 || !line.includes(' ')).toBe(true);
  }
});

test('incidentLabel(incident) flags a headline a source contradicts with a dagger', () => {
  const disputed: RankedIncident = { ...incidents[0]!, headlineStatus: 'disputed' };
  expect(incidentLabel(disputed, 300, strings).name.join(' ')).toMatch(/†$/);
  expect(incidentLabel(incidents[0]!, 300, strings).name.join(' ')).not.toMatch(/†$/);
});

test('isDisputedHeadline(incident) follows the data, not a list kept in the chart', () => {
  expect(isDisputedHeadline(incidents[0]!)).toBe(false);
  expect(isDisputedHeadline({ ...incidents[0]!, headlineStatus: 'disputed' })).toBe(true);
});

test('renderRecordVolume(data) says each rank within its kind of unit', () => {
  const svg = draw();
  expect(kindCounts(incidents)).toEqual(
    new Map([
      ['accounts', 1],
      ['records', 2],
    ]),
  );
  expect(svg.querySelector('[data-mark="microsoft-customer-support-2019"]')!.getAttribute('data-detail')).toBe(
    'Misconfiguration; data held in Elasticsearch. Ranked 2 of 2 incidents counted in records.',
  );
  expect(svg.querySelector('[data-mark="big-hack-2016"]')!.getAttribute('data-detail')).toBe(
    'Hack; data held in an unknown system. Ranked 1 of 1 incidents counted in accounts.',
  );
});

test('renderRecordVolume(data) draws one copy per server, one bar per incident, and marks the anchor', () => {
  const svg = draw();
  expect(svg.querySelectorAll('.volume-copies .chart-mark')).toHaveLength(5);
  expect(svg.querySelectorAll('.volume-bars .chart-mark')).toHaveLength(incidents.length);
  const anchors = svg.querySelectorAll('.volume-bars .is-anchor');
  expect(anchors).toHaveLength(1);
  expect(anchors[0]!.getAttribute('data-mark')).toBe('microsoft-customer-support-2019');
  // Log scale from 250 million to 3 billion: gridlines at 100M, 1B and 10B.
  expect([...svg.querySelectorAll('.volume-axis text')].map((tick) => tick.textContent)).toEqual(['100M', '1B', '10B']);
});

test('renderRecordVolume(data) bar lengths grow with the logarithm of the figure', () => {
  const svg = draw();
  const barWidth = (id: string) =>
    Number(svg.querySelector(`[data-mark="${id}"] rect:not(.hit)`)!.getAttribute('width'));
  const perDecade = (barWidth('big-hack-2016') - barWidth('microsoft-customer-support-2019')) / Math.log10(3e9 / 250e6);
  expect(barWidth('open-es-2019') - barWidth('microsoft-customer-support-2019')).toBeCloseTo(
    perDecade * Math.log10(340e6 / 250e6),
    0,
  );
});

test('describeRecordVolume(data, text) gives the anchor rank first, then the copies, the scale and the range with units', () => {
  expect(describeRecordVolume(data, strings)).toBe(
    'The Microsoft exposure, 250 million records, ranks 2nd of the 2 incidents counted in records. Its 5 servers held ' +
      'copies of the same 250 million records. The bar chart compares 3 breaches and exposures on a logarithmic scale, ' +
      'each in its own unit. They range from 250 million records (Microsoft, 2020) to 3 billion accounts (Example Corp, 2016).',
  );
});

test('describeRecordVolume(data, text) follows the anchor up the ranking, and refuses data without it', () => {
  const moved = incidents.map((incident) => (incident.isAnchor ? { ...incident, kindRank: 1 } : incident));
  expect(describeRecordVolume({ ...data, incidents: moved }, strings)).toContain('ranks 1st of the 2 incidents');
  expect(() =>
    describeRecordVolume({ ...data, incidents: incidents.filter((incident) => !incident.isAnchor) }, strings),
  ).toThrow(/anchor/);
});

test('chartedIncidents(incidents, top) draws the largest few and the anchor, whatever the size of the set', () => {
  const many: RankedIncident[] = Array.from({ length: 10_000 }, (_, index) => ({
    ...incidents[0]!,
    id: `synthetic-${index}`,
    rank: index + 1,
    isAnchor: index === 4_321,
  }));
  const charted = chartedIncidents(many, 10);
  expect(charted.map((incident) => incident.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 4_322]);
  // An anchor already among the largest is not drawn twice.
  const high = many.map((incident) => ({ ...incident, isAnchor: incident.rank === 3 }));
  expect(chartedIncidents(high, 10)).toHaveLength(10);
});

test('the chart draws only the charted incidents, and says where the rest are', () => {
  const many: RankedIncident[] = Array.from({ length: 30 }, (_, index) => ({
    ...incidents[0]!,
    id: `synthetic-${index}`,
    rank: index + 1,
    records: 1_000_000 * (30 - index),
    isAnchor: index === 20,
  }));
  const svg = renderRecordVolume(
    { ...data, incidents: many },
    { width: 720, document: serverDocument(), idPrefix: 'v', title: 'T', description: 'D' },
    strings,
  ).svg;
  const bars = [...svg.querySelectorAll('.volume-bars .chart-mark')].map((mark) => mark.getAttribute('data-mark'));
  expect(bars).toEqual([...Array.from({ length: 10 }, (_, index) => `synthetic-${index}`), 'synthetic-20']);
  const lines = [...svg.querySelectorAll('.volume-comparison > text tspan')].map((tspan) => tspan.textContent);
  expect(lines.join(' ')).toContain('The other 19 incidents are in the table and the downloads.');
});
