/**
 * Field inventory: which kinds of data were in the records, and did the redaction hide them?
 * One row per field, one column per redaction status, a shape in the matching column (circle
 * readable, triangle partly, square redacted), so status reads from position and shape, not
 * only colour. Observable Plot, rendered on the given document.
 */
import * as Plot from '@observablehq/plot';
import { formatCount, listInWords } from '../lib/format.ts';
import type { InterfaceStrings } from '../lib/strings.ts';
import { fillTemplate } from '../lib/template.ts';
import type { Field } from '../schemas/derived.ts';
import { defineChart, sourcesOf, type TableColumn } from './chart.ts';
import { narrowBelow, type RenderedChart, type RenderOptions } from './layout.ts';
import { palette } from './palette.ts';
import { adoptPlotSvg, markKeyPrefix, paintEach, paintMark, type MarkDetails } from './plot-svg.ts';
import { chartFontSize } from './svg.ts';
import { wrapToWidth } from './text-metrics.ts';

/** Redaction statuses from most to least exposed: the column order and the row sort. */
export const statusOrder = ['plain', 'partly', 'redacted'] as const satisfies readonly Field['status'][];

/** Fields sorted from most to least exposed, keeping the data's order within a status. */
export function fieldsByExposure(fields: readonly Field[]): Field[] {
  return [...fields].sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
}

const symbols = { plain: 'circle', partly: 'triangle', redacted: 'square' } as const;

/** Renders the field inventory as an SVG element at the given width. */
export function renderFieldInventory(
  fields: readonly Field[],
  options: RenderOptions,
  text: InterfaceStrings,
): RenderedChart {
  const words = text.charts.fieldInventory;
  const { width, document } = options;
  const narrow = width < narrowBelow;
  const sorted = fieldsByExposure(fields);
  // Narrow, the key names the columns, so they need only room for a dot each; the names get the rest.
  const marginLeft = narrow ? width - 8 - 3 * 36 : 300;
  // Field names wrap within the left margin, from measured widths (text-metrics.ts).
  const labelLines = (field: Field) => wrapToWidth(field.field, marginLeft - 16, { size: chartFontSize });
  const lineCount = Math.max(...sorted.map((field) => labelLines(field).length));
  const rowHeight = Math.max(narrow ? 30 : 34, Math.ceil(chartFontSize * 1.1 * lineCount) + 14);
  const marks = new Map<string, MarkDetails>(
    sorted.map((field) => [
      field.id,
      {
        title: field.field,
        when: words.status[field.status],
        detail: field.description,
        label: `${field.field}: ${words.status[field.status]}.`,
      },
    ]),
  );
  const rows = sorted.map((field) => ({
    ...field,
    key: `${markKeyPrefix}${field.id}`,
    label: labelLines(field).join('\n'),
  }));
  // Narrow, the three columns are too slim for their headings under a reader's text spacing: a key
  // of shape and status, one per line, says what each column is instead (the dots repeat the shape).
  const keyLine = 18;
  const marginTop = narrow ? statusOrder.length * keyLine + 12 : 44;
  const headings = narrow
    ? statusOrder.flatMap((status, index) => [
        Plot.dot([status], {
          frameAnchor: 'top-left',
          dx: -marginLeft + 14,
          dy: -marginTop + 12 + index * keyLine,
          symbol: () => status,
          fill: () => status,
          r: 6,
          ...paintEach([status], () => status),
        }),
        Plot.text([status], {
          frameAnchor: 'top-left',
          dx: -marginLeft + 26,
          dy: -marginTop + 5 + index * keyLine,
          lineAnchor: 'top',
          textAnchor: 'start',
          text: () => words.status[status],
          fontWeight: 700,
          ...paintMark({ fill: 'text' }),
        }),
      ])
    : [
        // Column headings, wrapped to the column width.
        Plot.text(statusOrder, {
          x: (status: Field['status']) => status,
          text: (status: Field['status']) =>
            wrapToWidth(words.status[status], (width - marginLeft - 8) / statusOrder.length - 8, {
              size: chartFontSize,
              bold: true,
            }).join('\n'),
          frameAnchor: 'top',
          dy: -40,
          lineAnchor: 'top',
          fontWeight: 700,
          ...paintMark({ fill: 'text' }),
        }),
      ];
  const height = sorted.length * rowHeight + marginTop + 8;
  const plot = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight: 8,
    marginTop,
    marginBottom: 8,
    x: { type: 'band', domain: [...statusOrder], axis: null, padding: 0.05 },
    y: { type: 'band', domain: rows.map((row) => row.id), axis: null, padding: 0 },
    color: { domain: [...statusOrder], range: statusOrder.map((status) => palette[status].light) },
    symbol: { domain: [...statusOrder], range: statusOrder.map((status) => symbols[status]) },
    marks: [
      Plot.gridY(
        rows.map((row) => row.id),
        { y: (id: string) => id, ...paintMark({ stroke: 'grid' }), strokeOpacity: 1 },
      ),
      ...headings,
      // Field names in the left margin.
      Plot.text(rows, {
        y: 'id',
        text: 'label',
        frameAnchor: 'left',
        dx: -marginLeft + 8,
        textAnchor: 'start',
        ...paintMark({ fill: 'text' }),
        lineHeight: 1.1,
      }),
      // Each dot is painted with its status's own key: "plain" and "anchor" share a colour but not a meaning.
      Plot.dot(rows, {
        x: 'status',
        y: 'id',
        symbol: 'status',
        fill: 'status',
        r: 7,
        title: 'key',
        ...paintEach(rows, (row) => row.status),
      }),
    ],
  });
  return adoptPlotSvg(plot, { ...options, height, className: 'chart-field-inventory', marks });
}

