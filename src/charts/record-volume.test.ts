import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { incidents } from '../lib/data.ts';
import { incidentLabel, isDisputedHeadline, kindCounts, renderRecordVolume } from './record-volume.ts';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

test('incidentLabel(incident) always states the unit and flags disputed headlines', () => {
  for (const incident of incidents) {
    const label = incidentLabel(incident, 40);
    expect(label.figure.join(' ')).toContain(incident.unit);
    expect(label.name.join(' ').endsWith('†')).toBe(incident.headlineStatus === 'disputed');
    for (const line of [...label.name, ...label.figure]) expect(line.length <= 40 || !line.includes(' ')).toBe(true);
  }
});

test('isDisputedHeadline(incident) follows the data, not a list kept in the chart', () => {
  const verizon = incidents.find((incident) => incident.id === 'verizon-nice-systems-2017')!;
  expect(isDisputedHeadline(verizon)).toBe(true);
  expect(isDisputedHeadline({ ...verizon, headlineStatus: 'confirmed' })).toBe(false);
});

test('renderRecordVolume(data) says each rank within its kind of unit', () => {
  const svg = renderRecordVolume(
    { incidents, servers: 5, records: 250_000_000 },
    { width: 720, document: document(), idPrefix: 'v', title: 'T', description: 'D' },
  );
  const records = kindCounts(incidents).get('records');
  const anchor = incidents.find((incident) => incident.isAnchor)!;
  expect(svg.querySelector('[data-mark="microsoft-customer-support-2019"]')!.getAttribute('data-detail')).toContain(
    `Ranked ${anchor.kindRank} of ${records} incidents counted in records.`,
  );
  expect(svg.querySelector('[data-mark="yahoo-2013"]')!.getAttribute('data-detail')).toContain(
    `Ranked 1 of ${kindCounts(incidents).get('accounts')} incidents counted in accounts.`,
  );
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
