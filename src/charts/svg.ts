/**
 * A tiny element builder for the D3 specs: the same calls work on the browser's document and on
 * linkedom's at build time, and keep the specs free of string-built markup.
 */
import type { RenderedChart } from './layout.ts';
import { chartFont, paint } from './palette.ts';

export const svgNamespace = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number | undefined>;

/** The size of chart text, in px, unless a label says otherwise (never smaller: see layout.ts). */
export const chartFontSize = 13;

/** Creates an SVG element with attributes (undefined ones are left out) and children. */
export function svgElement(
  document: Document,
  name: string,
  attributes: Attributes = {},
  children: (Node | string)[] = [],
): SVGElement {
  const element = document.createElementNS(svgNamespace, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    element.setAttribute(key, typeof value === 'number' ? String(round(value)) : value);
  }
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** Joins class names, skipping empty ones. */
export function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Rounds coordinates to two decimals, so the markup is small and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The root `<svg>` of a chart: a viewBox that reserves its space (no layout shift), a title and
 * a description referenced by ARIA, and the chart font; returned with its size.
 */
export function chartRoot(
  document: Document,
  options: { width: number; height: number; idPrefix: string; title: string; description: string; className: string },
): RenderedChart {
  const { width, height, idPrefix, title, description, className } = options;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const svg = svgElement(
    document,
    'svg',
    {
      xmlns: svgNamespace,
      viewBox: `0 0 ${round(width)} ${round(height)}`,
      width,
      height,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      class: `chart-svg ${className}`,
      'font-family': chartFont,
      'font-size': chartFontSize,
    },
    [
      svgElement(document, 'title', { id: titleId }, [title]),
      svgElement(document, 'desc', { id: descId }, [description]),
    ],
  ) as SVGSVGElement;
  return { svg, width, height };
}

/** Multi-line SVG text: one `<tspan>` per line, `lineHeight` pixels apart. */
export function multilineText(
  document: Document,
  lines: readonly string[],
  attributes: Attributes,
  lineHeight: number,
): SVGElement {
  const x = attributes['x'];
  return svgElement(
    document,
    'text',
    attributes,
    lines.map((line, index) => svgElement(document, 'tspan', { x, dy: index === 0 ? undefined : lineHeight }, [line])),
  );
}

/**
 * The "partly" mark: an amber triangle centred on (cx, cy), the shape every chart uses for a status
 * between the two ends (partly redacted, disputed), so shape and not only colour tells it apart.
 */
export function partlyMark(document: Document, cx: number, cy: number): SVGElement {
  return svgElement(document, 'path', {
    d: `M${cx},${cy - 7}L${cx + 7},${cy + 6}L${cx - 7},${cy + 6}Z`,
    ...paint({ fill: 'partly' }),
  });
}

/**
 * The "sources differ" bracket: a dashed line from `from` to `to` at height `y`, with a tick at
 * each end, the shape every chart uses for the range of dates sources give.
 */
export function dateRangeBracket(document: Document, from: number, to: number, y: number): SVGElement {
  return svgElement(document, 'path', {
    d: `M${from},${y - 5}V${y + 5}M${from},${y}H${to}M${to},${y - 5}V${y + 5}`,
    ...paint({ stroke: 'axis' }),
    'stroke-width': 1.5,
    'stroke-dasharray': '3 2',
    fill: 'none',
  });
}
