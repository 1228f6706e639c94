import { describe, expect, test } from 'vitest';
import type { FactRow } from '../schemas/raw.ts';
import { computedFacts, curatedFacts, factTable } from './facts.ts';
import { rankIncidents } from './incidents.ts';

const row = (id: string, kind: FactRow['kind'], value: string): FactRow => ({
  id,
  kind,
  value,
  unit: kind === 'date' ? 'date' : 'records',
  label: id,
  source_ids: ['a'],
  status: 'confirmed',
});
const window = { start: '2019-12-05', end: '2019-12-31', days: 26, sourceIds: ['msrc'] };
const ranked = rankIncidents([
  {
    id: 'other',
    organization: 'O',
    year_disclosed: 2019,
    month_disclosed: 1,
    records: 900,
    record_unit: 'records',
    cause: 'hack',
    technology: 'unknown',
    sensitive_fields: 'x',
    source_ids: ['b'],
    headline_status: 'confirmed',
    checked_against: 'b2',
  },
  {
    id: 'microsoft-customer-support-2019',
    organization: 'M',
    year_disclosed: 2020,
    month_disclosed: 1,
    records: 250,
    record_unit: 'records',
    cause: 'misconfiguration',
    technology: 'Elasticsearch',
    sensitive_fields: 'x',
    source_ids: ['c'],
    headline_status: 'single-source',
    checked_against: 'none',
  },
  {
    id: 'people',
    organization: 'P',
    year_disclosed: 2019,
    month_disclosed: 1,
    records: 5000,
    record_unit: 'people',
    cause: 'hack',
    technology: 'unknown',
    sensitive_fields: 'x',
    source_ids: ['d'],
    headline_status: 'single-source',
    checked_against: 'none',
  },
  {
    id: 'voters',
    organization: 'V',
    year_disclosed: 2017,
    month_disclosed: 6,
    records: 400,
    record_unit: 'records (voter records)',
    cause: 'misconfiguration',
    technology: 'Amazon S3',
    sensitive_fields: 'x',
    source_ids: ['e'],
    headline_status: 'confirmed',
    checked_against: 'e2',
  },
]);

describe('curatedFacts(rows)', () => {
  test('turns number values into numbers and keeps dates as text', () => {
    expect(curatedFacts([row('n', 'number', '8.5'), row('d', 'date', '2020-01-22')]).map((fact) => fact.value)).toEqual(
      [8.5, '2020-01-22'],
    );
  });
});

describe('computedFacts(window, ranked)', () => {
  test('adds the exposure length, the comparison size and the rank among incidents of the same kind', () => {
    const facts = Object.fromEntries(computedFacts(window, ranked).map((fact) => [fact.id, fact]));
    expect(facts['exposure-days']).toMatchObject({ value: 26, sourceIds: ['msrc'], computed: true });
    expect(facts['comparison-incidents']?.value).toBe(4);
    // "records (voter records)" counts records too, so it is ranked with them; "people" is not.
    expect(facts['anchor-rank-records']).toMatchObject({
      value: 3,
      label: expect.stringContaining('3 incidents counted in records'),
      sourceIds: ['c', 'b', 'e'],
      note: expect.stringContaining('records; records (voter records)'),
    });
    expect(facts['anchor-kind-count']).toMatchObject({ value: 3, unit: 'incidents', computed: true });
  });
});

describe('factTable(curated, computed)', () => {
  test('sorts by id and refuses a curated fact that clashes with a computed one', () => {
    const computed = computedFacts(window, ranked);
    expect(factTable(curatedFacts([row('zz', 'number', '1')]), computed).map((fact) => fact.id)).toEqual([
      'anchor-kind-count',
      'anchor-rank-records',
      'comparison-incidents',
      'exposure-days',
      'zz',
    ]);
    expect(() => factTable(curatedFacts([row('exposure-days', 'number', '25')]), computed)).toThrow(/computes/);
  });
});
