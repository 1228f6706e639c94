/** Pure transforms from fact rows to the facts dataset, adding the figures the build computes. */
import type { FactRow } from '../schemas/raw.ts';
import type { ExposureWindow, Fact, RankedIncident } from '../schemas/derived.ts';

/** Facts as typed values: numbers become numbers, dates stay YYYY-MM-DD. */
export function curatedFacts(rows: readonly FactRow[]): Fact[] {
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    value: row.kind === 'number' ? Number(row.value) : row.value,
    unit: row.unit,
    label: row.label,
    sourceIds: row.source_ids,
    status: row.status,
    ...(row.note ? { note: row.note } : {}),
    computed: false,
  }));
}

/** Figures computed from other rows, each with a note that says how. */
export function computedFacts(window: ExposureWindow, ranked: readonly RankedIncident[]): Fact[] {
  const anchor = ranked.find((incident) => incident.isAnchor);
  const sameUnit = ranked.filter((incident) => anchor && incident.unit === anchor.unit);
  const facts: Fact[] = [
    {
      id: 'exposure-days',
      kind: 'number',
      value: window.days,
      unit: 'days',
      label: 'Days the database was open',
      sourceIds: window.sourceIds,
      status: 'confirmed',
      note: `Computed: days from ${window.start} (the security-rule change) to ${window.end} (the fix), both dates as Microsoft gave them.`,
      computed: true,
    },
    {
      id: 'comparison-incidents',
      kind: 'number',
      value: ranked.length,
      unit: 'incidents',
      label: 'Incidents in the comparison set',
      sourceIds: [...new Set(ranked.flatMap((incident) => incident.sourceIds))].sort(),
      status: 'confirmed',
      note: 'Computed: rows in incidents.csv, a curated list of notable incidents, not a census.',
      computed: true,
    },
  ];
  if (anchor) {
    facts.push({
      id: 'anchor-rank-records',
      kind: 'number',
      value: sameUnit.findIndex((incident) => incident.isAnchor) + 1,
      unit: 'rank',
      label: `Rank of the Microsoft exposure among the ${sameUnit.length} incidents counted in ${anchor.unit}`,
      sourceIds: anchor.sourceIds,
      status: 'confirmed',
      note: `Computed: position by headline figure among incidents whose unit is "${anchor.unit}".`,
      computed: true,
    });
  }
  return facts;
}

/** Curated and computed facts together, sorted by id; a computed id must not clash with a curated one. */
export function factTable(curated: readonly Fact[], computed: readonly Fact[]): Fact[] {
  const clash = computed.find((fact) => curated.some((row) => row.id === fact.id));
  if (clash) throw new Error(`facts.csv defines "${clash.id}", which the build computes`);
  return [...curated, ...computed].sort((a, b) => a.id.localeCompare(b.id));
}
