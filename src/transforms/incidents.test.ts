import { describe, expect, test } from 'vitest';
import type { IncidentRow } from '../schemas/raw.ts';
import { anchorIncidentId, incidentsByYearAndCause, rankIncidents } from './incidents.ts';

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
});

const rows = [
  incident('small-2019', 2019, 5, 'hack'),
  incident(anchorIncidentId, 2020, 250, 'misconfiguration'),
  incident('big-2019', 2019, 900, 'misconfiguration', 'accounts'),
  incident('tie-b-2019', 2019, 5, 'misconfiguration'),
];

describe('rankIncidents(rows)', () => {
  test('ranks by headline figure, largest first, ties by id, and marks the Microsoft exposure', () => {
    const ranked = rankIncidents(rows);
    expect(ranked.map((row) => [row.rank, row.id])).toEqual([
      [1, 'big-2019'],
      [2, anchorIncidentId],
      [3, 'small-2019'],
      [4, 'tie-b-2019'],
    ]);
    expect(ranked.filter((row) => row.isAnchor).map((row) => row.id)).toEqual([anchorIncidentId]);
  });
});

describe('incidentsByYearAndCause(rows)', () => {
  test('counts and sums per year and cause, listing the units it summed', () => {
    expect(incidentsByYearAndCause(rows)).toEqual([
      { year: 2019, cause: 'hack', incidents: 1, headlineTotal: 5, units: ['records'] },
      { year: 2019, cause: 'misconfiguration', incidents: 2, headlineTotal: 905, units: ['accounts', 'records'] },
      { year: 2020, cause: 'misconfiguration', incidents: 1, headlineTotal: 250, units: ['records'] },
    ]);
  });
});
