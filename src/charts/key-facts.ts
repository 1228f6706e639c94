/**
 * Key facts: who established each of the story's key figures and dates, and which rest on a single
 * source. The facts are the rows of data/raw/facts.csv with an `established_by` source, grouped by
 * that source (Microsoft's post, the researchers' report), dates first in order, then figures; each
 * row gives the value, its label, its status in words beside a shape, and how many other sources
 * the row lists (outlets that repeated or questioned it).
 */
import { formatFactValue, listInWords, shortPublisher } from '../lib/format.ts';
import type { DerivedData } from '../lib/derived-data.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillPlural, fillTemplate } from '../lib/template.ts';
import type { Fact, Source } from '../schemas/derived.ts';
import { defineChart } from './chart.ts';
import { wrapToWidth } from './text-metrics.ts';
import type { RenderedChart, RenderOptions } from './layout.ts';
import { paint } from './palette.ts';
import { chartFontSize, chartRoot, multilineText, partlyMark, svgElement } from './svg.ts';

/** One key fact and the source that established it. */
export interface KeyFact {
  fact: Fact;
  origin: Source;
}

/** The facts established by one source. */
export interface KeyFactGroup {
  origin: Source;
  facts: KeyFact[];
}

/** Dates in the order they happened, then figures by id: the reading order within a group. */
function byDateThenId(a: Fact, b: Fact): number {
  if (a.kind !== b.kind) return a.kind === 'date' ? -1 : 1;
  return a.kind === 'date' ? String(a.value).localeCompare(String(b.value)) : a.id.localeCompare(b.id);
}

