/**
 * The cover graphic: the days the database was open, set against the years of support records it
 * held. One bar for the records' span (the timeline's `records` event, with the length as the
 * `record-span-years` fact states it) on a scale of years, where the exposure window is a sliver at
 * the end; a zoom from that sliver to the window drawn the full width; and below it the dated events
 * inside the window (the rule change, the indexing, the report, the fix), each on its own track,
 * with a bracket where sources give different dates. Labels sit above their tracks at every width,
 * wrapped from measured widths, so no label meets a mark.
 */
import { formatDate } from '../lib/format.ts';
import type { DerivedData } from '../lib/derived-data.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
import type { Fact, Timeline, TimelineEvent } from '../schemas/derived.ts';
import { defineChart, sourcesOf } from './chart.ts';
import { formatDateRange, formatDayMonth, formatShortDate } from './format.ts';
import type { RenderedChart, RenderOptions } from './layout.ts';
import { paint } from './palette.ts';
import { dateScale, detailTicks, nextDay, utcDate, yearTicks } from './scales.ts';
import { chartFontSize, chartRoot, classes, dateRangeBracket, multilineText, svgElement } from './svg.ts';
import { textWidth, wrapToWidth } from './text-metrics.ts';
import { describeWhen, eventDate, timelineInWords } from './timeline.ts';

/** What the cover draws: the records' span, how long the sources say it is, the window and the events inside it. */
export interface ExposureSpan {
  records: TimelineEvent;
  /** The `record-span-years` fact: the span as its source states it ("14-year period"). */
  years: Fact;
  /** Who states the span: the fact's `establishedBy` source, else its first. */
  yearsPublisher: string;
  /** Caveats on the first year, where the data has them (the `records-first-year` fact's note). */
  firstYearNote: string | undefined;
  window: Timeline['exposureWindow'];
  /** The dated events inside the window, in date order, disputed notes in publishers' names. */
  events: TimelineEvent[];
  publishers: Record<string, string>;
}

/** Reads the cover's data; a timeline without a `records` event fails naming the file to fix. */
export function exposureSpan(derived: Pick<DerivedData, 'timeline' | 'getSource' | 'getFact' | 'facts'>): ExposureSpan {
  const timeline = timelineInWords(derived);
  const records = timeline.events.find((event) => event.category === 'records');
  if (!records?.endDate)
    throw new Error(
      'exposure-span: the timeline has no "records" event with an end date (data/raw/events.csv, category "records"); add one.',
    );
  const years = derived.getFact('record-span-years');
  const window = timeline.exposureWindow;
  const events = timeline.events.filter(
    (event) =>
      event.category !== 'records' &&
      event.category !== 'context' &&
      event.date >= window.start &&
      (event.endDate ?? event.date) <= window.end,
  );
  return {
    records,
    years,
    yearsPublisher: timeline.publishers[years.establishedBy ?? ''] ?? derived.getSource(years.sourceIds[0]!).publisher,
    firstYearNote: derived.facts.find((fact) => fact.id === 'records-first-year')?.note,
    window,
    events,
    publishers: timeline.publishers,
  };
}

type Words = InterfaceStrings['charts']['exposureSpan'];

/** "2005" and "Dec 2019": the records' first and last dates at the precision the sources give. */
function recordsRange(span: ExposureSpan): { from: string; to: string } {
  return {
    from: formatShortDate(span.records.date, span.records.precision),
    to: formatShortDate(span.records.endDate!, span.records.precision === 'day' ? 'day' : 'month'),
  };
}

/** The records' label: "Support records, 2005 to Dec 2019: 14 years, says Comparitech". */
function recordsLabel(span: ExposureSpan, words: Words): string {
  return fillTemplate(words.records, {
    ...recordsRange(span),
    years: span.years.value,
    publisher: span.yearsPublisher,
  });
}

/** The window's label: "Open for 26 days, 5–31 Dec 2019". */
function windowLabel(span: ExposureSpan, words: Words): string {
  return fillTemplate(words.window, {
    days: span.window.days,
    range: formatDateRange(span.window.start, span.window.end),
  });
}

/** An event's label: "29 Dec: Diachenko finds and reports servers". */
function eventLabel(event: TimelineEvent, words: Words): string {
  return fillTemplate(words.event, { date: formatDayMonth(event.date), title: event.title });
}

/** Line height of 13 px labels. */
const lineHeight = 16;
/** Margin on either side, so a label anchored at an end stays inside the chart. */
const margin = 8;
const smallSize = 13;

