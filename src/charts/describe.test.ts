import { describe, expect, test } from 'vitest';
import { fields, incidents, incidentsByYearCause, timeline } from '../lib/data.ts';
import type { Field, RankedIncident, Timeline } from '../schemas/derived.ts';
import {
  describeFieldInventory,
  describeRecordsByYearCause,
  describeRecordVolume,
  describeRisk,
  describeTimeline,
  listInWords,
} from './describe.ts';

const anchor = incidents.find((incident) => incident.isAnchor)!;

test('listInWords(items) joins with commas and a final "and"', () => {
  expect(listInWords([])).toBe('');
  expect(listInWords(['a'])).toBe('a');
  expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
});

describe('describeTimeline(timeline)', () => {
  test('says the kind of chart, the span, the exposure window and the disputed dates', () => {
    const text = describeTimeline(timeline);
    expect(text).toMatch(/^Timeline of 9 events from 2005 to 2020, with a detail of December 2019 to January 2020\./);
    expect(text).toContain('open for 26 days, from 5 December 2019 to 31 December 2019');
    expect(text).toContain('Sources disagree on the dates of 2 events');
    expect(text).toContain('Diachenko finds and reports servers: 28 December 2019 to 31 December 2019');
    expect(text).toContain('It became public on 22 January 2020.');
  });

  test('follows the data: another window, no disputes', () => {
    const changed: Timeline = {
      ...timeline,
      exposureWindow: { ...timeline.exposureWindow, start: '2019-12-10', days: 21 },
      events: timeline.events.map(({ disputed: _disputed, ...event }) => event),
    };
    const text = describeTimeline(changed);
    expect(text).toContain('open for 21 days, from 10 December 2019');
    expect(text).not.toContain('disagree');
  });
});

describe('describeRecordVolume(data)', () => {
  test('names the scale, the range with units, the copies and the anchor rank', () => {
    const text = describeRecordVolume({ incidents, servers: 5, records: 250_000_000 });
    expect(text).toMatch(
      /^Bar chart on a logarithmic scale of 44 breaches and exposures, each figure in its own unit, from 7.5 million records \(Adobe\b[^)]*, 2019\) to 3 billion accounts \(Yahoo, 2016\)\./,
    );
    expect(text).toContain('The Microsoft exposure, 250 million records, was mirrored on 5 servers');
    expect(text).toContain(`ranks ${anchor.kindRank}th of the 15 incidents counted in records.`);
  });

  test('follows the data when the anchor moves up the ranking', () => {
    const moved: RankedIncident[] = incidents.map((incident) =>
      incident.isAnchor ? { ...incident, kindRank: 2 } : incident,
    );
    expect(describeRecordVolume({ incidents: moved, servers: 5, records: 250_000_000 })).toContain(
      'ranks 2nd of the 15 incidents counted in records',
    );
  });

  test('refuses data without the anchor', () => {
    expect(() =>
      describeRecordVolume({ incidents: incidents.filter((incident) => !incident.isAnchor), servers: 5, records: 1 }),
    ).toThrow();
  });
});

test('describeRecordsByYearCause(data) counts incidents per cause, the peak and the anchor bar', () => {
  const text = describeRecordsByYearCause({ byYearCause: incidentsByYearCause, anchor });
  expect(text).toMatch(/^Bar charts of 44 incidents by year of disclosure, 2005 to 2021, one row per cause: /);
  expect(text).toContain('The tallest bar is 10 misconfigurations in 2019.');
  expect(text).toContain('The Microsoft exposure is one of 2 misconfigurations disclosed in 2020.');
  const counts = text
    .match(/(\d+) (misconfigurations|hacks|other incidents)/g)!
    .slice(0, 3)
    .map((part) => Number(part.split(' ')[0]));
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(44);
});

test('describeFieldInventory(fields) groups the fields by status', () => {
  const text = describeFieldInventory(fields);
  expect(text).toMatch(/^Chart of the 10 kinds of data in the exposed Microsoft support records/);
  expect(text).toContain('6 left readable (');
  expect(text).toContain('1 partly redacted (Customer email addresses)');
  expect(text).toContain('3 redacted (Contract numbers, Email aliases and Payment information)');
});

test('describeRisk(fields) lists only fields readable somewhere', () => {
  const onlyRedacted: Field[] = fields.map((field) => ({
    ...field,
    status: field.id === 'locations' ? 'plain' : 'redacted',
  }));
  expect(describeRisk(onlyRedacted)).toBe(
    'List of the 1 kind of data readable in at least some of the Microsoft support records (Locations), each with what a criminal could do with it.',
  );
  expect(describeRisk(fields)).toContain('List of the 7 kinds of data');
});
