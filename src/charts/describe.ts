/**
 * Accessible descriptions generated from each chart's data: what kind of chart, the range it
 * covers, and where the Microsoft exposure stands. They go in the SVG's <desc>, under the
 * figure, and in the embed; when the data changes, so do they.
 */
import type { Field, Timeline, YearCause } from '../schemas/derived.ts';
import { exposedFields } from './risk.ts';
import { formatCount, formatDate, formatOrdinal } from './format.ts';
import { formatWithUnit, type RecordVolumeData } from './record-volume.ts';
import type { RecordsByYearCauseData } from './records-by-year-cause.ts';
import { statusOrder } from './field-inventory.ts';

/** Joins words as prose: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The timeline's description: span, number of events, the exposure window and the disputed dates. */
export function describeTimeline(timeline: Timeline): string {
  const window = timeline.exposureWindow;
  const disputed = timeline.events.filter((event) => event.disputed);
  const disclosed = timeline.events.find((event) => event.category === 'disclosure');
  const parts = [
    `Timeline of ${timeline.events.length} events from ${timeline.overview.start.slice(0, 4)} to ${timeline.overview.end.slice(0, 4)}, with a detail of ${formatDate(timeline.detail.start, 'month')} to ${formatDate(timeline.detail.end, 'month')}.`,
    `The Microsoft support database was open for ${window.days} days, from ${formatDate(window.start)} to ${formatDate(window.end)}, shown as a shaded band.`,
  ];
  if (disputed.length)
    parts.push(
      `Sources disagree on the dates of ${disputed.length === 1 ? 'one event' : `${disputed.length} events`} (${listInWords(disputed.map((event) => `${event.title}: ${formatDate(event.disputed!.from)} to ${formatDate(event.disputed!.to)}`))}), drawn as ranges.`,
    );
  if (disclosed) parts.push(`It became public on ${formatDate(disclosed.date)}.`);
  return parts.join(' ');
}

/** The record-volume description: scale, range with units, the copies and the anchor's rank. */
export function describeRecordVolume(data: RecordVolumeData): string {
  const sorted = [...data.incidents].sort((a, b) => a.records - b.records);
  const smallest = sorted[0];
  const largest = sorted.at(-1);
  const anchor = data.incidents.find((incident) => incident.isAnchor);
  if (!smallest || !largest || !anchor) throw new Error('describeRecordVolume needs incidents including the anchor');
  return [
    `Bar chart on a logarithmic scale of ${data.incidents.length} breaches and exposures, each figure in its own unit, from ${formatWithUnit(smallest.records, smallest.unit)} (${smallest.organization}, ${smallest.year}) to ${formatWithUnit(largest.records, largest.unit)} (${largest.organization}, ${largest.year}).`,
    `The Microsoft exposure, ${formatWithUnit(anchor.records, anchor.unit)}, was mirrored on ${data.servers} servers holding copies of the same ${formatCount(data.records)} records, and ranks ${formatOrdinal(anchor.kindRank)} of the ${data.incidents.filter((incident) => incident.kind === anchor.kind).length} incidents counted in ${anchor.kind}.`,
  ].join(' ');
}

const causeWords: Record<YearCause['cause'], [string, string]> = {
  misconfiguration: ['misconfiguration', 'misconfigurations'],
  hack: ['hack', 'hacks'],
  other: ['other incident', 'other incidents'],
  insider: ['insider incident', 'insider incidents'],
};

/** The records-by-year-and-cause description: years, totals per cause, the peak and the anchor's bar. */
export function describeRecordsByYearCause(data: RecordsByYearCauseData): string {
  const rows = data.byYearCause;
  const years = rows.map((row) => row.year);
  const total = rows.reduce((sum, row) => sum + row.incidents, 0);
  const totals = (Object.keys(causeWords) as YearCause['cause'][])
    .map(
      (cause) =>
        [cause, rows.filter((row) => row.cause === cause).reduce((sum, row) => sum + row.incidents, 0)] as const,
    )
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  const peak = [...rows].sort((a, b) => b.incidents - a.incidents || a.year - b.year)[0];
  const anchorRow = rows.find((row) => row.year === data.anchor.year && row.cause === data.anchor.cause);
  const word = (cause: YearCause['cause'], count: number) => `${count} ${causeWords[cause][count === 1 ? 0 : 1]}`;
  return [
    `Bar charts of ${total} incidents by year of disclosure, ${Math.min(...years)} to ${Math.max(...years)}, one row per cause: ${listInWords(totals.map(([cause, count]) => word(cause, count)))}.`,
    peak ? `The tallest bar is ${word(peak.cause, peak.incidents)} in ${peak.year}.` : '',
    anchorRow
      ? `The Microsoft exposure is one of ${word(anchorRow.cause, anchorRow.incidents)} disclosed in ${anchorRow.year}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const statusWords: Record<Field['status'], string> = {
  plain: 'left readable',
  partly: 'partly redacted',
  redacted: 'redacted',
};

/** The field inventory's description: how many kinds of data, and which are in each status. */
export function describeFieldInventory(fields: readonly Field[]): string {
  const groups = statusOrder
    .map((status) => ({ status, names: fields.filter((field) => field.status === status).map((field) => field.field) }))
    .filter((group) => group.names.length);
  return `Chart of the ${fields.length} kinds of data in the exposed Microsoft support records, by what the automated redaction did to each: ${groups.map((group) => `${group.names.length} ${statusWords[group.status]} (${listInWords(group.names)})`).join('; ')}.`;
}

/** The risk view's description: how many exposed fields, and that each card names a misuse. */
export function describeRisk(fields: readonly Field[]): string {
  const exposed = exposedFields(fields);
  return `List of the ${exposed.length} ${exposed.length === 1 ? 'kind' : 'kinds'} of data readable in at least some of the Microsoft support records (${listInWords(exposed.map((field) => field.field))}), each with what a criminal could do with it.`;
}
