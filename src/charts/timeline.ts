/**
 * The timeline: when did the records start, when was the database open, and when did the world
 * learn of it? An overview from the first record to the disclosure, and a detail of December 2019
 * to January 2020. The exposure window is a band; dates sources disagree on are brackets.
 * D3 scales, drawn with plain DOM calls, so the same function runs at build time and in the browser.
 */
import { formatDate, shortPublisher } from '../lib/format.ts';
import type { DerivedData } from '../lib/derived-data.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillPlural, fillTemplate } from '../lib/template.ts';
import type { Timeline, TimelineEvent } from '../schemas/derived.ts';
import { defineChart, sourcesOf } from './chart.ts';
import { formatDateRange, formatDayMonth, formatShortDate, sourceMarkersInWords } from './format.ts';
import { narrowBelow, type RenderedChart, type RenderOptions } from './layout.ts';
import { paint } from './palette.ts';
import { dateScale, detailTicks as detailTickDates, nextDay, utcDate, yearTicks } from './scales.ts';
import { chartFontSize, chartRoot, classes, dateRangeBracket, multilineText, svgElement } from './svg.ts';
import { textWidth, wrapToWidth } from './text-metrics.ts';

/** The timeline's interface text (content/strings.json `charts.timeline`). */
/** The timeline's words, with the edition's language tag for its dates (British English when absent). */
type TimelineText = InterfaceStrings['charts']['timeline'] & { locale?: string };

/** A row on the timeline: an event, or the exposure window summarised in the overview. */
export interface TimelineRow {
  id: string;
  title: string;
  start: string;
  /** Exclusive end of the mark, for spans; undefined for a point in time. */
  end?: string | undefined;
  /** What to say about when it happened, e.g. "29 Dec 2019 (sources differ: 28–31 Dec 2019)". */
  when: string;
  detail: string;
  disputed?: { from: string; to: string; note: string } | undefined;
  isExposure: boolean;
}

/** True when an event lies wholly inside the detail domain. */
function inDetail(event: TimelineEvent, detail: Timeline['detail']): boolean {
  return event.date >= detail.start && (event.endDate ?? event.date) <= detail.end;
}

/** When an event happened, as the table says it: a range at the precision the sources give. */
export function eventDate(event: TimelineEvent, locale?: string): string {
  return event.endDate
    ? formatDateRange(event.date, event.endDate, event.precision === 'year' ? 'month' : event.precision, locale)
    : formatShortDate(event.date, event.precision, locale);
}

/** How an event's date reads in labels and details, including any disagreement. */
export function describeWhen(event: TimelineEvent, text: TimelineText): string {
  const when = eventDate(event, text.locale);
  if (event.precision === 'year' && event.endDate)
    return `${event.date.slice(0, 4)} – ${formatShortDate(event.endDate, 'month', text.locale)}`;
  if (!event.disputed) return when;
  const range = formatDateRange(event.disputed.from, event.disputed.to, 'day', text.locale);
  return `${when} (${fillTemplate(text.disputedInline, { range })})`;
}

function rowFromEvent(event: TimelineEvent, text: TimelineText): TimelineRow {
  return {
    id: event.id,
    title: event.title,
    start: event.date,
    end: event.endDate ? nextDay(event.endDate) : undefined,
    when: describeWhen(event, text),
    detail: event.disputed ? `${event.summary} ${event.disputed.note}` : event.summary,
    disputed: event.disputed,
    isExposure: event.category === 'exposure',
  };
}

/**
 * The rows of each panel: the overview holds what falls outside the detail plus one row for the
 * exposure window; the detail holds every event inside December 2019 to January 2020.
 */