/** Axis labels along [x0, x1]: anchored so each stays inside, and left out where one would touch the one before. */
function axisLabels(
  document: Document,
  ticks: readonly { x: number; label: string }[],
  range: { x0: number; x1: number; y: number },
): SVGElement[] {
  const placed: SVGElement[] = [];
  let lastRight = -Infinity;
  for (const { x, label } of ticks) {
    const width = textWidth(label, { size: smallSize });
    const anchor = x - width / 2 < range.x0 ? 'start' : x + width / 2 > range.x1 ? 'end' : 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    if (left < lastRight + 6) continue;
    lastRight = left + width;
    placed.push(
      svgElement(document, 'text', { x, y: range.y, 'text-anchor': anchor, ...paint({ fill: 'muted' }) }, [label]),
      svgElement(document, 'path', {
        d: `M${x},${range.y + 4}V${range.y + 9}`,
        'data-guide': 'true',
        ...paint({ stroke: 'axis' }),
      }),
    );
  }
  return placed;
}

/** A mark: a focusable group with the details the interaction shows, and a hit area the width of the chart. */
function markGroup(
  document: Document,
  attributes: { id: string; title: string; when: string; detail: string; exposure?: boolean },
  hit: { y: number; width: number; height: number },
): SVGElement {
  const group = svgElement(document, 'g', {
    class: classes('chart-mark', attributes.exposure && 'is-exposure'),
    'data-mark': attributes.id,
    'data-title': attributes.title,
    'data-when': attributes.when,
    'data-detail': attributes.detail,
    role: 'img',
    'aria-label': `${attributes.title}: ${attributes.when}.`,
  });
  group.append(svgElement(document, 'rect', { class: 'hit', x: 0, ...hit, fill: 'transparent' }));
  return group;
}

