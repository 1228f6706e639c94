/**
 * Record volume: how big is 250 million? The five mirrored copies of the same records, then every
 * incident in the comparison set on a base-10 log scale, so a 7.5 million bar and a 3 billion bar
 * are both readable. Each bar says its own unit; the Microsoft exposure is marked.
 */
import { formatCount, formatCountOf, formatGrouped } from '../lib/format.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
import type { RankedIncident } from '../schemas/derived.ts';
import { defineChart, listedRows, sourcesOf, tableRowLimit } from './chart.ts';
import { formatOrdinal, formatTickCount } from './format.ts';
import { narrowBelow, type RenderedChart, type RenderOptions } from './layout.ts';
import { paint } from './palette.ts';
import { countLogScale, powerOfTenTicks } from './scales.ts';
import { chartFontSize, chartRoot, classes, multilineText, svgElement } from './svg.ts';
import { wrapToWidth } from './text-metrics.ts';

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

/** How many of the largest incidents the chart draws; the rest, however many, are in the table and downloads. */
export const chartedTop = 10;

/**
 * The incidents the chart draws: the `top` largest by headline figure, then the anchor (Microsoft)
 * where it is not among them. The page stays the same size whether the set holds 44 incidents or 10,000.
 */
export function chartedIncidents(incidents: readonly RankedIncident[], top = chartedTop): RankedIncident[] {
  const byRank = [...incidents].sort((a, b) => a.rank - b.rank);
  const charted = byRank.slice(0, top);
  const anchor = byRank.find((incident) => incident.isAnchor);
  if (anchor && !charted.includes(anchor)) charted.push(anchor);
  return charted;
}

