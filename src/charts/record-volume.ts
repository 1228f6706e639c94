/**
 * Record volume: how big is 250 million? The five mirrored copies of the same records, then every
 * incident in the comparison set on a base-10 log scale, so a 7.5 million bar and a 3 billion bar
 * are both readable. Each bar says its own unit; the Microsoft exposure is marked.
 */
import strings from '../../content/strings.json';
import type { RankedIncident } from '../schemas/derived.ts';
import { fillTemplate, formatCount, formatTickCount, wrapText } from './format.ts';
import { fillWith, paint, strokeWith } from './palette.ts';
import { countLogScale, powerOfTenTicks } from './scales.ts';
import { chartRoot, classes, multilineText, svgElement } from './svg.ts';
import { narrowBelow, type RenderOptions } from './types.ts';

const text = strings.charts.recordVolume;

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

/** "250 million records" / "3 billion accounts": a figure always with its own unit. */
export function formatWithUnit(records: number, unit: string): string {
  return `${formatCount(records)} ${unit}`;
}

/** The label lines of one incident: organisation (flagged when unconfirmed), then figure, unit and year. */
export function incidentLabel(incident: RankedIncident, maxChars: number): { name: string[]; figure: string[] } {
  const flag = isDisputedHeadline(incident) ? ' †' : '';
  const figure = `${formatWithUnit(incident.records, incident.unit)} · ${incident.year}${incident.isAnchor ? ` · ${text.anchor}` : ''}`;
  return { name: wrapText(`${incident.organization}${flag}`, maxChars), figure: wrapText(figure, maxChars) };
}

const lineHeight = 15;

/** Renders the record-volume chart as an SVG element at the given width. */
export function renderRecordVolume(data: RecordVolumeData, options: RenderOptions): SVGSVGElement {
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
    svgElement(document, 'text', { x: 8, y: 16, 'font-weight': 700, ...fillWith('text') }, [
      fillTemplate(text.copies, { servers: data.servers }),
    ]),
  );
  const gap = 6;
  const copyWidth = (width - 16 - gap * (data.servers - 1)) / data.servers;
  for (let n = 0; n < data.servers; n++) {
    const cx = 8 + n * (copyWidth + gap);
    const copy = svgElement(document, 'g', {
      class: 'chart-mark',
      'data-mark': `copy-${n + 1}`,
      'data-title': fillTemplate(text.copy, { n: n + 1 }),
      'data-when': formatWithUnit(data.records, 'records'),
      'data-detail': fillTemplate(text.copiesNote, { records: formatCount(data.records), servers: data.servers }),
      role: 'img',
      'aria-label': `${fillTemplate(text.copy, { n: n + 1 })}: ${formatWithUnit(data.records, 'records')}`,
    });
    copy.append(
      svgElement(document, 'rect', { x: cx, y: 26, width: copyWidth, height: 34, rx: 3, ...paint('anchor') }),
      svgElement(
        document,
        'text',
        { x: cx + copyWidth / 2, y: 48, 'text-anchor': 'middle', 'font-weight': 700, ...fillWith('bg') },
        [formatTickCount(data.records)],
      ),
      svgElement(
        document,
        'text',
        { x: cx + copyWidth / 2, y: 76, 'text-anchor': 'middle', 'font-size': 11.5, ...fillWith('muted') },
        [fillTemplate(text.copy, { n: n + 1 })],
      ),
    );
    copies.append(copy);
  }
  const noteLines = wrapText(
    fillTemplate(text.copiesNote, { records: formatCount(data.records), servers: data.servers }),
    Math.floor((width - 16) / 6.4),
  );
  copies.append(multilineText(document, noteLines, { x: 8, y: 98, ...fillWith('text') }, lineHeight));
  let y = 98 + noteLines.length * lineHeight + 18;

  // Part 2: the comparison on a log scale.
  const headingLines = wrapText(text.comparison, Math.floor((width - 16) / 6.8));
  const comparison = svgElement(document, 'g', { class: 'volume-comparison' });
  comparison.append(
    multilineText(document, headingLines, { x: 8, y, 'font-weight': 700, ...fillWith('text') }, lineHeight + 1),
  );
  y += headingLines.length * (lineHeight + 1) + 14;
  const axisY = y;
  y += 10;
  const bars = svgElement(document, 'g', { class: 'volume-bars' });
  for (const incident of data.incidents) {
    const label = incidentLabel(incident, maxChars);
    const lines = label.name.length + label.figure.length;
    const labelHeight = lines * lineHeight;
    const barHeight = 12;
    const rowHeight = narrow ? labelHeight + barHeight + 12 : Math.max(labelHeight, barHeight) + 10;
    const barY = narrow ? y + labelHeight + 2 : y + (rowHeight - 10 - barHeight) / 2;
    const mark = svgElement(document, 'g', {
      class: classes('chart-mark', incident.isAnchor && 'is-anchor'),
      'data-mark': incident.id,
      'data-title': incident.organization,
      'data-when': `${formatWithUnit(incident.records, incident.unit)}, ${incident.year}`,
      'data-detail': `${strings.charts.recordsByYearCause.causes[incident.cause]}; data held in ${incident.technology === 'unknown' ? 'an unknown system' : incident.technology === 'other' ? 'another kind of system' : incident.technology}. ${fillTemplate(text.rankInKind, { rank: incident.kindRank, count: perKind.get(incident.kind) ?? 0, kind: incident.kind })}${isDisputedHeadline(incident) ? ` ${text.disputedNote}` : ''}`,
      role: 'img',
      'aria-label': `${incident.organization}${isDisputedHeadline(incident) ? ` (${text.disputed})` : ''}: ${formatWithUnit(incident.records, incident.unit)}, ${incident.year}.`,
    });
    mark.append(
      svgElement(document, 'rect', { class: 'hit', x: 0, y: y - 2, width, height: rowHeight - 4, fill: 'transparent' }),
    );
    const nameWeight = incident.isAnchor ? 700 : 400;
    mark.append(
      multilineText(
        document,
        label.name,
        { x: 8, y: y + 11, 'font-weight': nameWeight, ...fillWith('text') },
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
          ...fillWith(incident.isAnchor ? 'text' : 'muted'),
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
        ...paint(incident.isAnchor ? 'anchor' : 'axis'),
      }),
    );
    bars.append(mark);
    y += rowHeight;
  }
  // Gridlines at powers of ten, labelled on top, drawn before the bars.
  const axis = svgElement(document, 'g', { class: 'volume-axis', 'aria-hidden': 'true', 'font-size': 11.5 });
  for (const tick of powerOfTenTicks(x)) {
    const tx = x(tick);
    axis.append(svgElement(document, 'path', { d: `M${tx},${axisY + 4}V${y}`, ...strokeWith('grid') }));
    axis.append(
      svgElement(
        document,
        'text',
        {
          x: tx,
          y: axisY,
          'text-anchor': tick === x.domain()[0] ? 'start' : tick === x.domain()[1] ? 'end' : 'middle',
          ...fillWith('muted'),
        },
        [formatTickCount(tick)],
      ),
    );
  }
  comparison.append(axis, bars);
  const svg = chartRoot(document, {
    width,
    height: y + 8,
    idPrefix: options.idPrefix,
    title: options.title,
    description: options.description,
    className: 'chart-record-volume',
  });
  svg.append(copies, comparison);
  return svg;
}
