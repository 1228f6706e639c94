/**
 * Field inventory: which kinds of data were in the records, and did the redaction hide them?
 * One row per field, one column per redaction status, a shape in the matching column (circle
 * readable, triangle partly, square redacted), so status reads from position and shape, not
 * only colour. Observable Plot, rendered on the given document.
 */
import * as Plot from '@observablehq/plot';
import strings from '../../content/strings.json';
import type { Field } from '../schemas/derived.ts';
import { wrapText } from './format.ts';
import { palette } from './palette.ts';
import { adoptPlotSvg, markKeyPrefix, type MarkDetails } from './plot-svg.ts';
import { narrowBelow, type RenderOptions } from './types.ts';

const text = strings.charts.fieldInventory;

/** Redaction statuses from most to least exposed: the column order and the row sort. */
export const statusOrder = ['plain', 'partly', 'redacted'] as const satisfies readonly Field['status'][];

/** Fields sorted from most to least exposed, keeping the data's order within a status. */
export function fieldsByExposure(fields: readonly Field[]): Field[] {
  return [...fields].sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
}

const symbols = { plain: 'circle', partly: 'triangle', redacted: 'square' } as const;

/** Renders the field inventory as an SVG element at the given width. */
export function renderFieldInventory(fields: readonly Field[], options: RenderOptions): SVGSVGElement {
  const { width, document } = options;
  const narrow = width < narrowBelow;
  const sorted = fieldsByExposure(fields);
  const labelChars = narrow ? Math.floor(width / 16) : 40;
  const lineCount = Math.max(...sorted.map((field) => wrapText(field.field, labelChars).length));
  const rowHeight = narrow ? 16 * lineCount + 14 : 34;
  const marginLeft = narrow ? Math.round(width * 0.45) : 300;
  const marks = new Map<string, MarkDetails>(
    sorted.map((field) => [
      field.id,
      {
        title: field.field,
        when: text.status[field.status],
        detail: field.description,
        label: `${field.field}: ${text.status[field.status]}.`,
      },
    ]),
  );
  const rows = sorted.map((field) => ({
    ...field,
    key: `${markKeyPrefix}${field.id}`,
    label: wrapText(field.field, labelChars).join('\n'),
  }));
  const plot = Plot.plot({
    document,
    width,
    height: sorted.length * rowHeight + 52,
    marginLeft,
    marginRight: 8,
    marginTop: 44,
    marginBottom: 8,
    x: { type: 'band', domain: [...statusOrder], axis: null, padding: 0.05 },
    y: { type: 'band', domain: rows.map((row) => row.id), axis: null, padding: 0 },
    color: { domain: [...statusOrder], range: statusOrder.map((status) => palette[status].light) },
    symbol: { domain: [...statusOrder], range: statusOrder.map((status) => symbols[status]) },
    marks: [
      Plot.gridY(
        rows.map((row) => row.id),
        { y: (id: string) => id, stroke: palette.grid.light, strokeOpacity: 1 },
      ),
      // Column headings, wrapped to the column width.
      Plot.text(statusOrder, {
        x: (status: Field['status']) => status,
        text: (status: Field['status']) => wrapText(text.status[status], narrow ? 9 : 20).join('\n'),
        frameAnchor: 'top',
        dy: -40,
        lineAnchor: 'top',
        fontWeight: 700,
        fill: palette.text.light,
      }),
      // Field names in the left margin.
      Plot.text(rows, {
        y: 'id',
        text: 'label',
        frameAnchor: 'left',
        dx: -marginLeft + 8,
        textAnchor: 'start',
        fill: palette.text.light,
        lineHeight: 1.1,
      }),
      Plot.dot(rows, { x: 'status', y: 'id', symbol: 'status', fill: 'status', r: 7, title: 'key' }),
    ],
  });
  return adoptPlotSvg(plot, { ...options, className: 'chart-field-inventory', marks });
}