/** The incidents the table lists when there are more than `limit`: what the chart draws, only more of it. */
function listedIncidents(incidents: readonly RankedIncident[], limit: number): RankedIncident[] {
  return chartedIncidents(incidents, limit);
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

/**
 * The label lines of one incident, each at most `maxWidth` px as measured (text-metrics.ts):
 * organisation (flagged when disputed; bold for the anchor), then figure, unit and year.
 */
export function incidentLabel(
  incident: RankedIncident,
  maxWidth: number,
  text: InterfaceStrings,
  compact = false,
): { name: string[]; figure: string[] } {
  const flag = isDisputedHeadline(incident) ? ' †' : '';
  const anchor = incident.isAnchor ? ` · ${text.charts.recordVolume.anchor}` : '';
  const figure = `${formatWithUnit(incident.records, incident.unit, text.locale)} · ${incident.year}${anchor}`;
  // Compact (an embed), name and short figure ("Yahoo: 3B accounts, 2016") run on as one label
  // without parenthesised detail, a line or two shorter a row; the whole label is in the mark's
  // name, its details and the table.
  if (compact) {
    const brief = (words: string) => words.replace(/\s*\([^)]*\)/g, '');
    const figure = formatTickCount(incident.records, text.locale);
    const label = `${brief(incident.organization)}${flag}: ${figure} ${brief(incident.unit)}, ${incident.year}`;
    return { name: wrapToWidth(label, maxWidth, { size: chartFontSize, bold: incident.isAnchor }), figure: [] };
  }
  return {
    name: wrapToWidth(`${incident.organization}${flag}`, maxWidth, { size: chartFontSize, bold: incident.isAnchor }),
    figure: wrapToWidth(figure, maxWidth, { size: chartFontSize }),
  };
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
  const x0 = narrow ? 8 : labelWidth + 16;
  const x1 = width - 16;
  const perKind = kindCounts(data.incidents);
  const charted = chartedIncidents(data.incidents);
  const x = countLogScale(
    charted.map((incident) => incident.records),
    [x0, x1],
  );

  // Part 1: the mirrored copies.
  const copies = svgElement(document, 'g', { class: 'volume-copies' });
  const fullWidth = width - 16;
  const copiesHeading = wrapToWidth(fillTemplate(words.copies, { servers: data.servers }), fullWidth, {
    size: chartFontSize,
    bold: true,
  });
  copies.append(
    multilineText(document, copiesHeading, { x: 8, y: 16, 'font-weight': 700, ...paint({ fill: 'text' }) }, lineHeight),
  );
  // The copies start below the heading, however many lines it takes.
  const top = (copiesHeading.length - 1) * lineHeight;
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
    // The figure is written inside its copy's block, on purpose: the block is its backdrop.
    copy.append(
      svgElement(document, 'g', {}, [
        svgElement(document, 'rect', {
          x: cx,
          y: top + 26,
          width: copyWidth,
          height: 34,
          rx: 3,
          'data-backdrop': 'true',
          ...paint({ fill: 'anchor' }),
        }),
        svgElement(
          document,
          'text',
          { x: cx + copyWidth / 2, y: top + 48, 'text-anchor': 'middle', 'font-weight': 700, ...paint({ fill: 'bg' }) },
          [formatTickCount(data.records, text.locale)],
        ),
      ]),
    );
    // Narrow, the copies go unnumbered (each one's name says its number) to keep the chart short.
    if (!narrow)
      copy.append(
        svgElement(
          document,
          'text',
          { x: cx + copyWidth / 2, y: top + 76, 'text-anchor': 'middle', ...paint({ fill: 'muted' }) },
          [fillTemplate(words.copy, { n: n + 1 })],
        ),
      );
    copies.append(copy);
  }
  // The compact view (an embed) leaves the note to each copy's details, where it is too, and,
  // narrow, runs each label on in one short line (incidentLabel).
  const compact = options.compact === true;
  const noteLines = compact
    ? []
    : wrapToWidth(
        fillTemplate(words.copiesNote, { records: formatCount(data.records, text.locale), servers: data.servers }),
        fullWidth,
        { size: chartFontSize },
      );
  const noteY = top + (narrow ? 80 : 98);
  copies.append(multilineText(document, noteLines, { x: 8, y: noteY, ...paint({ fill: 'text' }) }, lineHeight));
  let y = compact ? top + (narrow ? 78 : 98) : noteY + noteLines.length * lineHeight + 18;

  // Part 2: the comparison on a log scale.
  const headingLines = wrapToWidth(words.comparison, fullWidth, { size: chartFontSize, bold: true });
  const comparison = svgElement(document, 'g', { class: 'volume-comparison' });
  comparison.append(
    multilineText(document, headingLines, { x: 8, y, 'font-weight': 700, ...paint({ fill: 'text' }) }, lineHeight + 1),
  );
  y += headingLines.length * (lineHeight + 1) + 14;
  const axisY = y;
  y += 10;
  const bars = svgElement(document, 'g', { class: 'volume-bars' });
  for (const incident of charted) {
    const label = incidentLabel(incident, labelWidth, text, narrow && compact);
    const name = isDisputedHeadline(incident) ? `${incident.organization} (${words.disputed})` : incident.organization;
    const lines = label.name.length + label.figure.length;
    const labelHeight = lines * lineHeight;
    const barHeight = compact ? 10 : 12;
    const rowHeight = narrow ? labelHeight + barHeight + (compact ? 4 : 12) : Math.max(labelHeight, barHeight) + 10;
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
  const axis = svgElement(document, 'g', { class: 'volume-axis', 'aria-hidden': 'true' });
  for (const tick of powerOfTenTicks(x)) {
    const tx = x(tick);
    axis.append(
      svgElement(document, 'path', {
        d: `M${tx},${axisY + 4}V${y}`,
        'data-guide': 'true',
        ...paint({ stroke: 'grid' }),
      }),
    );
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
  // Say where the incidents not drawn are: the table (all of them, or the largest when it is capped) and the downloads.
  const rest = data.incidents.length - charted.length;
  if (rest > 0) {
    const table = listedRows(data.incidents, tableRowLimit, listedIncidents);
    const restText = compact
      ? fillTemplate(words.restShort, { top: chartedTop, count: formatGrouped(rest, text.locale) })
      : table.capped
        ? fillTemplate(words.restCapped, {
            top: chartedTop,
            listed: tableRowLimit,
            total: formatGrouped(data.incidents.length, text.locale),
          })
        : fillTemplate(words.rest, { top: chartedTop, count: formatGrouped(rest, text.locale) });
    const restLines = wrapToWidth(restText, fullWidth, { size: chartFontSize });
    y += 10;
    comparison.append(multilineText(document, restLines, { x: 8, y, ...paint({ fill: 'muted' }) }, lineHeight));
    y += (restLines.length - 1) * lineHeight + 6;
  }
  comparison.append(axis, bars);
  const rendered = chartRoot(document, { ...options, height: y + 8, className: 'chart-record-volume' });
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
  // The main finding first; each sentence short (a plain reading level).
  return [
    fillTemplate(words.anchor, {
      figure: formatWithUnit(anchor.records, anchor.unit, text.locale),
      rank: formatOrdinal(anchor.kindRank, text.charts.ordinal, text.locale),
      count: data.incidents.filter((incident) => incident.kind === anchor.kind).length,
      kind: anchor.kind,
    }),
    fillTemplate(words.mirrored, { servers: data.servers, records: formatCount(data.records, text.locale) }),
    fillTemplate(words.intro, { count: formatGrouped(count, text.locale) }),
    fillTemplate(words.range, {
      smallest: formatWithUnit(smallest.records, smallest.unit, text.locale),
      smallestName: smallest.organization,
      smallestYear: smallest.year,
      largest: formatWithUnit(largest.records, largest.unit, text.locale),
      largestName: largest.organization,
      largestYear: largest.year,
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
      subtitle: fillTemplate(words.subtitle, {
        servers: data.servers,
        count: formatGrouped(data.incidents.length - 1, text.locale),
      }),
      notes: words.notes,
    };
  },
  sourceIds: (data) => [...new Set([...data.factSourceIds, ...sourcesOf(data.incidents)])],
  describe: describeRecordVolume,
  kind: 'bar',
  summarize: (data, text) => {
    const figures = chartedIncidents(data.incidents).map((incident) => incident.records);
    return fillTemplate(text.charts.recordVolume.summary, {
      top: chartedTop,
      servers: data.servers,
      smallest: formatCount(Math.min(...figures), text.locale),
      largest: formatCount(Math.max(...figures), text.locale),
    });
  },
  download: ({ incidents, servers, records }): RecordVolumeData => ({ incidents, servers, records }),
  // The bars as drawn, largest first, on the bars' own log scale (the mirrored copies are one figure, not a series).
  sonify: (data, text) => ({
    scale: 'log',
    points: chartedIncidents(data.incidents).map((incident) => ({ value: incident.records, marks: [incident.id] })),
    description: text.charts.recordVolume.sound,
  }),
  rows: (data) => data.incidents,
  // Above the limit the table lists what the chart draws, only more of it: the largest, and Microsoft.
  tableCap: {
    pick: listedIncidents,
    note: (text) => text.charts.recordVolume.tableCapped,
    sourceIds: (incident) => incident.sourceIds,
  },
  columns: (text) => {
    const columns = text.charts.columns;
    const words = text.charts.recordVolume;
    const causes = text.charts.recordsByYearCause.causes;
    return [
      { key: 'rank', label: columns.rankInKind, numeric: true, value: (incident) => incident.kindRank },
      {
        key: 'organization',
        label: columns.organization,
        rowHeader: true,
        value: (incident) => incident.organization,
      },
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
        // The CSV keeps the raw value ("hack"); the table says it in words.
        format: (value) => causes[value as keyof typeof causes] ?? String(value),
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