export function timelineRows(
  timeline: Timeline,
  text: TimelineText,
): { overview: TimelineRow[]; detail: TimelineRow[] } {
  const window = timeline.exposureWindow;
  const windowRow: TimelineRow = {
    id: 'exposure-window',
    title: text.windowShort,
    start: window.start,
    end: nextDay(window.end),
    when: formatDateRange(window.start, window.end, 'day', text.locale),
    detail: fillTemplate(text.window, { days: window.days }),
    isExposure: true,
  };
  const row = (event: TimelineEvent) => rowFromEvent(event, text);
  const outside = timeline.events.filter((event) => !inDetail(event, timeline.detail)).map(row);
  const inside = timeline.events.filter((event) => inDetail(event, timeline.detail)).map(row);
  const overview = [...outside, windowRow].sort((a, b) => a.start.localeCompare(b.start));
  return { overview, detail: inside };
}

interface PanelLayout {
  narrow: boolean;
  x0: number;
  x1: number;
  labelX: number;
  /** How wide a row's label may be: the label column, or the chart's width when labels sit above the marks. */
  labelWidth: number;
  /** The embed's compact view. */
  compact: boolean;
}

/** Line height of the labels that wrap (titles and the disputed note). */
const labelLine = 14;

/** The smallest chart text: 13 px, so at least 12 px at the smallest scale a layout is shown at (0.93). */
const smallSize = 13;

