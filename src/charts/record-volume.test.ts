import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { incidents } from '../lib/data.ts';
import { incidentLabel, renderRecordVolume, unconfirmedHeadlines } from './record-volume.ts';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

test('incidentLabel(incident) always states the unit and flags unconfirmed headlines', () => {
  for (const incident of incidents) {
    const label = incidentLabel(incident, 40);
    expect(label.figure.join(' ')).toContain(incident.unit);
    expect(label.name.join(' ').endsWith('†')).toBe(unconfirmedHeadlines.has(incident.id));
    for (const line of [...label.name, ...label.figure]) expect(line.length <= 40 || !line.includes(' ')).toBe(true);
  }
});

test('the unconfirmed headlines named in data/README.md are all in the comparison set', () => {
  for (const id of unconfirmedHeadlines) expect(incidents.map((incident) => incident.id)).toContain(id);
});

test('renderRecordVolume(data) draws one copy per server, one bar per incident, and marks the anchor', () => {
  const svg = renderRecordVolume(
    { incidents, servers: 5, records: 250_000_000 },
    { width: 720, document: document(), idPrefix: 'v', title: 'T', description: 'D' },
  );
  expect(svg.querySelectorAll('.volume-copies .chart-mark')).toHaveLength(5);
  expect(svg.querySelectorAll('.volume-bars .chart-mark')).toHaveLength(incidents.length);
  const anchors = svg.querySelectorAll('.volume-bars .is-anchor');
  expect(anchors).toHaveLength(1);
  expect(anchors[0]!.getAttribute('data-mark')).toBe('microsoft-customer-support-2019');
  // Log scale: gridlines at 1M, 10M, 100M, 1B and 10B.
  expect([...svg.querySelectorAll('.volume-axis text')].map((text) => text.textContent)).toEqual([
    '1M',
    '10M',
    '100M',
    '1B',
    '10B',
  ]);
});

test('renderRecordVolume(data) bar lengths grow with the logarithm of the figure', () => {
  const svg = renderRecordVolume(
    { incidents, servers: 5, records: 250_000_000 },
    { width: 720, document: document(), idPrefix: 'v', title: 'T', description: 'D' },
  );
  const barWidth = (id: string) =>
    Number(svg.querySelector(`[data-mark="${id}"] rect:not(.hit)`)!.getAttribute('width'));
  const yahoo = barWidth('yahoo-2013');
  const microsoft = barWidth('microsoft-customer-support-2019');
  const adobe = barWidth('adobe-creative-cloud-2019');
  const perDecade = (yahoo - adobe) / Math.log10(3e9 / 7.5e6);
  expect(microsoft - adobe).toBeCloseTo(perDecade * Math.log10(250e6 / 7.5e6), 0);
});
