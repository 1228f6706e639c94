/** Pure transforms from fact rows to the facts dataset, adding the figures the build computes. */
import type { FactRow } from '../schemas/raw.ts';
import type { ExposureWindow, Fact, RankedIncident } from '../schemas/derived.ts';
import { sameKind } from './incidents.ts';

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
    ...(row.established_by ? { establishedBy: row.established_by } : {}),
    computed: false,
  }));
}

/**
 * Figures computed from other rows, each with a note that says how. The rank of the Microsoft
 * exposure is taken within its kind of unit (records of any sort), because a figure that counts
 * accounts or people is not comparable one to one; `anchor-kind-count` says how many it is ranked among.
 */
export function computedFacts(window: ExposureWindow, ranked: readonly RankedIncident[]): Fact[] {
  const anchor = ranked.find((incident) => incident.isAnchor);
  // The anchor's own sources come first: prose links a figure to its first source.
  const anchorFirst = (incidents: readonly RankedIncident[]) => [
    ...new Set([...(anchor?.sourceIds ?? []), ...incidents.flatMap((incident) => incident.sourceIds).sort()]),
  ];
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
      sourceIds: anchorFirst(ranked),
      status: 'confirmed',
      note: 'Computed: rows in incidents.csv, a curated list of notable incidents, not a census.',
      computed: true,
    },
  ];
  if (anchor) {
    const peers = sameKind(ranked, anchor);
    const units = [...new Set(peers.map((incident) => incident.unit))].sort();
    const sourceIds = anchorFirst(peers);
    facts.push(
      {
        id: 'anchor-rank-records',
        kind: 'number',
        value: anchor.kindRank,
        unit: 'rank',
        label: `Rank of the Microsoft exposure among the ${peers.length} incidents counted in ${anchor.kind}`,
        sourceIds,
        status: 'confirmed',
        note: `Computed: position by headline figure among the incidents whose unit is of the kind "${anchor.kind}" (${units.join('; ')}).`,
        computed: true,
      },
      {
        id: 'anchor-kind-count',
        kind: 'number',
        value: peers.length,
        unit: 'incidents',
        label: `Incidents in the comparison set counted in ${anchor.kind}`,
        sourceIds,
        status: 'confirmed',
        note: `Computed: incidents whose unit is of the kind "${anchor.kind}" (${units.join('; ')}), the Microsoft exposure included.`,
        computed: true,
      },
    );
  }
  return facts;
}

/** Curated and computed facts together, sorted by id; a computed id must not clash with a curated one. */
export function factTable(curated: readonly Fact[], computed: readonly Fact[]): Fact[] {
  const clash = computed.find((fact) => curated.some((row) => row.id === fact.id));
  if (clash) throw new Error(`facts.csv defines "${clash.id}", which the build computes`);
  return [...curated, ...computed].sort((a, b) => a.id.localeCompare(b.id));
}