/** The field inventory's description: how many kinds of data, and which are in each status. */
export function describeFieldInventory(fields: readonly Field[], text: InterfaceStrings): string {
  const words = text.charts.fieldInventory;
  // The main finding first, then one short sentence per status (a plain reading level).
  const groups = statusOrder
    .map((status) => ({ status, names: fields.filter((field) => field.status === status).map((field) => field.field) }))
    .filter((group) => group.names.length)
    .map((group) =>
      fillTemplate(words.describe.group, {
        count: group.names.length,
        status: words.status[group.status],
        fields: listInWords(group.names, text.locale),
      }),
    );
  const plain = fields.filter((field) => field.status === 'plain').length;
  return [fillTemplate(words.describe.intro, { count: fields.length, plain }), ...groups].join(' ');
}

/** The two columns every table of fields starts with: the kind of data, and what redaction did to it. */
export function fieldColumns(text: InterfaceStrings): TableColumn<Field>[] {
  const words = text.charts.fieldInventory;
  return [
    { key: 'field', label: words.field, value: (field) => field.field },
    { key: 'status', label: text.charts.columns.redaction, value: (field) => words.status[field.status] },
  ];
}

/** The field inventory's data: the fields, and the record count the subtitle gives. */
interface FieldInventoryInput {
  fields: readonly Field[];
  /** Records exposed (fact `records-exposed`). */
  records: number;
}

export const fieldInventoryChart = defineChart({
  id: 'field-inventory',
  data: (derived): FieldInventoryInput => ({
    fields: derived.fields,
    records: Number(derived.getFact('records-exposed').value),
  }),
  kind: 'dot',
  summarize: (_data, text) => text.charts.fieldInventory.summary,
  words: (data, text) => {
    const words = text.charts.fieldInventory;
    return {
      title: words.title,
      subtitle: fillTemplate(words.subtitle, { records: formatCount(data.records) }),
      notes: [...words.notes, words.shapes],
    };
  },
  sourceIds: (data) => sourcesOf(data.fields),
  describe: (data, text) => describeFieldInventory(data.fields, text),
  download: (data) => data.fields,
  rows: (data) => fieldsByExposure(data.fields),
  columns: (text) => {
    const columns = text.charts.columns;
    return [
      ...fieldColumns(text),
      { key: 'description', label: columns.description, value: (field) => field.description },
      { key: 'example', label: columns.example, value: (field) => field.example },
    ];
  },
  render: (data, options, text) => renderFieldInventory(data.fields, options, text),
});