/** Renders the cover at a width: the records bar, the zoom, and one track per event in the window. */
export function renderExposureSpan(span: ExposureSpan, options: RenderOptions, text: InterfaceStrings): RenderedChart {
  const words = text.charts.exposureSpan;
  const timelineWords = text.charts.timeline;
  const { width, document } = options;
  const x0 = margin;
  const x1 = width - margin;
  const labelWidth = x1 - x0;
  const years = dateScale(span.records.date, nextDay(span.window.end), [x0, x1]);
  const days = dateScale(span.window.start, nextDay(span.window.end), [x0, x1]);
  // Day-precision events sit in the middle of their day.
  const dayX = (isoDate: string) => (days(utcDate(isoDate)) + days(utcDate(nextDay(isoDate)))) / 2;
  const parts: SVGElement[] = [];
  let y = 0;

  // The records: label, then the year axis, then the bar.
  const recordsLines = wrapToWidth(recordsLabel(span, words), labelWidth, { size: chartFontSize, bold: true });
  const axisY = y + recordsLines.length * lineHeight + 20;
  const barY = axisY + 10;
  const barHeight = 16;
  const records = markGroup(
    document,
    {
      id: span.records.id,
      title: recordsLabel(span, words),
      when: describeWhen(span.records, timelineWords),
      detail: detailOf(span.records, span),
    },
    { y, width, height: barY + barHeight + 4 - y },
  );
  records.append(
    multilineText(
      document,
      recordsLines,
      // The first baseline 16 px down: the text face's ascent (1.024 em, 13.3 px at 13 px) and a reader's
      // text spacing must not lift the label's box above the chart's top edge.
      { x: x0, y: y + 16, 'font-weight': 700, ...paint({ fill: 'text' }) },
      lineHeight,
    ),
    svgElement(document, 'rect', {
      x: years(utcDate(span.records.date)),
      y: barY,
      width: years(utcDate(nextDay(span.records.endDate!))) - years(utcDate(span.records.date)),
      height: barHeight,
      ...paint({ fill: 'axis' }),
    }),
  );
  const yearAxis = svgElement(document, 'g', {
    class: 'exposure-span-axis',
    'aria-hidden': 'true',
    'font-size': smallSize,
  });
  yearAxis.append(
    ...axisLabels(
      document,
      yearTicks(span.records.date, nextDay(span.window.end), 5).map((date) => ({
        x: years(utcDate(date)),
        label: date.slice(0, 4),
      })),
      { x0, x1, y: axisY - 2 },
    ),
  );
  parts.push(yearAxis, records);
  y = barY + barHeight;

  // The window: a sliver on the records' scale, widening to the full width, with its label inside.
  const sliverX = years(utcDate(span.window.start));
  const sliverWidth = Math.max(3, years(utcDate(nextDay(span.window.end))) - sliverX);
  const windowLines = wrapToWidth(windowLabel(span, words), labelWidth - 16, { size: chartFontSize, bold: true });
  const zoomTop = y + 28;
  const bandHeight = windowLines.length * lineHeight + 12;
  const bandBottom = zoomTop + bandHeight;
  const windowMark = markGroup(
    document,
    {
      id: 'exposure-window',
      title: fillTemplate(words.windowTitle, { days: span.window.days }),
      when: formatDateRange(span.window.start, span.window.end),
      detail: words.windowDetail,
      exposure: true,
    },
    { y: barY - 3, width, height: bandBottom - barY + 3 },
  );
  const edges = paint({ stroke: 'anchor' });
  windowMark.append(
    svgElement(document, 'path', {
      d: `M${sliverX},${y}L${sliverX + sliverWidth},${y}L${x1},${zoomTop}L${x0},${zoomTop}Z`,
      ...paint({ fill: 'window' }),
    }),
    // Edges in a strong colour: the pale zoom alone would fall short of 3:1 against the page.
    svgElement(document, 'path', {
      d: `M${sliverX},${y}L${x0},${zoomTop}M${sliverX + sliverWidth},${y}L${x1},${zoomTop}`,
      ...edges,
      'stroke-width': 1.5,
    }),
    svgElement(document, 'rect', {
      x: sliverX,
      y: barY - 3,
      width: sliverWidth,
      height: barHeight + 6,
      ...paint({ fill: 'anchor' }),
    }),
    // The band is the backdrop of its own label, on purpose (tests/browser/chart-overlap.test.ts).
    svgElement(document, 'rect', {
      x: x0,
      y: zoomTop,
      width: x1 - x0,
      height: bandHeight,
      rx: 2,
      'data-backdrop': 'true',
      'stroke-width': 1.5,
      ...paint({ fill: 'window', stroke: 'anchor' }),
    }),
    multilineText(
      document,
      windowLines,
      { x: x0 + 8, y: zoomTop + 19, 'font-weight': 700, ...paint({ fill: 'text' }) },
      lineHeight,
    ),
  );
  parts.push(windowMark);

  // The days axis under the band: the window's first day, the 15th and 25th, its last day.
  const dayTicks = [span.window.start, ...detailTicks(span.window, [15, 25]), span.window.end].filter(
    (date, index, all) => all.indexOf(date) === index,
  );
  const dayAxisY = bandBottom + 18;
  const dayAxis = svgElement(document, 'g', {
    class: 'exposure-span-axis',
    'aria-hidden': 'true',
    'font-size': smallSize,
  });
  dayAxis.append(
    ...axisLabels(
      document,
      dayTicks.map((date) => ({ x: dayX(date), label: formatDayMonth(date) })),
      { x0, x1, y: dayAxisY },
    ),
  );
  parts.push(dayAxis);
  y = dayAxisY + 10;

  // One row per event: its label, then its track with a dot, and a bracket where sources differ.
  for (const event of span.events) {
    const titleLines = wrapToWidth(eventLabel(event, words), labelWidth, { size: chartFontSize });
    const range = event.disputed && formatDateRange(event.disputed.from, event.disputed.to);
    const noteLines = range
      ? wrapToWidth(fillTemplate(timelineWords.disputed, { range }), labelWidth, { size: smallSize })
      : [];
    const top = y;
    const trackY = top + (titleLines.length + noteLines.length) * lineHeight + 12;
    const height = trackY + 10 - top;
    const mark = markGroup(
      document,
      {
        id: event.id,
        title: event.title,
        when: describeWhen(event, timelineWords),
        detail: event.disputed ? `${event.summary} ${event.disputed.note}` : event.summary,
        exposure: event.category === 'exposure' || event.category === 'response',
      },
      { y: top, width, height },
    );
    mark.append(
      svgElement(document, 'path', { d: `M${x0},${trackY}H${x1}`, 'data-guide': 'true', ...paint({ stroke: 'grid' }) }),
      multilineText(document, titleLines, { x: x0, y: top + 14, ...paint({ fill: 'text' }) }, lineHeight),
    );
    if (event.disputed) {
      mark.append(
        multilineText(
          document,
          noteLines,
          { x: x0, y: top + 14 + titleLines.length * lineHeight, 'font-size': smallSize, ...paint({ fill: 'muted' }) },
          lineHeight,
        ),
      );
      const from = days(utcDate(event.disputed.from));
      const to = days(utcDate(nextDay(event.disputed.to)));
      mark.append(dateRangeBracket(document, from, to, trackY));
    }
    mark.append(
      svgElement(document, 'circle', {
        cx: dayX(event.date),
        cy: trackY,
        r: 5.5,
        'stroke-width': 1.5,
        ...paint({
          fill: event.category === 'exposure' || event.category === 'response' ? 'anchor' : 'axis',
          stroke: 'bg',
        }),
      }),
    );
    parts.push(mark);
    y = top + height;
  }

  const rendered = chartRoot(document, { ...options, height: y + 4, className: 'chart-exposure-span' });
  rendered.svg.append(...parts);
  return rendered;
}

