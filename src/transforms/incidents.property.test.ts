/** Properties of the aggregates: the by-year totals add up to the rows, in the transform and through the whole data build. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildDerived } from '../pipeline/build.ts';
import { withIncidents } from '../pipeline/raw-fixture.ts';
import { runs } from '../schemas/arbitraries.ts';
import type { YearCause } from '../schemas/derived.ts';
import type { IncidentRow } from '../schemas/raw.ts';
import { csvRecord } from './csv.ts';
import { incidentsByYearAndCause } from './incidents.ts';

const causes = ['misconfiguration', 'hack', 'other', 'insider'] as const;

/** Incident rows whose records add up to at most 2^53 − 1 however they are grouped. */
const incidentRows = fc.integer({ min: 1, max: 40 }).chain((count) =>
  fc.array(
    fc.record({
      year: fc.integer({ min: 2000, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      records: fc.oneof(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: Math.floor(Number.MAX_SAFE_INTEGER / count) }),
      ),
      unit: fc.constantFrom('records', 'accounts', 'people'),
      cause: fc.constantFrom(...causes),
    }),
    { minLength: count, maxLength: count },
  ),
);

/** Exact sums (BigInt) and counts per year and cause, computed independently of the transform. */
function expectedGroups(rows: readonly { year: number; cause: string; records: number; unit: string }[]) {
  const groups = new Map<string, { incidents: number; total: bigint; units: Set<string> }>();
  for (const row of rows) {
    const key = `${row.year}|${row.cause}`;
    const group = groups.get(key) ?? { incidents: 0, total: 0n, units: new Set<string>() };
    group.incidents += 1;
    group.total += BigInt(row.records);
    group.units.add(row.unit);
    groups.set(key, group);
  }
  return groups;
}

function expectTotalsAddUp(rows: Parameters<typeof expectedGroups>[0], byYear: readonly YearCause[]) {
  const expected = expectedGroups(rows);
  expect(byYear).toHaveLength(expected.size);
  for (const group of byYear) {
    const want = expected.get(`${group.year}|${group.cause}`);
    expect(want, `${group.year} ${group.cause}`).toBeDefined();
    expect(BigInt(group.headlineTotal)).toBe(want?.total);
    expect(group.incidents).toBe(want?.incidents);
    expect(group.units).toEqual([...(want?.units ?? [])].sort());
  }
  expect(byYear.reduce((sum, group) => sum + group.incidents, 0)).toBe(rows.length);
  const order = byYear.map((group) => [group.year, causes.indexOf(group.cause as (typeof causes)[number])]);
  expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || 0));
}

describe('incidents by year and cause', () => {
  test('each group counts its rows and totals their records exactly; the groups cover every row once', () => {
    fc.assert(
      fc.property(incidentRows, (rows) => {
        const raw: IncidentRow[] = rows.map((row, index) => ({
          id: `incident-${index}`,
          organization: 'Contoso',
          year_disclosed: row.year,
          month_disclosed: row.month,
          records: row.records,
          record_unit: row.unit,
          cause: row.cause,
          technology: 'unknown',
          sensitive_fields: 'names',
          source_ids: ['outlet-a'],
          headline_status: 'single-source',
          checked_against: 'Synthetic: no second source read.',
        }));
        expectTotalsAddUp(rows, incidentsByYearAndCause(raw));
      }),
      runs(300),
    );
  });

  test('through the data build: the written incidents-by-year-cause.json adds up to the rows of incidents.csv', () => {
    fc.assert(
      fc.property(incidentRows, (rows) => {
        const lines = rows.map((row, index) =>
          csvRecord([
            `synthetic-${String(index).padStart(3, '0')}`,
            'Contoso',
            row.year,
            row.month,
            row.records,
            row.unit,
            row.cause,
            'unknown',
            'names',
            'outlet-a',
            'Synthetic row.',
            'single-source',
            'Synthetic: no second source read.',
          ]),
        );
        const result = buildDerived(withIncidents(lines), 'tests/fixtures/raw');
        if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
        const fixtureRows = [
          { year: 2016, cause: 'hack', records: 3_000_000_000, unit: 'accounts' },
          { year: 2020, cause: 'misconfiguration', records: 250_000_000, unit: 'records' },
          { year: 2019, cause: 'misconfiguration', records: 340_000_000, unit: 'records' },
        ];
        expectTotalsAddUp([...fixtureRows, ...rows], JSON.parse(result.files['incidents-by-year-cause.json'] ?? ''));
      }),
      runs(40),
    );
  });
});