/** Facts with an `establishedBy` source, grouped by it (groups by publisher name), each group in reading order. */
export function keyFactGroups(derived: Pick<DerivedData, 'facts' | 'getSource'>): KeyFactGroup[] {
  const groups = new Map<string, KeyFactGroup>();
  for (const fact of derived.facts) {
    if (!fact.establishedBy) continue;
    const origin = derived.getSource(fact.establishedBy);
    const group = groups.get(origin.id) ?? { origin, facts: [] };
    group.facts.push({ fact, origin });
    groups.set(origin.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.origin.publisher.localeCompare(b.origin.publisher))
    .map((group) => ({ ...group, facts: group.facts.sort((a, b) => byDateThenId(a.fact, b.fact)) }));
}

const allFacts = (groups: readonly KeyFactGroup[]) => groups.flatMap((group) => group.facts);

/** The status shape: a filled circle for a single source, a ring when confirmed, a triangle when disputed. */
function statusShape(document: Document, status: Fact['status'], cx: number, cy: number): SVGElement {
  if (status === 'single-source') return svgElement(document, 'circle', { cx, cy, r: 6, ...paint({ fill: 'anchor' }) });
  if (status === 'confirmed')
    return svgElement(document, 'circle', {
      cx,
      cy,
      r: 5,
      'stroke-width': 2.5,
      ...paint({ fill: 'bg', stroke: 'redacted' }),
    });
  return partlyMark(document, cx, cy);
}

/** "single source; 5 other sources list it". */
function rowDetail(fact: Fact, text: InterfaceStrings): string {
  const words = text.charts.keyFacts;
  return fillTemplate(words.rowDetail, {
    status: words.status[fact.status],
    others: fillPlural(words.others, fact.sourceIds.length - 1, text.locale),
  });
}

/** Renders the key facts at a width: one heading per source, one row per fact. */
export function renderKeyFacts(
  groups: readonly KeyFactGroup[],
  options: RenderOptions,
  text: InterfaceStrings,
): RenderedChart {
  const words = text.charts.keyFacts;
  const { width, document } = options;
  const lineHeight = 18;
  const textX = 26;
  // Lines wrapped from measured widths (text-metrics.ts), so a reader's text spacing never pushes them out.
  const textWidth = width - textX;
  const marks = svgElement(document, 'g', { class: 'key-facts' });
  let y = 4;
  for (const group of groups) {
    const heading = wrapToWidth(fillTemplate(words.groupHeading, { publisher: group.origin.publisher }), width, {
      size: chartFontSize,
      bold: true,
    });
    y += lineHeight;
    marks.append(
      multilineText(document, heading, { x: 0, y, 'font-weight': 700, ...paint({ fill: 'text' }) }, lineHeight),
    );
    y += (heading.length - 1) * lineHeight + 10;
    for (const { fact } of group.facts) {
      const value = formatFactValue(fact, text.locale);
      const label = wrapToWidth(`${value}: ${fact.label}`, textWidth, { size: chartFontSize });
      // Compact (an embed), a row says only the status; how many sources cite it is in its details and the table.
      const details = rowDetail(fact, text);
      const shown = options.compact ? words.status[fact.status] : details;
      const detail = wrapToWidth(shown, textWidth, { size: 13 });
      const top = y;
      const row = svgElement(document, 'g', {
        class: 'chart-mark',
        'data-mark': fact.id,
        'data-title': fact.label,
        'data-when': value,
        'data-detail': details,
        role: 'img',
        'aria-label': `${fact.label}: ${value}. ${details}.`,
      });
      const rowHeight = 12 + label.length * lineHeight + detail.length * (lineHeight - 2);
      row.append(
        // A transparent hit area the size of the row, so pointer and focus ring have one target.
        svgElement(document, 'rect', { class: 'hit', x: 0, y: top, width, height: rowHeight, fill: 'transparent' }),
        svgElement(document, 'line', { x1: 0, x2: width, y1: top, y2: top, ...paint({ stroke: 'grid' }) }),
        statusShape(document, fact.status, 9, top + 15),
        multilineText(document, label, { x: textX, y: top + 20, ...paint({ fill: 'text' }) }, lineHeight),
        multilineText(
          document,
          detail,
          { x: textX, y: top + 20 + label.length * lineHeight, 'font-size': 13, ...paint({ fill: 'muted' }) },
          lineHeight - 2,
        ),
      );
      marks.append(row);
      y = top + rowHeight;
    }
    y += 12;
  }
  const rendered = chartRoot(document, { ...options, height: y, className: 'chart-key-facts' });
  rendered.svg.append(marks);
  return rendered;
}

/** The description: how many facts from which sources, and which rest on a single source. */
export function describeKeyFacts(groups: readonly KeyFactGroup[], text: InterfaceStrings): string {
  const words = text.charts.keyFacts.describe;
  const single = allFacts(groups).filter(({ fact }) => fact.status === 'single-source');
  return fillTemplate(words.intro, {
    facts: fillPlural(words.facts, allFacts(groups).length, text.locale),
    groups: listInWords(
      groups.map((group) =>
        fillTemplate(words.group, {
          facts: fillPlural(words.facts, group.facts.length, text.locale),
          publisher: shortPublisher(group.origin.publisher),
        }),
      ),
      text.locale,
    ),
    // The single-source facts are counted, not listed: a list of labels makes a sentence too long to read
    // plainly, and every mark and table row says its status.
    single: fillPlural(words.single, single.length, text.locale),
  });
}

/** One row of the table and the downloads. */
interface KeyFactRow {
  fact: Fact;
  origin: Source;
}

export const keyFactsChart = defineChart({
  id: 'key-facts',
  data: keyFactGroups,
  words: (groups, text) => {
    const words = text.charts.keyFacts;
    return {
      title: words.title,
      subtitle: fillTemplate(words.subtitle, { count: allFacts(groups).length }),
      notes: words.notes,
    };
  },
  sourceIds: (groups) => [...new Set(allFacts(groups).flatMap(({ fact }) => fact.sourceIds))],
  describe: describeKeyFacts,
  download: (groups) =>
    allFacts(groups).map(({ fact, origin }) => ({ ...fact, establishedByPublisher: origin.publisher })),
  rows: (groups): KeyFactRow[] => allFacts(groups),
  columns: (text) => {
    const columns = text.charts.columns;
    return [
      { key: 'fact', label: columns.fact, value: (row: KeyFactRow) => row.fact.label },
      { key: 'value', label: columns.value, value: (row: KeyFactRow) => formatFactValue(row.fact, text.locale) },
      { key: 'establishedBy', label: columns.establishedBy, value: (row: KeyFactRow) => row.origin.publisher },
      {
        key: 'status',
        label: columns.status,
        value: (row: KeyFactRow) => text.charts.keyFacts.status[row.fact.status],
      },
      {
        key: 'otherSources',
        label: columns.otherSources,
        numeric: true,
        value: (row: KeyFactRow) => row.fact.sourceIds.length - 1,
      },
    ];
  },
  render: renderKeyFacts,
});
