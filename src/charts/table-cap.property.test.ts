/**
 * The table cap: a chart table that grows with the data lists every row up to `tableRowLimit`
 * and, above it, the rows the chart picks, while the CSV and JSON keep every row. Properties of
 * `listedRows` over any rows and limit, then the record-volume chart and its figure frame on the
 * fixture data grown past the limit.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import type { DerivedData } from '../lib/derived-data.ts';
import type { RankedIncident } from '../schemas/derived.ts';
import { runs } from '../schemas/arbitraries.ts';
import { listedRows, tableRowLimit } from './chart.ts';
import { chartCsv, chartJson } from './download-files.ts';
import { figureModel, parseFigureProps } from './figure-model.ts';
import { chartedIncidents, recordVolumeChart } from './record-volume.ts';
import { serverDocument } from './server-svg.ts';

/** Rows with a size and an optional anchor flag, as the record-volume rows are; the pick keeps the largest and the anchor. */
const rowsArbitrary = fc
  .array(fc.record({ size: fc.nat(1000), anchor: fc.boolean() }), { maxLength: 80 })
  .map((rows) => rows.map((row, index) => ({ ...row, id: index })));
const largestAndAnchor = (rows: readonly { size: number; anchor: boolean }[], limit: number) => {
  const bySize = [...rows].sort((a, b) => b.size - a.size);
  return [...bySize.slice(0, limit), ...bySize.slice(limit).filter((row) => row.anchor)];
};

describe('listedRows(rows, limit, pick)', () => {
  test('lists every row, in order, up to the limit or without a pick', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.nat(100), (rows, limit) => {
        const all = { listed: rows, capped: false };
        if (rows.length <= limit) expect(listedRows(rows, limit, largestAndAnchor)).toEqual(all);
        expect(listedRows(rows, limit, undefined)).toEqual(all);
      }),
      runs(300),
    );
  });

  test('above the limit, lists what the pick chooses and nothing else, in the table order, and says it is capped', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.nat(60), (rows, limit) => {
        fc.pre(rows.length > limit);
        const { listed, capped } = listedRows(rows, limit, largestAndAnchor);
        const picked = new Set(largestAndAnchor(rows, limit));
        expect(listed).toEqual(rows.filter((row) => picked.has(row)));
        expect(capped).toBe(listed.length < rows.length);
        // The anchor is never left out, and no listed row is smaller than one left out, anchors aside.
        for (const row of rows.filter((candidate) => candidate.anchor)) expect(listed).toContain(row);
        const smallestListed = Math.min(...listed.filter((row) => !row.anchor).map((row) => row.size));
        for (const row of rows.filter((candidate) => !listed.includes(candidate)))
          expect(row.size).toBeLessThanOrEqual(smallestListed);
      }),
      runs(300),
    );
  });
});

/** The fixture's comparison set grown to `count` incidents: copies with new ids, sizes and ranks, the anchor kept. */
function grownFixture(count: number): DerivedData {
  const data = fixture();
  const anchor = data.incidents.find((incident) => incident.isAnchor)!;
  const others = data.incidents.filter((incident) => !incident.isAnchor);
  const extra: RankedIncident[] = Array.from({ length: count - data.incidents.length }, (_, index) => ({
    ...others[index % others.length]!,
    id: `grown-${index}`,
    organization: `Grown Org ${index}`,
    // Some far above the anchor's 250 million, so it falls out of the top and must be added back.
    records: 1_000_000 + ((index * 7_919_993) % 9_000_000_000),
  }));
  const incidents = [anchor, ...others, ...extra]
    .sort((a, b) => b.records - a.records)
    .map((incident, index) => ({ ...incident, rank: index + 1 }));
  return { ...data, incidents };
}

describe('the record-volume table, capped', () => {
  const context = { text: strings, getSource: fixture().getSource };
  const total = tableRowLimit * 3;
  const chart = recordVolumeChart.build(grownFixture(total), strings);
  const organisations = (rows: readonly Record<string, unknown>[]) => rows.map((row) => row['organization']);

  test('lists the largest incidents and Microsoft, the downloads every incident', () => {
    const incidents = grownFixture(total).incidents;
    expect(chart.table.rows).toHaveLength(total);
    expect(organisations(chart.table.listed)).toEqual(
      organisations(chartedIncidents(incidents, tableRowLimit).sort((a, b) => a.rank - b.rank)),
    );
    expect(organisations(chart.table.listed)).toContain('Microsoft');
    expect(chart.table.cap).toMatchObject({ top: tableRowLimit, shown: tableRowLimit + 1, total });
    expect(chartCsv(chart).trimEnd().split('\n')).toHaveLength(total + 1);
    expect(JSON.parse(chartJson(chart)).rows).toHaveLength(total);
  });

  test('the frame writes only the listed rows, with a line that says how many of how many and links the downloads', () => {
    const model = figureModel(chart, parseFigureProps({ chart: 'record-volume' }), context);
    expect(model.table.rows).toHaveLength(tableRowLimit + 1);
    const note = model.table.capNote!;
    expect(note.id).toBe('figure-record-volume-table-note');
    const line = note.parts.map((part) => part.text).join('');
    expect(line).toContain(`lists ${tableRowLimit + 1} of the ${total} incidents: the ${tableRowLimit} largest`);
    expect(line).toContain(`Sorting reorders these ${tableRowLimit + 1}`);
    expect(note.parts.filter((part) => 'href' in part)).toEqual([
      { href: '/charts/record-volume.csv', text: 'CSV download' },
      { href: '/charts/record-volume.json', text: 'JSON download' },
    ]);
    // The embed writes the same table.
    const embed = figureModel(chart, parseFigureProps({ chart: 'record-volume', embed: true }), context);
    expect(embed.table.rows).toEqual(model.table.rows);
  });

  test('the chart says the table lists the largest, and the cap keeps the sources of every listed row', () => {
    const { svg } = chart.render({ width: 720, document: serverDocument(), idPrefix: 'capped' });
    const lines = Array.from(svg.querySelectorAll('tspan'), (line) => line.textContent).join(' ');
    expect(lines).toContain(`The table lists the ${tableRowLimit} largest and Microsoft`);
    const incidents = grownFixture(total).incidents;
    const listedIds = new Set(organisations(chart.table.listed));
    const expected = new Set(
      incidents.filter((incident) => listedIds.has(incident.organization)).flatMap((incident) => incident.sourceIds),
    );
    expect(new Set(chart.table.cap!.sourceIds)).toEqual(expected);
  });

  test('at or under the limit nothing is capped: the fixture table lists every incident, with no line', () => {
    for (const count of [fixture().incidents.length, tableRowLimit]) {
      const small = recordVolumeChart.build(grownFixture(count), strings);
      expect(small.table.listed).toEqual(small.table.rows);
      expect(small.table.cap).toBeUndefined();
      expect(figureModel(small, parseFigureProps({ chart: 'record-volume' }), context).table.capNote).toBeUndefined();
    }
  });
});
