import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import {
  causesPresent,
  describeRecordsByYearCause,
  recordsByYearCauseChart,
  yearsCovered,
} from './records-by-year-cause.ts';

const data = fixture();
const anchor = data.incidents.find((incident) => incident.isAnchor)!;

test('causesPresent(rows) keeps the drawing order and only causes with incidents', () => {
  expect(causesPresent(data.incidentsByYearCause)).toEqual(['misconfiguration', 'hack']);
});

test('yearsCovered(rows) fills the gaps between the first and last year', () => {
  expect(yearsCovered(data.incidentsByYearCause)).toEqual([2016, 2017, 2018, 2019, 2020]);
});

test('describeRecordsByYearCause(data, text) counts incidents per cause, the peak and the anchor bar', () => {
  expect(describeRecordsByYearCause({ byYearCause: data.incidentsByYearCause, anchor }, strings)).toBe(
    'Bar charts of 3 incidents by year of disclosure, 2016 to 2020, one row per cause: 2 misconfigurations and 1 hack. ' +
      'The tallest bar is 1 hack in 2016. The Microsoft exposure is one of 1 misconfiguration disclosed in 2020.',
  );
});

test('the chart counts its comparison set in the subtitle and cites every incident source', () => {
  const chart = recordsByYearCauseChart.build(data, strings);
  expect(chart.subtitle).toContain('comparison set of 3');
  expect(chart.subtitle).toContain('misconfigurations in 2020');
  expect([...chart.sourceIds].sort()).toEqual(['msrc-2020', 'outlet-a']);
  expect(chart.table.rows.map((row) => row['cause'])).toEqual(['Hack', 'Misconfiguration', 'Misconfiguration']);
});
