/**
 * Turns Observable Plot's output into a chart SVG like the D3 ones: Plot's inline <style> and
 * style attributes go (the Content Security Policy allows neither), internal ARIA labels give way
 * to ours, and marks keyed through Plot's `title` channel become focusable `chart-mark`s with
 * details for the interaction script. Colours are declared by palette key on each mark
 * ({@link paintMark}, {@link paintEach}); the key travels on the drawn element as `data-paint-*`
 * and becomes its `paint-*` class here, never guessed back from a hex value.
 */
import type { RenderFunction } from '@observablehq/plot';
import { palette, type PaletteKey } from './palette.ts';
import { chartRoot } from './svg.ts';
import type { RenderedChart, RenderOptions } from './layout.ts';

/** What the interaction script shows for one mark. */
export interface MarkDetails {
  title: string;
  when: string;
  detail: string;
  label: string;
}

/** Prefix that marks a Plot `title` channel value as a key into `marks` rather than text to show. */
export const markKeyPrefix = 'mark:';

const paintAttributes = { fill: 'data-paint-fill', stroke: 'data-paint-stroke' } as const;

/** A render transform that labels what the mark draws with its palette keys, after Plot has drawn it. */
function labelling(apply: (group: SVGElement, index: readonly number[]) => void): { render: RenderFunction } {
  return {
    render(index, scales, values, dimensions, context, next) {
      const group = next?.(index, scales, values, dimensions, context) ?? null;
      if (group) apply(group, index);
      return group;
    },
  };
}

/** Plot options for a mark in constant palette colours: the light values, and the classes on the mark's group. */
export function paintMark(keys: { fill?: PaletteKey; stroke?: PaletteKey }): {
  fill?: string;
  stroke?: string;
  render: RenderFunction;
} {
  return {
    ...(keys.fill && { fill: palette[keys.fill].light }),
    ...(keys.stroke && { stroke: palette[keys.stroke].light }),
    ...labelling((group) => {
      if (keys.fill) group.setAttribute(paintAttributes.fill, keys.fill);
      if (keys.stroke) group.setAttribute(paintAttributes.stroke, keys.stroke);
    }),
  };
}

/**
 * A render transform for a mark whose fill comes from a channel: each element Plot draws for a
 * datum (one per index entry, in order) is classed with that datum's palette key.
 */
export function paintEach<Datum>(
  data: readonly Datum[],
  fillKey: (datum: Datum) => PaletteKey,
): { render: RenderFunction } {
  return labelling((group, index) => {
    Array.from(group.children).forEach((element, position) => {
      const datum = data[index[position] ?? -1];
      if (datum !== undefined) element.setAttribute(paintAttributes.fill, fillKey(datum));
    });
  });
}

/**
 * Wraps a Plot figure's children in our chart root, cleaning them as described above.
 * `plotSvg` must be an <svg> (Plot returns a <figure> only with a legend or caption; we use
 * neither); `width` and `height` are the ones the Plot was made with.
 */
export function adoptPlotSvg(
  plotSvg: Element,
  options: RenderOptions & {
    height: number;
    className: string;
    marks: ReadonlyMap<string, MarkDetails>;
    fontSize?: number;
  },
): RenderedChart {
  const { width, height } = options;
  const rendered = chartRoot(options.document, {
    width,
    height,
    idPrefix: options.idPrefix,
    title: options.title,
    description: options.description,
    className: options.className,
  });
  for (const style of Array.from(plotSvg.querySelectorAll('style'))) style.remove();
  for (const element of Array.from(plotSvg.querySelectorAll('*'))) {
    element.removeAttribute('style');
    for (const name of ['aria-label', 'aria-description', 'aria-hidden']) element.removeAttribute(name);
    const classNames: string[] = [];
    for (const [part, name] of Object.entries(paintAttributes)) {
      const key = element.getAttribute(name);
      if (key) classNames.push(`paint-${part}-${key}`);
      element.removeAttribute(name);
    }
    // SVG's font-variant attribute takes only normal or small-caps; tabular figures come from chart-paint.css.
    if (element.getAttribute('font-variant') === 'tabular-nums') {
      element.removeAttribute('font-variant');
      classNames.push('tabular-nums');
    }
    if (classNames.length)
      element.setAttribute('class', [element.getAttribute('class'), ...classNames].filter(Boolean).join(' '));
  }
  // Plot puts a <title> inside each mark that has the title channel; ours carry a key.
  for (const title of Array.from(plotSvg.querySelectorAll('title'))) {
    const key = title.textContent ?? '';
    const mark = title.parentElement;
    title.remove();
    if (!mark || !key.startsWith(markKeyPrefix)) continue;
    const details = options.marks.get(key.slice(markKeyPrefix.length));
    if (!details) throw new Error(`No details for Plot mark "${key}"`);
    mark.setAttribute('class', ['chart-mark', mark.getAttribute('class')].filter(Boolean).join(' '));
    mark.setAttribute('data-mark', key.slice(markKeyPrefix.length));
    mark.setAttribute('data-title', details.title);
    mark.setAttribute('data-when', details.when);
    mark.setAttribute('data-detail', details.detail);
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', details.label);
  }
  // Plot's root attributes (text-anchor, font-size, fill) are inherited by its marks: keep them on a group.
  const content = options.document.createElementNS(plotSvg.namespaceURI, 'g');
  for (const name of ['text-anchor']) {
    const value = plotSvg.getAttribute(name);
    if (value) content.setAttribute(name, value);
  }
  // Plot's `style` option would become a style attribute, which goes; the size is set here instead.
  content.setAttribute('font-size', String(options.fontSize ?? 13));
  content.setAttribute('fill', palette.text.light);
  content.setAttribute(
    'class',
    plotSvg.getAttribute('font-variant') === 'tabular-nums' ? 'paint-fill-text tabular-nums' : 'paint-fill-text',
  );
  // Axes and gridlines repeat what the marks and the table say; keep them out of the reading order.
  for (const group of Array.from(plotSvg.children)) {
    if (!group.querySelector('.chart-mark') && !group.classList.contains('chart-mark'))
      group.setAttribute('aria-hidden', 'true');
    content.append(group);
  }
  rendered.svg.append(content);
  return rendered;
}