/** Draws one panel (overview or detail) from `top`; returns it and its height. */
function drawPanel(
  document: Document,
  layout: PanelLayout,
  text: TimelineText,
  options: {
    heading: string;
    domain: { start: string; end: string };
    ticks: { date: string; label: string }[];
    rows: TimelineRow[];
    window: Timeline['exposureWindow'];
    top: number;
    name: 'overview' | 'detail';
  },
): { group: SVGElement; height: number } {
  const { narrow, x0, x1, labelX } = layout;
  const x = dateScale(options.domain.start, options.domain.end, [x0, x1]);
  const xOf = (isoDate: string) => Math.max(x0, Math.min(x1, x(utcDate(isoDate))));
  const axisY = narrow ? 44 : 36;
  // The detail labels the band above its first row, so that row starts lower.
  let y = axisY + (options.name === 'detail' ? 22 : 12);
  const rowsGroup = svgElement(document, 'g', { class: 'timeline-rows' });
  // Where each row's marks are, so that, narrow, the band is drawn behind them and not behind the labels above.
  const tracks: number[] = [];
  for (const row of options.rows) {
    // Labels wrapped from measured widths (text-metrics.ts), so a reader's text spacing never pushes
    // them out of the chart; each extra line makes the row taller.
    const titleLines = wrapToWidth(row.title, layout.labelWidth, { size: chartFontSize, bold: row.isExposure });
    // Compact and narrow (an embed on a phone), the bracket alone shows a disputed date; the mark's
    // name and details say who gives which.
    const noteLines =
      row.disputed && !(narrow && layout.compact)
        ? wrapToWidth(
            fillTemplate(text.disputed, {
              range: formatDateRange(row.disputed.from, row.disputed.to, 'day', text.locale),
            }),
            layout.labelWidth,
            { size: smallSize },
          )
        : [];
    const extraLines = titleLines.length - 1 + noteLines.length;
    // Compact rows are a little tighter still.
    const height = (narrow ? (layout.compact ? 30 : 32) : 28) + extraLines * labelLine;
    const trackY = narrow ? y + (layout.compact ? 20 : 21) + extraLines * labelLine : y + 12;
    const titleY = narrow ? y + 12 : y + 16;
    tracks.push(trackY);
    const mark = svgElement(document, 'g', {
      class: classes('chart-mark', 'timeline-event', row.isExposure && 'is-exposure'),
      'data-mark': row.id,
      'data-title': row.title,
      'data-when': row.when,
      'data-detail': row.detail,
      role: 'img',
      'aria-label': `${row.title}: ${row.when}.`,
    });
    // A transparent hit area the full width of the row, so pointer and focus ring have a target.
    mark.append(svgElement(document, 'rect', { class: 'hit', x: 0, y, width: x1 + 12, height, fill: 'transparent' }));
    mark.append(
      multilineText(
        document,
        titleLines,
        { x: labelX, y: titleY, ...paint({ fill: 'text' }), 'font-weight': row.isExposure ? 700 : 400 },
        labelLine,
      ),
    );
    if (noteLines.length > 0) {
      mark.append(
        multilineText(
          document,
          noteLines,
          { x: labelX, y: titleY + titleLines.length * labelLine, 'font-size': smallSize, ...paint({ fill: 'muted' }) },
          labelLine,
        ),
      );
    }
    const colour = row.isExposure ? 'anchor' : 'axis';
    if (row.disputed) {
      const from = xOf(row.disputed.from);
      const to = xOf(nextDay(row.disputed.to));
      mark.append(dateRangeBracket(document, from, to, trackY));
    }
    if (row.end) {
      const from = xOf(row.start);
      mark.append(
        svgElement(document, 'rect', {
          x: from,
          y: trackY - 5,
          width: Math.max(3, xOf(row.end) - from),
          height: 10,
          rx: 2,
          ...paint({ fill: colour }),
        }),
      );
    } else {
      mark.append(
        svgElement(document, 'circle', {
          cx: xOf(row.start),
          cy: trackY,
          r: 5.5,
          ...paint({ fill: colour, stroke: 'bg' }),
          'stroke-width': 1.5,
        }),
      );
    }
    rowsGroup.append(mark);
    y += height;
  }
  const height = y + 8;
  const group = svgElement(document, 'g', {
    class: 'timeline-panel',
    'data-panel': options.name,
    'data-top': options.top,
    'data-height': height,
    transform: `translate(0,${options.top})`,
  });
  group.append(
    svgElement(document, 'text', { x: 8, y: 16, 'font-weight': 700, ...paint({ fill: 'text' }) }, [options.heading]),
  );
  // The exposure window as a band behind the rows, labelled with its computed length. Wide, the
  // labels are in their own column and the band runs down the panel; narrow, the labels run above
  // the marks across the band's columns, so the band is drawn only behind each row's marks, and
  // the labels sit clear of it.
  const bandX = xOf(options.window.start);
  const bandWidth = Math.max(3, xOf(nextDay(options.window.end)) - bandX);
  const labelled = options.name === 'detail';
  // The band's label goes inside it where it fits. Where it does not, narrow (the band drawn only behind
  // the rows' marks), it starts at the band's left edge over the empty space above the first row; wide, it
  // goes just right of the band. Either way it stops short of the chart's right edge.
  const bandLabel = fillTemplate(text.window, { days: options.window.days });
  const bandLabelWidth = textWidth(bandLabel, { size: smallSize, bold: true });
  const labelInside = bandLabelWidth <= bandWidth - 8;
  const bandLabelX = Math.min(labelInside || narrow ? bandX + 4 : bandX + bandWidth + 4, x1 - bandLabelWidth);
  const spans = narrow
    ? [
        ...(labelled && labelInside ? [[axisY, axisY + 18] as const] : []),
        ...tracks.map((trackY) => [trackY - 5, trackY + 5] as const),
      ]
    : [[axisY, height - 4] as const];
  const band = svgElement(document, 'g', { class: 'timeline-band' });
  // Edges in a strong colour: the pale band alone would fall short of 3:1 against the page.
  const edges = paint({ stroke: 'anchor' }, 'timeline-window-edges');
  for (const [top, bottom] of spans)
    band.append(
      svgElement(document, 'rect', {
        x: bandX,
        y: top,
        width: bandWidth,
        height: bottom - top,
        // The band is the backdrop of its own label (the only text in its group), on purpose.
        'data-backdrop': 'true',
        ...paint({ fill: 'window' }, 'timeline-window'),
      }),
      // One path per edge, so each edge's box is the line, not the band between them.
      ...[bandX, bandX + bandWidth].map((edgeX) =>
        svgElement(document, 'path', {
          class: edges.class,
          d: `M${edgeX},${top}V${bottom}`,
          stroke: edges.stroke,
          'stroke-width': 1.5,
        }),
      ),
    );
  group.append(band);
  if (labelled) {
    band.append(
      svgElement(
        document,
        'text',
        {
          x: bandLabelX,
          y: axisY + 12,
          'font-size': smallSize,
          'font-weight': 700,
          ...paint({ fill: 'text' }),
        },
        [bandLabel],
      ),
    );
  }
  const axis = svgElement(document, 'g', { class: 'timeline-axis', 'aria-hidden': 'true', 'font-size': smallSize });
  // Axis rule and gridlines are guides: faint, drawn under the labels on purpose (data-guide).
  axis.append(
    svgElement(document, 'path', { d: `M${x0},${axisY}H${x1}`, 'data-guide': 'true', ...paint({ stroke: 'axis' }) }),
  );
  for (const tick of options.ticks) {
    const tx = xOf(tick.date);
    axis.append(
      svgElement(document, 'path', {
        d: `M${tx},${axisY - 4}V${height - 4}`,
        'data-guide': 'true',
        ...paint({ stroke: 'grid' }),
      }),
    );
    axis.append(
      svgElement(document, 'text', { x: tx, y: axisY - 8, 'text-anchor': 'middle', ...paint({ fill: 'muted' }) }, [
        tick.label,
      ]),
    );
  }
  group.append(axis, rowsGroup);
  return { group, height };
}

