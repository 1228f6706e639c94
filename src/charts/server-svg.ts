/**
 * Build-time rendering: a chart drawn on a linkedom document and serialised to markup. The figure
 * frame inlines the result; the /charts/ endpoints write it as the SVG download and the source of
 * the PNG. The size travels with the markup, so nothing reads it back out of the SVG.
 */
import { parseHTML } from 'linkedom';
import type { Chart } from './chart.ts';
import { layoutWidths, type LayoutName } from './layout.ts';

/** A fresh server-side document to draw on. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for XML content and double-quoted attributes. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (character) => escapes[character] ?? character);
}

/** Attributes holding coordinates, whose numbers are rounded on output (Plot leaves float noise such as 0.35200000000000004). */
const geometryAttributes = new Set([
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'transform',
  'points',
  'dx',
  'dy',
]);

/** Rounds every decimal in a string to two places: small markup, stable snapshots. */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
}

/**
 * Serialises an element as XML that is also valid inline HTML. Written here because linkedom's
 * `outerHTML` leaves `&` unescaped in attributes, which breaks the standalone SVG files;
 * coordinates are rounded on the way.
 */
export function serializeElement(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const attributes = Array.from(
    element.attributes,
    (attribute) =>
      ` ${attribute.name}="${escapeXml(geometryAttributes.has(attribute.name) ? roundNumbers(attribute.value) : attribute.value)}"`,
  ).join('');
  const children = Array.from(element.childNodes, serializeElement).join('');
  return children
    ? `<${element.localName}${attributes}>${children}</${element.localName}>`
    : `<${element.localName}${attributes}/>`;
}

/** A chart as markup, with the size its viewBox reserves. */
export interface ChartMarkup {
  svg: string;
  width: number;
  height: number;
}

/** The chart's SVG markup at a width, with ids prefixed by `idPrefix`. */
export function renderChartMarkup(
  chart: Chart,
  width: number,
  idPrefix = `chart-${chart.id}-${width}`,
  inline = false,
  compact = false,
): ChartMarkup {
  const rendered = chart.render({ width, document: serverDocument(), idPrefix, inline, compact });
  return { svg: serializeElement(rendered.svg), width: rendered.width, height: rendered.height };
}

/** Every layout of a chart, as the figure frame shows them inline (CSS picks one); `compact` in an embed. */
export function renderChartLayouts(chart: Chart, idPrefix: string, compact = false): Record<LayoutName, string> {
  const markup = (layout: LayoutName) =>
    renderChartMarkup(chart, layoutWidths[layout], `${idPrefix}-${layout}`, true, compact).svg;
  return { narrow: markup('narrow'), medium: markup('medium'), wide: markup('wide') };
}
