import { describe, expect, test } from 'vitest';
import { incidentRowSchema, type IncidentRow } from '../schemas/raw.ts';
import { anchorIncidentId, incidentsByYearAndCause, rankIncidents, sameKind, unitKind } from './incidents.ts';

const incident = (
  id: string,
  year: number,
  records: number,
  cause: IncidentRow['cause'],
  unit = 'records',
): IncidentRow => ({
  id,
  organization: id,
  year_disclosed: year,
  month_disclosed: 1,
  records,
  record_unit: unit,
  cause,
  technology: 'unknown',
  sensitive_fields: 'emails',
  source_ids: ['a'],
  headline_status: 'single-source',
  checked_against: 'None read.',
});

const rows = [
  incident('small-2019', 2019, 5, 'hack'),
  incident(anchorIncidentId, 2020, 250, 'misconfiguration'),
  incident('big-2019', 2019, 900, 'misconfiguration', 'accounts'),
  incident('tie-b-2019', 2019, 5, 'misconfiguration'),
  incident('guests-2018', 2018, 300, 'hack', 'records (guest records, upper limit)'),
];

describe('unitKind(unit)', () => {
  test.each([
    ['records', 'records'],
    ['records (voter records)', 'records'],
    ['email records', 'records'],
    ['accounts', 'accounts'],
    ['people (US)', 'people'],
    ['Aadhaar numbers', 'people'],
    ['payment cards', 'cards'],
    ['households', 'other'],
    ['email addresses (unique)', 'other'],
  ])('%s counts %s', (unit, kind) => {
    expect(unitKind(unit)).toBe(kind);
  });

  test('a unit of unknown kind is refused by the raw schema, naming the known units', () => {
    const cells = {
      id: 'x-2019',
      organization: 'X',
      year_disclosed: '2019',
      month_disclosed: '1',
      records: '5',
      record_unit: 'widgets',
      cause: 'hack',
      technology: 'unknown',
      sensitive_fields: 'emails',
      source_ids: 'a',
      notes: '',
      headline_status: 'single-source',
      checked_against: 'None read.',
    };
    const result = incidentRowSchema.safeParse(cells);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['record_unit'],
      message: expect.stringMatching(/must start with a unit whose kind is known \(records, email records, accounts/),
    });
    expect(incidentRowSchema.safeParse({ ...cells, record_unit: 'records (résumés)' }).success).toBe(true);
  });
});

describe('rankIncidents(rows)', () => {
  test('ranks by headline figure, largest first, ties by id, and marks the Microsoft exposure', () => {
    const ranked = rankIncidents(rows);
    expect(ranked.map((row) => [row.rank, row.id])).toEqual([
      [1, 'big-2019'],
      [2, 'guests-2018'],
      [3, anchorIncidentId],
      [4, 'small-2019'],
      [5, 'tie-b-2019'],
    ]);
    expect(ranked.filter((row) => row.isAnchor).map((row) => row.id)).toEqual([anchorIncidentId]);
  });

  test('ranks again within each kind, so records are compared only with records', () => {
    const ranked = rankIncidents(rows);
    expect(ranked.map((row) => [row.id, row.kind, row.kindRank])).toEqual([
      ['big-2019', 'accounts', 1],
      ['guests-2018', 'records', 1],
      [anchorIncidentId, 'records', 2],
      ['small-2019', 'records', 3],
      ['tie-b-2019', 'records', 4],
    ]);
    const anchor = ranked.find((row) => row.isAnchor)!;
    expect(sameKind(ranked, anchor).map((row) => row.id)).toEqual([
      'guests-2018',
      anchorIncidentId,
      'small-2019',
      'tie-b-2019',
    ]);
  });
});

describe('incidentsByYearAndCause(rows)', () => {
  test('counts and sums per year and cause, listing the units it summed', () => {
    expect(incidentsByYearAndCause(rows)).toEqual([
      { year: 2018, cause: 'hack', incidents: 1, headlineTotal: 300, units: ['records (guest records, upper limit)'] },
      { year: 2019, cause: 'hack', incidents: 1, headlineTotal: 5, units: ['records'] },
      { year: 2019, cause: 'misconfiguration', incidents: 2, headlineTotal: 905, units: ['accounts', 'records'] },
      { year: 2020, cause: 'misconfiguration', incidents: 1, headlineTotal: 250, units: ['records'] },
    ]);
  });
});