/** Renders the timeline as an SVG element at the given width. */
export function renderTimeline(timeline: Timeline, options: RenderOptions, text: TimelineText): RenderedChart {
  const { width, document } = options;
  const narrow = width < narrowBelow;
  const labelColumn = narrow ? 0 : 290;
  const layout: PanelLayout = {
    narrow,
    x0: narrow ? 26 : labelColumn + 10,
    x1: width - 16,
    labelX: 8,
    labelWidth: narrow ? width - 16 : labelColumn - 16,
    compact: options.compact === true,
  };
  const rows = timelineRows(timeline, text);
  const legendHeight = narrow ? 44 : 30;
  const overview = drawPanel(document, layout, text, {
    name: 'overview',
    heading: fillTemplate(text.overview, {
      from: timeline.overview.start.slice(0, 4),
      to: timeline.overview.end.slice(0, 4),
    }),
    domain: timeline.overview,
    ticks: yearTicks(timeline.overview.start, timeline.overview.end, narrow ? 5 : 3).map((date) => ({
      date,
      label: date.slice(0, 4),
    })),
    rows: rows.overview,
    window: timeline.exposureWindow,
    top: legendHeight,
  });
  const detail = drawPanel(document, layout, text, {
    name: 'detail',
    heading: fillTemplate(text.detail, {
      from: formatShortDate(timeline.detail.start, 'month', text.locale),
      to: formatShortDate(timeline.detail.end, 'month', text.locale),
    }),
    domain: { start: timeline.detail.start, end: nextDay(timeline.detail.end) },
    // The 1st and 15th of each month: at 13 px, weekly labels would touch.
    ticks: detailTickDates(timeline.detail, [1, 15]).map((date) => ({
      date,
      label: formatDayMonth(date, text.locale),
    })),
    rows: rows.detail,
    window: timeline.exposureWindow,
    top: legendHeight + overview.height + 12,
  });
  const height = legendHeight + overview.height + 12 + detail.height;
  const rendered = chartRoot(document, { ...options, height, className: 'chart-timeline' });
  rendered.svg.append(timelineLegend(document, narrow, text), overview.group, detail.group);
  return rendered;
}

