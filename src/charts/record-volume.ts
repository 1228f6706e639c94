/**
 * Record volume: how big is 250 million? The five mirrored copies of the same records, then every
 * incident in the comparison set on a base-10 log scale, so a 7.5 million bar and a 3 billion bar
 * are both readable. Each bar says its own unit; the Microsoft exposure is marked.
 */
import { formatCount, formatCountOf, formatGrouped } from '../lib/format.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
import type { RankedIncident } from '../schemas/derived.ts';
import { defineChart, sourcesOf } from './chart.ts';
import { formatOrdinal, formatTickCount, wrapText } from './format.ts';
import { narrowBelow, type RenderedChart, type RenderOptions } from './layout.ts';
import { paint } from './palette.ts';
import { countLogScale, powerOfTenTicks } from './scales.ts';
import { chartRoot, classes, multilineText, svgElement } from './svg.ts';

/**
 * Incidents whose headline figure a source we read contradicts (`headlineStatus` "disputed" in the
 * data): the bars stay, flagged with a dagger, because the figure is the one most reports use.
 */
export function isDisputedHeadline(incident: RankedIncident): boolean {
  return incident.headlineStatus === 'disputed';
}

/** How many incidents of each kind of unit the comparison holds, for "ranked 9th of 15 counted in records". */
export function kindCounts(incidents: readonly RankedIncident[]): Map<RankedIncident['kind'], number> {
  const counts = new Map<RankedIncident['kind'], number>();
  for (const incident of incidents) counts.set(incident.kind, (counts.get(incident.kind) ?? 0) + 1);
  return counts;
}

/** The record-volume chart's data: the ranked comparison set and the two facts about the copies. */
export interface RecordVolumeData {
  incidents: readonly RankedIncident[];
  /** Number of mirrored servers (fact `servers`). */
  servers: number;
  /** Records on each, and in all (fact `records-exposed`). */
  records: number;
}

/** "250 million records" / "3 billion accounts" ("250 millones de registros"): a figure always with its own unit. */
export function formatWithUnit(records: number, unit: string, locale?: string): string {
  return formatCountOf(records, unit, locale);
}

/** The label lines of one incident: organisation (flagged when disputed), then figure, unit and year. */
export function incidentLabel(
  incident: RankedIncident,
  maxChars: number,
  text: InterfaceStrings,
): { name: string[]; figure: string[] } {
  const flag = isDisputedHeadline(incident) ? ' †' : '';
  const anchor = incident.isAnchor ? ` · ${text.charts.recordVolume.anchor}` : '';
  const figure = `${formatWithUnit(incident.records, incident.unit, text.locale)} · ${incident.year}${anchor}`;
  return { name: wrapText(`${incident.organization}${flag}`, maxChars), figure: wrapText(figure, maxChars) };
}

const lineHeight = 15;

