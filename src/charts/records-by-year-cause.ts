/**
 * Records by year and cause: did misconfiguration overtake hacking? Incidents in the comparison
 * set per year of disclosure, one row of bars per cause (small multiples, so the rows are told
 * apart by their labels, not only by colour). Counts incidents, never sums figures in different
 * units. Observable Plot, rendered on the given document.
 */
import * as Plot from '@observablehq/plot';
import strings from '../../content/strings.json';
import type { Cause, RankedIncident, YearCause } from '../schemas/derived.ts';
import { fillTemplate } from './format.ts';
import { palette } from './palette.ts';
import { adoptPlotSvg, markKeyPrefix, type MarkDetails } from './plot-svg.ts';
import { narrowBelow, type RenderOptions } from './types.ts';

const text = strings.charts.recordsByYearCause;

/** The chart's data: counts per year and cause, and the anchor incident to point at. */
export interface RecordsByYearCauseData {
  byYearCause: readonly YearCause[];
  anchor: RankedIncident;
}

/** Causes in the order drawn, keeping only those with at least one incident. */
export function causesPresent(rows: readonly YearCause[]): Cause[] {
  const order: Cause[] = ['misconfiguration', 'hack', 'other', 'insider'];
  return order.filter((cause) => rows.some((row) => row.cause === cause));
}

/** Every year from the first to the last, so gaps show as gaps rather than closing up. */
export function yearsCovered(rows: readonly YearCause[]): number[] {
  const years = rows.map((row) => row.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Renders the records-by-year-and-cause chart as an SVG element at the given width. */
export function renderRecordsByYearCause(data: RecordsByYearCauseData, options: RenderOptions): SVGSVGElement {
  const { width, document } = options;
  const narrow = width < narrowBelow;
  const causes = causesPresent(data.byYearCause);
  const years = yearsCovered(data.byYearCause);
  const rows = data.byYearCause.map((row) => ({
    ...row,
    causeLabel: text.causes[row.cause],
    key: `${markKeyPrefix}${row.year}-${row.cause}`,
  }));
  const marks = new Map<string, MarkDetails>(
    data.byYearCause.map((row) => {
      const incidents = `${row.incidents} ${row.incidents === 1 ? 'incident' : 'incidents'}`;
      const anchorNote =
        row.year === data.anchor.year && row.cause === data.anchor.cause
          ? ` One of them is the Microsoft exposure.`
          : '';
      return [
        `${row.year}-${row.cause}`,
        {
          title: `${text.causes[row.cause]}, ${row.year}`,
          when: incidents,
          detail: `Headline figures in: ${row.units.join(', ')}.${anchorNote}`,
          label: `${text.causes[row.cause]}, ${row.year}: ${incidents}.${anchorNote}`,
        },
      ];
    }),
  );
  const colours = Object.fromEntries(causes.map((cause) => [cause, palette[cause].light]));
  const anchorRows = data.byYearCause.filter((row) => row.year === data.anchor.year && row.cause === data.anchor.cause);
  const maxCount = Math.max(...data.byYearCause.map((row) => row.incidents));
  const plot = Plot.plot({
    document,
    width,
    height: causes.length * (narrow ? 110 : 84) + 40,
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
      Plot.frame({ anchor: 'bottom', stroke: palette.axis.light }),
      Plot.barY(rows, { x: 'year', y: 'incidents', fy: 'cause', fill: 'cause', title: 'key' }),
      Plot.text(causes, {
        fy: (cause: Cause) => cause,
        text: (cause: Cause) => text.causes[cause],
        frameAnchor: 'top-left',
        dy: 2,
        dx: 2,
        fontWeight: 700,
        fontSize: 13,
        fill: palette.text.light,
      }),
      // The anchor's bar is outlined, and named in the corner of its row (room a label beside a bar lacks at 320 px).
      Plot.barY(anchorRows, {
        x: 'year',
        y: 'incidents',
        fy: 'cause',
        fill: 'none',
        stroke: palette.anchor.light,
        strokeWidth: 2.5,
        inset: -2,
      }),
      Plot.text(anchorRows, {
        fy: 'cause',
        text: () => fillTemplate(text.anchorLabel, { year: data.anchor.year }),
        frameAnchor: 'top-right',
        dy: narrow ? 20 : 2,
        fill: palette.anchor.light,
        fontWeight: 700,
      }),
    ],
  });
  return adoptPlotSvg(plot, { ...options, className: 'chart-records-by-year-cause', marks, fontSize: 12 });
}

/** The subtitle's figures: the size of the comparison set and the anchor's year. */
export function recordsByYearCauseSubtitle(data: RecordsByYearCauseData, incidentCount: number): string {
  return fillTemplate(text.subtitle, { count: incidentCount, anchorYear: data.anchor.year });
}
