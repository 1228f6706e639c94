/**
 * Normalises chart markup for snapshot tests, as Plot's own tests do: numbers rounded to three
 * decimals, ids renumbered in order of appearance (with every reference to them), one tag per
 * line, so a snapshot changes only when the drawing does.
 */

/** The normalised form of an SVG string. */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(match[1]!)) ids.set(match[1]!, `id${ids.size}`);
  const renumber = (value: string) => ids.get(value) ?? value;
  return svg
    .replace(
      /\s(id|aria-labelledby|aria-describedby)="([^"]+)"/g,
      (_, name: string, value: string) => ` ${name}="${value.split(' ').map(renumber).join(' ')}"`,
    )
    .replace(/(href="#|url\(#)([^")]+)/g, (_, head: string, value: string) => `${head}${renumber(value)}`)
    .replace(/-?\d+\.\d{4,}/g, (number) => String(Math.round(Number(number) * 1000) / 1000))
    .replace(/></g, '>\n<');
}
