/** Pure transforms over the comparison incidents. */
import type { IncidentRow } from '../schemas/raw.ts';
import type { RankedIncident, YearCause } from '../schemas/derived.ts';

/** Id of the Microsoft exposure in `incidents.csv`. */
export const anchorIncidentId = 'microsoft-customer-support-2019';

/** Incidents from the largest headline figure to the smallest (ties by id), numbered from 1. */
export function rankIncidents(rows: readonly IncidentRow[]): RankedIncident[] {
  return [...rows]
    .sort((a, b) => b.records - a.records || a.id.localeCompare(b.id))
    .map((row, index) => ({
      rank: index + 1,
      id: row.id,
      organization: row.organization,
      year: row.year_disclosed,
      month: row.month_disclosed,
      records: row.records,
      unit: row.record_unit,
      cause: row.cause,
      technology: row.technology,
      sourceIds: row.source_ids,
      isAnchor: row.id === anchorIncidentId,
    }));
}

/** Count and headline total of incidents per year of disclosure and cause, sorted by year then cause. */
export function incidentsByYearAndCause(rows: readonly IncidentRow[]): YearCause[] {
  const groups = new Map<string, YearCause>();
  for (const row of rows) {
    const key = `${row.year_disclosed}|${row.cause}`;
    const group = groups.get(key) ?? {
      year: row.year_disclosed,
      cause: row.cause,
      incidents: 0,
      headlineTotal: 0,
      units: [],
    };
    groups.set(key, {
      ...group,
      incidents: group.incidents + 1,
      headlineTotal: group.headlineTotal + row.records,
      units: [...new Set([...group.units, row.record_unit])].sort(),
    });
  }
  return [...groups.values()].sort((a, b) => a.year - b.year || a.cause.localeCompare(b.cause));
}