/** The description: the span, the window against it, then each event in the window and any disagreement. */
export function describeExposureSpan(span: ExposureSpan, text: InterfaceStrings): string {
  const words = text.charts.exposureSpan.describe;
  const { from, to } = recordsRange(span);
  return [
    fillTemplate(words.records, { from, to, years: span.years.value, publisher: span.yearsPublisher }),
    fillTemplate(words.window, {
      days: span.window.days,
      start: formatDate(span.window.start),
      end: formatDate(span.window.end),
    }),
    ...span.events.map((event) =>
      event.disputed
        ? fillTemplate(words.disputedEvent, {
            title: event.title,
            date: formatDate(event.date),
            from: formatDate(event.disputed.from),
            to: formatDate(event.disputed.to),
          })
        : fillTemplate(words.event, { title: event.title, date: formatDate(event.date) }),
    ),
  ].join(' ');
}

/** One row of the table and the downloads: the records, the window, or an event inside it. */
type SpanRow =
  | { kind: 'records'; span: ExposureSpan }
  | { kind: 'window'; span: ExposureSpan }
  | { kind: 'event'; event: TimelineEvent; span: ExposureSpan };

/** The rows in the chart's order. */
function spanRows(span: ExposureSpan): SpanRow[] {
  return [
    { kind: 'records', span },
    { kind: 'window', span },
    ...span.events.map((event) => ({ kind: 'event' as const, event, span })),
  ];
}

/** The table's columns, each reading its cell from a row and the interface text. */
function spanColumns(text: InterfaceStrings) {
  const words = text.charts.exposureSpan;
  const columns = text.charts.columns;
  const publishers = (row: SpanRow, ids: readonly string[]) =>
    [...new Set(ids.map((id) => row.span.publishers[id] ?? id))].join('; ');
  const event = (row: SpanRow) =>
    row.kind === 'records' ? row.span.records : row.kind === 'event' ? row.event : undefined;
  return [
    {
      key: 'date',
      label: columns.date,
      value: (row: SpanRow) => {
        const shown = event(row);
        if (!shown) return formatDateRange(row.span.window.start, row.span.window.end);
        return row.kind === 'records' ? describeWhen(shown, text.charts.timeline) : eventDate(shown);
      },
    },
    {
      key: 'event',
      label: columns.event,
      rowHeader: true,
      value: (row: SpanRow) =>
        row.kind === 'records'
          ? recordsLabel(row.span, words)
          : row.kind === 'window'
            ? fillTemplate(words.windowTitle, { days: row.span.window.days })
            : row.event.title,
    },
    {
      key: 'sourcesSay',
      label: columns.sourcesSay,
      value: (row: SpanRow) => {
        const disputed = event(row)?.disputed;
        return disputed ? `${formatDateRange(disputed.from, disputed.to)}: ${disputed.note}` : '';
      },
    },
    {
      key: 'summary',
      label: columns.summary,
      value: (row: SpanRow) => (row.kind === 'window' ? words.windowDetail : detailOf(event(row)!, row.span)),
    },
    {
      key: 'sources',
      label: columns.sources,
      value: (row: SpanRow) => publishers(row, event(row)?.sourceIds ?? row.span.window.sourceIds),
    },
  ];
}

/** What an event's details say: its summary, and for the records any caveat on the first year. */
function detailOf(event: TimelineEvent, span: ExposureSpan): string {
  return event === span.records ? [event.summary, span.firstYearNote].filter(Boolean).join(' ') : event.summary;
}

export const exposureSpanChart = defineChart({
  id: 'exposure-span',
  data: exposureSpan,
  words: (span, text) => {
    const words = text.charts.exposureSpan;
    return {
      title: fillTemplate(words.title, { years: span.years.value, days: span.window.days }),
      subtitle: fillTemplate(words.subtitle, {
        start: formatDate(span.window.start),
        end: formatDate(span.window.end),
      }),
      notes: words.notes.map((note) => fillTemplate(note, { days: span.window.days })),
    };
  },
  sourceIds: (span) => sourcesOf([span.records, span.years, span.window, ...span.events]),
  describe: describeExposureSpan,
  kind: 'timeline',
  summarize: (span, text) =>
    fillTemplate(text.charts.exposureSpan.summary, {
      ...recordsRange(span),
      days: span.window.days,
    }),
  download: ({ publishers: _publishers, ...span }) => span,
  rows: spanRows,
  columns: spanColumns,
  render: renderExposureSpan,
});
