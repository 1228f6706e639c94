/**
 * Build-time rendering: a chart spec drawn on a linkedom document and serialised to markup. The
 * figure frame inlines the result; the /charts/ endpoints write it as the SVG download and the
 * source of the PNG.
 */
import { parseHTML } from 'linkedom';
import { getChart, type ChartId } from './registry.ts';
import { layoutWidths, type LayoutName } from './types.ts';

/** A fresh server-side document to draw on. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for XML content and double-quoted attributes. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (character) => escapes[character] ?? character);
}

/**
 * Serialises an element as XML that is also valid inline HTML. Written here because linkedom's
 * `outerHTML` leaves `&` unescaped in attributes, which breaks the standalone SVG files.
 */
export function serializeElement(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const attributes = Array.from(element.attributes, (attribute) => ` ${attribute.name}="${escapeXml(attribute.value)}"`).join('');
  const children = Array.from(element.childNodes, serializeElement).join('');
  return children ? `<${element.localName}${attributes}>${children}</${element.localName}>` : `<${element.localName}${attributes}/>`;
}

/** The chart's SVG markup at a width, with ids prefixed by `idPrefix`. */
export function renderChartMarkup(id: ChartId, width: number, idPrefix: string = `chart-${id}-${width}`): string {
  return serializeElement(getChart(id).render({ width, document: serverDocument(), idPrefix }));
}

/** Every layout of a chart, as the figure frame shows them (CSS picks one). */
export function renderChartLayouts(id: ChartId, idPrefix: string): Record<LayoutName, string> {
  return {
    narrow: renderChartMarkup(id, layoutWidths.narrow, `${idPrefix}-narrow`),
    medium: renderChartMarkup(id, layoutWidths.medium, `${idPrefix}-medium`),
    wide: renderChartMarkup(id, layoutWidths.wide, `${idPrefix}-wide`),
  };
}