/** The key: what a dot, a bracket and the band mean (shapes, not only colours). */
function timelineLegend(document: Document, narrow: boolean, text: TimelineText): SVGElement {
  // Each key starts after the one before, as wide as it measures with a reader's spacing;
  // narrow, the third key goes on a second line.
  const keyWidth = (label: string) => textWidth(label, { size: smallSize });
  const windowX = 14 + keyWidth(text.legendEvent) + 12;
  const [rangeX, rangeY] = narrow ? [0, 16] : [windowX + 18 + keyWidth(text.legendWindow) + 12, 0];
  const legend = svgElement(document, 'g', {
    class: 'timeline-legend',
    'font-size': smallSize,
    transform: 'translate(8,8)',
  });
  legend.append(
    svgElement(document, 'circle', { cx: 5, cy: 7, r: 5, ...paint({ fill: 'axis' }) }),
    svgElement(document, 'text', { x: 14, y: 11, ...paint({ fill: 'text' }) }, [text.legendEvent]),
    svgElement(document, 'rect', {
      x: windowX,
      y: 1,
      width: 14,
      height: 12,
      ...paint({ fill: 'window', stroke: 'anchor' }),
      'stroke-width': 1.5,
    }),
    svgElement(document, 'text', { x: windowX + 18, y: 11, ...paint({ fill: 'text' }) }, [text.legendWindow]),
    svgElement(document, 'path', {
      d: `M${rangeX},${rangeY + 1}V${rangeY + 13}M${rangeX},${rangeY + 7}H${rangeX + 18}M${rangeX + 18},${rangeY + 1}V${rangeY + 13}`,
      ...paint({ stroke: 'axis' }),
      'stroke-dasharray': '3 2',
      'stroke-width': 1.5,
      fill: 'none',
    }),
    svgElement(document, 'text', { x: rangeX + 24, y: rangeY + 11, ...paint({ fill: 'text' }) }, [text.legendRange]),
  );
  return legend;
}

/** The timeline's description: span, number of events, the exposure window and the disputed dates. */
export function describeTimeline(timeline: Timeline, text: InterfaceStrings): string {
  const words = text.charts.timeline.describe;
  const window = timeline.exposureWindow;
  const disputed = timeline.events.filter((event) => event.disputed);
  const disclosed = timeline.events.find((event) => event.category === 'disclosure');
  // The main finding (how long the database was open) first; each sentence short.
  const parts = [
    fillTemplate(words.window, {
      days: window.days,
      start: formatDate(window.start, 'day', 'long', text.locale),
      end: formatDate(window.end, 'day', 'long', text.locale),
    }),
    fillTemplate(words.intro, {
      events: fillPlural(words.events, timeline.events.length, text.locale),
      from: timeline.overview.start.slice(0, 4),
      to: timeline.overview.end.slice(0, 4),
      detailFrom: formatDate(timeline.detail.start, 'month', 'long', text.locale),
      detailTo: formatDate(timeline.detail.end, 'month', 'long', text.locale),
    }),
  ];
  if (disputed.length) {
    parts.push(
      fillTemplate(words.disputed, { events: fillPlural(words.disputedEvents, disputed.length, text.locale) }),
    );
    for (const event of disputed)
      parts.push(
        fillTemplate(words.disputedItem, {
          title: event.title,
          from: formatDate(event.disputed!.from, 'day', 'long', text.locale),
          to: formatDate(event.disputed!.to, 'day', 'long', text.locale),
        }),
      );
  }
  if (disclosed)
    parts.push(fillTemplate(words.disclosed, { date: formatDate(disclosed.date, 'day', 'long', text.locale) }));
  return parts.join(' ');
}

/** The views the frame offers: both panels, or one of them, labelled with the span each covers. */
export function timelineViews(timeline: Timeline, text: InterfaceStrings): { view: string; label: string }[] {
  const words = text.charts.timeline;
  return [
    { view: 'both', label: text.charts.figure.viewBoth },
    {
      view: 'overview',
      label: fillTemplate(words.view, {
        from: timeline.overview.start.slice(0, 4),
        to: timeline.overview.end.slice(0, 4),
      }),
    },
    {
      view: 'detail',
      label: fillTemplate(words.view, {
        from: formatShortDate(timeline.detail.start, 'month', text.locale),
        to: formatShortDate(timeline.detail.end, 'month', text.locale),
      }),
    },
  ];
}

