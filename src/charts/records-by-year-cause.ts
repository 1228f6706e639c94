/**
 * Records by year and cause: did misconfiguration overtake hacking? Incidents in the comparison
 * set per year of disclosure, one row of bars per cause (small multiples, so the rows are told
 * apart by their labels, not only by colour). Counts incidents, never sums figures in different
 * units. Observable Plot, rendered on the given document.
 */
import * as Plot from '@observablehq/plot';
import { listInWords } from '../lib/format.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillPlural, fillTemplate } from '../lib/template.ts';
import type { Cause, RankedIncident, YearCause } from '../schemas/derived.ts';
import { defineChart, sourcesOf } from './chart.ts';
import { narrowBelow, type RenderedChart, type RenderOptions } from './layout.ts';
import { palette } from './palette.ts';
import { adoptPlotSvg, markKeyPrefix, paintEach, paintMark, type MarkDetails } from './plot-svg.ts';
import { chartFontSize } from './svg.ts';
import { wrapToWidth } from './text-metrics.ts';

/** The chart's data: counts per year and cause, and the anchor incident to point at. */
export interface RecordsByYearCauseData {
  byYearCause: readonly YearCause[];
  anchor: RankedIncident;
}

/** Causes in the order drawn (and described). */
const causeOrder: readonly Cause[] = ['misconfiguration', 'hack', 'other', 'insider'];

/** Causes in the order drawn, keeping only those with at least one incident. */
export function causesPresent(rows: readonly YearCause[]): Cause[] {
  return causeOrder.filter((cause) => rows.some((row) => row.cause === cause));
}