/** What a bar's details say: cause, the kind of system, the rank within its kind of unit and, when it applies, the flag. */
function incidentDetail(
  incident: RankedIncident,
  perKind: ReadonlyMap<string, number>,
  text: InterfaceStrings,
): string {
  const words = text.charts.recordVolume;
  const technologies: Record<string, string> = words.technology;
  return [
    fillTemplate(words.markDetail, {
      cause: text.charts.recordsByYearCause.causes[incident.cause],
      technology: technologies[incident.technology] ?? incident.technology,
    }),
    fillTemplate(words.rankInKind, {
      rank: incident.kindRank,
      count: perKind.get(incident.kind) ?? 0,
      kind: incident.kind,
    }),
    isDisputedHeadline(incident) ? words.disputedNote : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Renders the record-volume chart as an SVG element at the given width. */
export function renderRecordVolume(
  data: RecordVolumeData,
  options: RenderOptions,
  text: InterfaceStrings,
): RenderedChart {
  const words = text.charts.recordVolume;
  const { width, document } = options;
  const narrow = width < narrowBelow;
  const labelWidth = narrow ? width - 16 : 270;
  const maxChars = Math.floor(labelWidth / 7);
  const x0 = narrow ? 8 : labelWidth + 16;
  const x1 = width - 16;
  const perKind = kindCounts(data.incidents);
  const x = countLogScale(
    data.incidents.map((incident) => incident.records),
    [x0, x1],
  );

  // Part 1: the mirrored copies.
  const copies = svgElement(document, 'g', { class: 'volume-copies' });
  copies.append(
    svgElement(document, 'text', { x: 8, y: 16, 'font-weight': 700, ...paint({ fill: 'text' }) }, [
      fillTemplate(words.copies, { servers: data.servers }),
    ]),
  );
  const gap = 6;
  const copyWidth = (width - 16 - gap * (data.servers - 1)) / data.servers;
  const copyWhen = fillTemplate(words.copyWhen, { records: formatCount(data.records, text.locale) });
  for (let n = 0; n < data.servers; n++) {
    const cx = 8 + n * (copyWidth + gap);
    const copy = svgElement(document, 'g', {
      class: 'chart-mark',
      'data-mark': `copy-${n + 1}`,
      'data-title': fillTemplate(words.copy, { n: n + 1 }),
      'data-when': copyWhen,
      'data-detail': fillTemplate(words.copiesNote, {
        records: formatCount(data.records, text.locale),
        servers: data.servers,
      }),
      role: 'img',
      'aria-label': `${fillTemplate(words.copy, { n: n + 1 })}: ${copyWhen}`,
    });
    copy.append(
      svgElement(document, 'rect', { x: cx, y: 26, width: copyWidth, height: 34, rx: 3, ...paint({ fill: 'anchor' }) }),
      svgElement(
        document,
        'text',
        { x: cx + copyWidth / 2, y: 48, 'text-anchor': 'middle', 'font-weight': 700, ...paint({ fill: 'bg' }) },
        [formatTickCount(data.records, text.locale)],
      ),
      svgElement(
        document,
        'text',
        { x: cx + copyWidth / 2, y: 76, 'text-anchor': 'middle', 'font-size': 11.5, ...paint({ fill: 'muted' }) },
        [fillTemplate(words.copy, { n: n + 1 })],
      ),
    );
    copies.append(copy);
  }
  const noteLines = wrapText(
    fillTemplate(words.copiesNote, { records: formatCount(data.records, text.locale), servers: data.servers }),
    Math.floor((width - 16) / 6.4),
  );
  copies.append(multilineText(document, noteLines, { x: 8, y: 98, ...paint({ fill: 'text' }) }, lineHeight));
  let y = 98 + noteLines.length * lineHeight + 18;

  // Part 2: the comparison on a log scale.
  const headingLines = wrapText(words.comparison, Math.floor((width - 16) / 6.8));
  const comparison = svgElement(document, 'g', { class: 'volume-comparison' });
  comparison.append(
    multilineText(document, headingLines, { x: 8, y, 'font-weight': 700, ...paint({ fill: 'text' }) }, lineHeight + 1),
  );
  y += headingLines.length * (lineHeight + 1) + 14;
  const axisY = y;
  y += 10;
  const bars = svgElement(document, 'g', { class: 'volume-bars' });
  for (const incident of data.incidents) {
    const label = incidentLabel(incident, maxChars, text);
    const name = isDisputedHeadline(incident) ? `${incident.organization} (${words.disputed})` : incident.organization;
    const lines = label.name.length + label.figure.length;
    const labelHeight = lines * lineHeight;
    const barHeight = 12;
    const rowHeight = narrow ? labelHeight + barHeight + 12 : Math.max(labelHeight, barHeight) + 10;
    const barY = narrow ? y + labelHeight + 2 : y + (rowHeight - 10 - barHeight) / 2;
    const mark = svgElement(document, 'g', {
      class: classes('chart-mark', incident.isAnchor && 'is-anchor'),
      'data-mark': incident.id,
      'data-title': incident.organization,
      'data-when': `${formatWithUnit(incident.records, incident.unit, text.locale)}, ${incident.year}`,
      'data-detail': incidentDetail(incident, perKind, text),
      role: 'img',
      'aria-label': `${name}: ${formatWithUnit(incident.records, incident.unit, text.locale)}, ${incident.year}.`,
    });
    mark.append(
      svgElement(document, 'rect', { class: 'hit', x: 0, y: y - 2, width, height: rowHeight - 4, fill: 'transparent' }),
    );
    const nameWeight = incident.isAnchor ? 700 : 400;
    mark.append(
      multilineText(
        document,
        label.name,
        { x: 8, y: y + 11, 'font-weight': nameWeight, ...paint({ fill: 'text' }) },
        lineHeight,
      ),
    );
    mark.append(
      multilineText(
        document,
        label.figure,
        {
          x: 8,
          y: y + 11 + label.name.length * lineHeight,
          'font-size': 12,
          ...paint({ fill: incident.isAnchor ? 'text' : 'muted' }),
        },
        lineHeight,
      ),
    );
    const barEnd = x(incident.records);
    mark.append(
      svgElement(document, 'rect', {
        x: x0,
        y: barY,
        width: Math.max(2, barEnd - x0),
        height: barHeight,
        ...paint({ fill: incident.isAnchor ? 'anchor' : 'axis' }),
      }),
    );
    bars.append(mark);
    y += rowHeight;
  }
  // Gridlines at powers of ten, labelled on top, drawn before the bars.
  const axis = svgElement(document, 'g', { class: 'volume-axis', 'aria-hidden': 'true', 'font-size': 11.5 });
  for (const tick of powerOfTenTicks(x)) {
    const tx = x(tick);
    axis.append(svgElement(document, 'path', { d: `M${tx},${axisY + 4}V${y}`, ...paint({ stroke: 'grid' }) }));
    axis.append(
      svgElement(
        document,
        'text',
        {
          x: tx,
          y: axisY,
          'text-anchor': tick === x.domain()[0] ? 'start' : tick === x.domain()[1] ? 'end' : 'middle',
          ...paint({ fill: 'muted' }),
        },
        [formatTickCount(tick, text.locale)],
      ),
    );
  }
  comparison.append(axis, bars);
  const rendered = chartRoot(document, {
    width,
    height: y + 8,
    idPrefix: options.idPrefix,
    title: options.title,
    description: options.description,
    className: 'chart-record-volume',
  });
  rendered.svg.append(copies, comparison);
  return rendered;
}

/** The record-volume description: scale, range with units, the copies and the anchor's rank. */
export function describeRecordVolume(data: RecordVolumeData, text: InterfaceStrings): string {
  const words = text.charts.recordVolume.describe;
  const sorted = [...data.incidents].sort((a, b) => a.records - b.records);
  const smallest = sorted[0];
  const largest = sorted.at(-1);
  const anchor = data.incidents.find((incident) => incident.isAnchor);
  if (!smallest || !largest || !anchor) throw new Error('describeRecordVolume needs incidents including the anchor');
  const count = data.incidents.length;
  return [
    fillTemplate(words.intro, {
      count,
      smallest: formatWithUnit(smallest.records, smallest.unit, text.locale),
      smallestName: smallest.organization,
      smallestYear: smallest.year,
      largest: formatWithUnit(largest.records, largest.unit, text.locale),
      largestName: largest.organization,
      largestYear: largest.year,
    }),
    fillTemplate(words.anchor, {
      figure: formatWithUnit(anchor.records, anchor.unit, text.locale),
      servers: data.servers,
      records: formatCount(data.records, text.locale),
      rank: formatOrdinal(anchor.kindRank, text.charts.ordinal, text.locale),
      count: data.incidents.filter((incident) => incident.kind === anchor.kind).length,
      kind: anchor.kind,
    }),
  ].join(' ');
}

/** The record-volume chart's data, and the facts it takes its copies from. */
interface RecordVolumeInput extends RecordVolumeData {
  /** Sources of the two facts (`records-exposed`, `servers`). */
  factSourceIds: readonly string[];
}

export const recordVolumeChart = defineChart({
  id: 'record-volume',
  data: (derived): RecordVolumeInput => {
    const servers = derived.getFact('servers');
    const records = derived.getFact('records-exposed');
    return {
      incidents: derived.incidents,
      servers: Number(servers.value),
      records: Number(records.value),
      factSourceIds: [...records.sourceIds, ...servers.sourceIds],
    };
  },
  words: (data, text) => {
    const words = text.charts.recordVolume;
    return {
      title: fillTemplate(words.title, { records: formatCount(data.records, text.locale), servers: data.servers }),
      subtitle: fillTemplate(words.subtitle, { servers: data.servers, count: data.incidents.length - 1 }),
      notes: words.notes,
    };
  },
  sourceIds: (data) => [...new Set([...data.factSourceIds, ...sourcesOf(data.incidents)])],
  describe: describeRecordVolume,
  download: ({ incidents, servers, records }): RecordVolumeData => ({ incidents, servers, records }),
  rows: (data) => data.incidents,
  columns: (text) => {
    const columns = text.charts.columns;
    const words = text.charts.recordVolume;
    return [
      { key: 'rank', label: columns.rankInKind, numeric: true, value: (incident) => incident.kindRank },
      { key: 'organization', label: columns.organization, value: (incident) => incident.organization },
      { key: 'year', label: columns.year, numeric: true, value: (incident) => incident.year },
      {
        key: 'records',
        label: columns.records,
        numeric: true,
        value: (incident) => incident.records,
        format: (value) => (typeof value === 'number' ? formatGrouped(value, text.locale) : value),
      },
      { key: 'unit', label: columns.unit, value: (incident) => incident.unit },
      {
        key: 'kind',
        label: columns.kind,
        value: (incident) => incident.kind,
        // The table names the kind in the edition's words; the downloads keep the value.
        format: (value) =>
          text.derivedData.unitKinds[value as keyof typeof text.derivedData.unitKinds] ?? String(value),
      },
      { key: 'checked', label: columns.checked, value: (incident) => text.home.status[incident.headlineStatus] },
      {
        key: 'cause',
        label: columns.cause,
        value: (incident) => incident.cause,
        format: (value) => {
          const causes = text.charts.recordsByYearCause.causes;
          return causes[value as keyof typeof causes] ?? String(value);
        },
      },
      {
        key: 'note',
        label: columns.note,
        value: (incident) =>
          [incident.isAnchor ? words.anchor : '', isDisputedHeadline(incident) ? words.disputed : '']
            .filter(Boolean)
            .join('; '),
      },
    ];
  },
  render: renderRecordVolume,
});
