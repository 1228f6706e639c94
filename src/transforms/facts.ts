/** Pure transforms from fact rows to the facts dataset, adding the figures the build computes. */
import { strings, type InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
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
 * Labels and notes are `text` (strings.json `derivedData`, in the edition's language).
 */
export function computedFacts(
  window: ExposureWindow,
  ranked: readonly RankedIncident[],
  text: InterfaceStrings['derivedData'] = strings.derivedData,
): Fact[] {
  const words = text.computedFacts;
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
      label: words.exposureDays.label,
      sourceIds: window.sourceIds,
      status: 'confirmed',
      note: fillTemplate(words.exposureDays.note, { start: window.start, end: window.end }),
      computed: true,
    },
    {
      id: 'comparison-incidents',
      kind: 'number',
      value: ranked.length,
      unit: 'incidents',
      label: words.comparisonIncidents.label,
      sourceIds: anchorFirst(ranked),
      status: 'confirmed',
      note: words.comparisonIncidents.note,
      computed: true,
    },
  ];
  if (anchor) {
    const peers = sameKind(ranked, anchor);
    const units = [...new Set(peers.map((incident) => incident.unit))].sort();
    const sourceIds = anchorFirst(peers);
    const values = { count: peers.length, kind: text.unitKinds[anchor.kind], units: units.join('; ') };
    facts.push(
      {
        id: 'anchor-rank-records',
        kind: 'number',
        value: anchor.kindRank,
        unit: 'rank',
        label: fillTemplate(words.anchorRank.label, values),
        sourceIds,
        status: 'confirmed',
        note: fillTemplate(words.anchorRank.note, values),
        computed: true,
      },
      {
        id: 'anchor-kind-count',
        kind: 'number',
        value: peers.length,
        unit: 'incidents',
        label: fillTemplate(words.anchorKindCount.label, values),
        sourceIds,
        status: 'confirmed',
        note: fillTemplate(words.anchorKindCount.note, values),
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