/** Every year from the first to the last, so gaps show as gaps rather than closing up. */
export function yearsCovered(rows: readonly YearCause[]): number[] {
  const years = rows.map((row) => row.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Renders the records-by-year-and-cause chart as an SVG element at the given width. */
export function renderRecordsByYearCause(
  data: RecordsByYearCauseData,
  options: RenderOptions,
  text: InterfaceStrings,
): RenderedChart {
  const words = text.charts.recordsByYearCause;
  const { width, document } = options;
  const narrow = width < narrowBelow;
  const causes = causesPresent(data.byYearCause);
  const years = yearsCovered(data.byYearCause);
  const rows = data.byYearCause.map((row) => ({
    ...row,
    causeLabel: words.causes[row.cause],
    key: `${markKeyPrefix}${row.year}-${row.cause}`,
  }));
  const marks = new Map<string, MarkDetails>(
    data.byYearCause.map((row) => {
      const incidents = fillPlural(words.markWhen, row.incidents, text.locale);
      const anchorNote = row.year === data.anchor.year && row.cause === data.anchor.cause ? ` ${words.markAnchor}` : '';
      return [
        `${row.year}-${row.cause}`,
        {
          title: `${words.causes[row.cause]}, ${row.year}`,
          when: incidents,
          detail: `${fillTemplate(words.markDetail, { units: row.units.join(', ') })}${anchorNote}`,
          label: `${words.causes[row.cause]}, ${row.year}: ${incidents}.${anchorNote}`,
        },
      ];
    }),
  );
  const colours = Object.fromEntries(causes.map((cause) => [cause, palette[cause].light]));
  const anchorRows = data.byYearCause.filter((row) => row.year === data.anchor.year && row.cause === data.anchor.cause);
  const maxCount = Math.max(...data.byYearCause.map((row) => row.incidents));
  const height = causes.length * (narrow ? 110 : 84) + 40;
  const plot = Plot.plot({
    document,
    width,
    height,
    marginLeft: 30,
    marginRight: 12,
    marginTop: 8,
    marginBottom: 30,
    x: {
      type: 'band',
      domain: years,
      padding: 0.2,
      tickFormat: (year: number) => (year % (narrow ? 5 : 2) === 0 ? String(year) : ''),
      tickSize: 0,
      label: null,
    },
    y: {
      domain: [0, maxCount],
      ticks: [0, 5, 10].filter((tick) => tick <= maxCount),
      grid: true,
      label: null,
      insetTop: narrow ? 40 : 22,
    },
    fy: { domain: causes, axis: null, padding: 0.1 },
    color: { domain: causes, range: causes.map((cause) => colours[cause] ?? palette.axis.light) },
    marks: [
      Plot.frame({ anchor: 'bottom', ...paintMark({ stroke: 'axis' }) }),
      Plot.barY(rows, {
        x: 'year',
        y: 'incidents',
        fy: 'cause',
        fill: 'cause',
        title: 'key',
        ...paintEach(rows, (row) => row.cause),
      }),
      Plot.text(causes, {
        fy: (cause: Cause) => cause,
        // Wrapped to the chart's width from measured widths (text-metrics.ts), so a reader's text spacing never clips it.
        text: (cause: Cause) =>
          wrapToWidth(words.causes[cause], width - 30 - 12 - 4, { size: chartFontSize, bold: true }).join('\n'),
        lineAnchor: 'top',
        frameAnchor: 'top-left',
        dy: 2,
        dx: 2,
        fontWeight: 700,
        fontSize: 13,
        ...paintMark({ fill: 'text' }),
      }),
      // The anchor's bar is outlined, and named in the corner of its row (room a label beside a bar lacks at 320 px).
      Plot.barY(anchorRows, {
        x: 'year',
        y: 'incidents',
        fy: 'cause',
        fill: 'none',
        ...paintMark({ stroke: 'anchor' }),
        strokeWidth: 2.5,
        inset: -2,
      }),
      Plot.text(anchorRows, {
        fy: 'cause',
        text: () => fillTemplate(words.anchorLabel, { year: data.anchor.year }),
        frameAnchor: 'top-right',
        dy: narrow ? 20 : 2,
        ...paintMark({ fill: 'anchor' }),
        fontWeight: 700,
      }),
    ],
  });
  return adoptPlotSvg(plot, { ...options, height, className: 'chart-records-by-year-cause', marks, fontSize: 13 });
}

/** The records-by-year-and-cause description: years, totals per cause, the peak and the anchor's bar. */
export function describeRecordsByYearCause(data: RecordsByYearCauseData, text: InterfaceStrings): string {
  const words = text.charts.recordsByYearCause.describe;
  const rows = data.byYearCause;
  const years = rows.map((row) => row.year);
  const total = rows.reduce((sum, row) => sum + row.incidents, 0);
  const totals = causeOrder
    .map(
      (cause) =>
        [cause, rows.filter((row) => row.cause === cause).reduce((sum, row) => sum + row.incidents, 0)] as const,
    )
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  const peak = [...rows].sort((a, b) => b.incidents - a.incidents || a.year - b.year)[0];
  const anchorRow = rows.find((row) => row.year === data.anchor.year && row.cause === data.anchor.cause);
  const count = (cause: Cause, incidents: number) => fillPlural(words.causes[cause], incidents, text.locale);
  return [
    fillTemplate(words.intro, {
      total,
      from: Math.min(...years),
      to: Math.max(...years),
      totals: listInWords(
        totals.map(([cause, incidents]) => count(cause, incidents)),
        text.locale,
      ),
    }),
    peak ? fillTemplate(words.peak, { incidents: count(peak.cause, peak.incidents), year: peak.year }) : '',
    anchorRow
      ? fillTemplate(words.anchor, { incidents: count(anchorRow.cause, anchorRow.incidents), year: anchorRow.year })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The chart's data, and the comparison set it counts (for the subtitle and the sources). */
interface RecordsByYearCauseInput extends RecordsByYearCauseData {
  comparison: readonly RankedIncident[];
}

export const recordsByYearCauseChart = defineChart({
  id: 'records-by-year-cause',
  data: (derived): RecordsByYearCauseInput => {
    const anchor = derived.incidents.find((incident) => incident.isAnchor);
    if (!anchor) throw new Error('The comparison set has no anchor incident (isAnchor).');
    return { byYearCause: derived.incidentsByYearCause, anchor, comparison: derived.incidents };
  },
  words: (data, text) => {
    const words = text.charts.recordsByYearCause;
    return {
      title: words.title,
      subtitle: fillTemplate(words.subtitle, { count: data.comparison.length, anchorYear: data.anchor.year }),
      notes: words.notes,
    };
  },
  sourceIds: (data) => sourcesOf(data.comparison),
  describe: describeRecordsByYearCause,
  kind: 'bar',
  summarize: (data, text) => {
    const years = data.byYearCause.map((row) => row.year);
    return fillTemplate(text.charts.recordsByYearCause.summary, {
      from: Math.min(...years),
      to: Math.max(...years),
      max: Math.max(...data.byYearCause.map((row) => row.incidents)),
    });
  },
  download: ({ byYearCause, anchor }): RecordsByYearCauseData => ({ byYearCause, anchor }),
  sonify: (data, text) => {
    const years = yearsCovered(data.byYearCause);
    return {
      scale: 'linear',
      // A note per year for the incidents of every cause together, lighting that year's bar in each row.
      points: years.map((year) => {
        const rows = data.byYearCause.filter((row) => row.year === year);
        const incidents = rows.reduce((sum, row) => sum + row.incidents, 0);
        return { value: incidents > 0 ? incidents : null, marks: rows.map((row) => `${row.year}-${row.cause}`) };
      }),
      description: fillTemplate(text.charts.recordsByYearCause.sound, { from: years[0]!, to: years.at(-1)! }),
    };
  },
  rows: (data) => data.byYearCause,
  columns: (text) => {
    const columns = text.charts.columns;
    const causes = text.charts.recordsByYearCause.causes;
    return [
      { key: 'year', label: columns.year, numeric: true, value: (row) => row.year },
      { key: 'cause', label: columns.cause, value: (row) => causes[row.cause] },
      { key: 'incidents', label: columns.incidents, numeric: true, value: (row) => row.incidents },
      { key: 'units', label: columns.units, value: (row) => row.units.join('; ') },
    ];
  },
  render: renderRecordsByYearCause,
});
