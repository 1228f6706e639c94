import { expect, test } from 'vitest';
import { incidents as liveIncidents } from '../lib/data.ts';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import type { RankedIncident } from '../schemas/derived.ts';
import { describeRecordVolume, incidentLabel, renderRecordVolume, unconfirmedHeadlines } from './record-volume.ts';
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
    const label = incidentLabel(incident, 40, strings);
    expect(label.figure.join(' ')).toContain(incident.unit);
    expect(label.figure.join(' ').includes('This story')).toBe(incident.isAnchor);
    for (const line of [...label.name, ...label.figure]) expect(line.length <= 40 || !line.includes(' ')).toBe(true);
  }
});

test('incidentLabel(incident) flags a headline no source confirms with a dagger', () => {
  const flagged: RankedIncident = { ...incidents[0]!, id: [...unconfirmedHeadlines][0]! };
  expect(incidentLabel(flagged, 40, strings).name.join(' ')).toMatch(/†$/);
});

// unconfirmedHeadlines names rows of the real comparison set (data/README.md, curation rule 3).
test('the unconfirmed headlines named in data/README.md are all in the comparison set', () => {
  for (const id of unconfirmedHeadlines) expect(liveIncidents.map((incident) => incident.id)).toContain(id);
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

test('describeRecordVolume(data, text) names the scale, the range with units, the copies and the anchor rank', () => {
  expect(describeRecordVolume(data, strings)).toBe(
    'Bar chart on a logarithmic scale of 3 breaches and exposures, each figure in its own unit, from 250 million records ' +
      '(Microsoft, 2020) to 3 billion accounts (Example Corp, 2016). The Microsoft exposure, 250 million records, was ' +
      'mirrored on 5 servers holding copies of the same 250 million records, and ranks 3rd of 3 by headline figure.',
  );
});

test('describeRecordVolume(data, text) follows the anchor up the ranking, and refuses data without it', () => {
  const moved = incidents.map((incident) => (incident.isAnchor ? { ...incident, rank: 2 } : incident));
  expect(describeRecordVolume({ ...data, incidents: moved }, strings)).toContain('ranks 2nd of 3');
  expect(() =>
    describeRecordVolume({ ...data, incidents: incidents.filter((incident) => !incident.isAnchor) }, strings),
  ).toThrow(/anchor/);
});