/** The timeline's data: the derived timeline, its notes in publishers' names, and each source's publisher. */
export interface TimelineInput extends Timeline {
  publishers: Record<string, string>;
}

/**
 * The derived timeline as readers see it: publishers, never source ids, in the disputed notes (the
 * details and the table; the CSV keeps the ids), and each source's short publisher name.
 */
export function timelineInWords(derived: Pick<DerivedData, 'timeline' | 'getSource'>): TimelineInput {
  const publisherOf = (id: string) => shortPublisher(derived.getSource(id).publisher);
  const events = derived.timeline.events.map((event) =>
    event.disputed
      ? { ...event, disputed: { ...event.disputed, note: sourceMarkersInWords(event.disputed.note, publisherOf) } }
      : event,
  );
  const ids = sourcesOf([derived.timeline.exposureWindow, ...derived.timeline.events]);
  return { ...derived.timeline, events, publishers: Object.fromEntries(ids.map((id) => [id, publisherOf(id)])) };
}

export const timelineChart = defineChart({
  id: 'timeline',
  data: timelineInWords,
  download: ({ publishers: _publishers, ...timeline }): Timeline => timeline,
  words: (timeline, text) => {
    const words = text.charts.timeline;
    const disclosed = timeline.events.find((event) => event.category === 'disclosure');
    return {
      title: fillTemplate(words.title, { days: timeline.exposureWindow.days }),
      subtitle: fillTemplate(words.subtitle, {
        firstYear: timeline.overview.start.slice(0, 4),
        disclosed: disclosed ? formatDate(disclosed.date, 'day', 'long', text.locale) : '',
      }),
      notes: words.notes,
    };
  },
  sourceIds: (timeline) => sourcesOf([timeline.exposureWindow, ...timeline.events]),
  describe: describeTimeline,
  kind: 'timeline',
  summarize: (timeline, text) =>
    fillTemplate(text.charts.timeline.summary, {
      from: timeline.overview.start.slice(0, 4),
      to: timeline.overview.end.slice(0, 4),
      detailFrom: formatShortDate(timeline.detail.start, 'month', text.locale),
      detailTo: formatShortDate(timeline.detail.end, 'month', text.locale),
    }),
  rows: (timeline) =>
    timeline.events.map((event) => ({
      ...event,
      publishers: [...new Set(event.sourceIds.map((id) => timeline.publishers[id] ?? id))],
    })),
  columns: (text) => {
    const columns = text.charts.columns;
    return [
      { key: 'date', label: columns.date, value: (event) => eventDate(event, text.locale) },
      { key: 'event', label: columns.event, rowHeader: true, value: (event) => event.title },
      {
        key: 'sourcesSay',
        label: columns.sourcesSay,
        value: (event) =>
          event.disputed
            ? `${formatDateRange(event.disputed.from, event.disputed.to, 'day', text.locale)}: ${event.disputed.note}`
            : '',
      },
      { key: 'summary', label: columns.summary, value: (event) => event.summary },
      { key: 'sources', label: columns.sources, value: (event) => event.publishers.join('; ') },
    ];
  },
  views: timelineViews,
  // Each event a note at the pitch of its date (the day it starts), earliest first, as the rows run.
  sonify: (timeline, text) => ({
    scale: 'linear',
    points: timeline.events.map((event) => ({ value: utcDate(event.date).getTime() / 86_400_000, marks: [event.id] })),
    description: text.charts.timeline.sound,
  }),
  render: (timeline, options, text) =>
    renderTimeline(timeline, options, { ...text.charts.timeline, locale: text.locale }),
});
