/**
 * Risk: what could a criminal do with each kind of data that was left readable? One card per
 * exposed field (status plain or partly), most exposed first: the field, its status in words
 * beside a shape, and the misuse it allows, wrapped to the width.
 */
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillPlural, fillTemplate } from '../lib/template.ts';
import type { Field } from '../schemas/derived.ts';
import { defineChart, sourcesOf } from './chart.ts';
import { fieldColumns, fieldsByExposure } from './field-inventory.ts';
import { narrowBelow, type RenderedChart, type RenderOptions } from './layout.ts';
import { paint } from './palette.ts';
import { chartFontSize, chartRoot, multilineText, partlyMark, svgElement } from './svg.ts';
import { wrapToWidth } from './text-metrics.ts';

/** The fields readable in at least some records, most exposed first. */
export function exposedFields(fields: readonly Field[]): Field[] {
  return fieldsByExposure(fields).filter((field) => field.status !== 'redacted');
}

/** The shape for a status: a filled circle when readable, a triangle when partly redacted. */
function statusShape(document: Document, status: Field['status'], cx: number, cy: number): SVGElement {
  if (status === 'plain') return svgElement(document, 'circle', { cx, cy, r: 6, ...paint({ fill: 'plain' }) });
  return partlyMark(document, cx, cy);
}

/** Renders the risk view as an SVG element at the given width. */
export function renderRisk(fields: readonly Field[], options: RenderOptions, text: InterfaceStrings): RenderedChart {
  const words = text.charts.risk;
  const statusText = text.charts.fieldInventory.status;
  const statusInProse = text.charts.fieldInventory.statusInProse;
  const { width, document } = options;
  const narrow = width < narrowBelow;
  const lineHeight = 17;
  // Text starts at x 32 and keeps 8 px from the card's edge; widths are measured (text-metrics.ts).
  const textWidth = width - 40;
  let y = 6;
  const cards = svgElement(document, 'g', { class: 'risk-cards' });
  for (const field of exposedFields(fields)) {
    const heading = wrapToWidth(
      fillTemplate(words.cardHeading, { field: field.field, status: statusInProse[field.status] }),
      textWidth,
      { size: chartFontSize, bold: true },
    );
    // A narrow compact card (an embed) names the field only, so the cards fit a 1,000 px frame;
    // the misuse is in the card's details and the table.
    const risk = narrow && options.compact ? [] : wrapToWidth(field.risk, textWidth, { size: chartFontSize });
    const height = 12 + heading.length * lineHeight + risk.length * lineHeight + 10;
    const card = svgElement(document, 'g', {
      class: 'chart-mark',
      'data-mark': field.id,
      'data-title': field.field,
      'data-when': statusText[field.status],
      'data-detail': field.note ? `${field.risk} ${field.note}` : field.risk,
      role: 'img',
      'aria-label': `${field.field}, ${statusInProse[field.status]}: ${field.risk}`,
    });
    card.append(
      svgElement(document, 'rect', {
        x: 1,
        y,
        width: width - 2,
        height: height - 6,
        rx: 4,
        // The card is the backdrop of its own text, on purpose.
        'data-backdrop': 'true',
        ...paint({ fill: 'surface', stroke: 'grid' }),
      }),
      statusShape(document, field.status, 18, y + 16),
      multilineText(
        document,
        heading,
        { x: 32, y: y + 21, 'font-weight': 700, ...paint({ fill: 'text' }) },
        lineHeight,
      ),
      multilineText(
        document,
        risk,
        { x: 32, y: y + 21 + heading.length * lineHeight, ...paint({ fill: 'text' }) },
        lineHeight,
      ),
    );
    cards.append(card);
    y += height;
  }
  const rendered = chartRoot(document, { ...options, height: y + 4, className: 'chart-risk' });
  rendered.svg.append(cards);
  return rendered;
}

/** The risk view's description: how many exposed fields, and that each card names a misuse. */
export function describeRisk(fields: readonly Field[], text: InterfaceStrings): string {
  const words = text.charts.risk.describe;
  const exposed = exposedFields(fields);
  // The cards and the table name each field; a list here would make one long sentence.
  return fillTemplate(words.intro, { kinds: fillPlural(words.kinds, exposed.length, text.locale) });
}

export const riskChart = defineChart({
  id: 'risk',
  data: (derived) => derived.fields,
  words: (fields, text) => {
    const words = text.charts.risk;
    return {
      title: words.title,
      subtitle: fillTemplate(words.subtitle, { exposed: exposedFields(fields).length }),
      notes: words.notes,
    };
  },
  sourceIds: (fields) => sourcesOf(exposedFields(fields)),
  describe: describeRisk,
  kind: 'list',
  summarize: (_fields, text) => text.charts.risk.summary,
  download: exposedFields,
  rows: exposedFields,
  columns: (text) => {
    const columns = text.charts.columns;
    return [
      ...fieldColumns(text),
      { key: 'risk', label: columns.risk, value: (field) => field.risk },
      { key: 'note', label: columns.note, value: (field) => field.note ?? '' },
    ];
  },
  render: renderRisk,
});
