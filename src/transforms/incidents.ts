/** Pure transforms over the comparison incidents. */
import { unitHead, unitKindByHead, type IncidentRow, type UnitKind } from '../schemas/raw.ts';
import type { RankedIncident, YearCause } from '../schemas/derived.ts';

/** Id of the Microsoft exposure in `incidents.csv`. */
export const anchorIncidentId = 'microsoft-customer-support-2019';

/**
 * The fact that states the anchor's headline figure. The record-volume chart takes its title and
 * copies from this fact and its bar from the anchor's row, so the data build holds the two equal.
 */
export const anchorRecordsFactId = 'records-exposed';

/** The kind of thing a unit counts; the raw schema has already refused units of unknown kind. */
export function unitKind(unit: string): UnitKind {
  const kind = unitKindByHead[unitHead(unit)];
  if (!kind) throw new Error(`Unit "${unit}" has no kind in unitKindByHead (src/schemas/raw.ts)`);
  return kind;
}

/** Largest headline figure first; ties by id, so the order never depends on the file's. */
const bySize = (a: IncidentRow, b: IncidentRow) => b.records - a.records || a.id.localeCompare(b.id);

/**
 * Incidents from the largest headline figure to the smallest, numbered from 1 overall and again
 * within each kind of unit. Only the rank within a kind compares like with like. The kind is read
 * from the English unit (`kindOf`), so an edition whose units are translated passes the English row's.
 */
export function rankIncidents(
  rows: readonly IncidentRow[],
  kindOf: (row: IncidentRow) => UnitKind = (row) => unitKind(row.record_unit),
): RankedIncident[] {
  const seenInKind = new Map<UnitKind, number>();
  return [...rows].sort(bySize).map((row, index) => {
    const kind = kindOf(row);
    const kindRank = (seenInKind.get(kind) ?? 0) + 1;
    seenInKind.set(kind, kindRank);
    return {
      rank: index + 1,
      id: row.id,
      organization: row.organization,
      year: row.year_disclosed,
      month: row.month_disclosed,
      records: row.records,
      unit: row.record_unit,
      kind,
      kindRank,
      headlineStatus: row.headline_status,
      checkedAgainst: row.checked_against,
      cause: row.cause,
      technology: row.technology,
      sourceIds: row.source_ids,
      isAnchor: row.id === anchorIncidentId,
    };
  });
}

/** Incidents of the same kind as `incident`, in rank order (the like-for-like comparison). */
export function sameKind(ranked: readonly RankedIncident[], incident: RankedIncident): RankedIncident[] {
  return ranked.filter((other) => other.kind === incident.kind);
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
