/**
 * Every colour on the site, light and dark, declared once. The CSS custom properties in
 * src/styles/tokens.css and the `paint-*` rules in src/components/charts/chart-paint.css are
 * generated from here at build time (the `@palette` directives, expanded by a Vite plugin in
 * astro.config.mjs). Chart marks carry their light colour as a presentation attribute, which is
 * what the SVG and PNG downloads show, and a `paint-*` class whose rule repaints inline charts
 * from the custom property, so they follow the light or dark theme.
 */

/** One colour: its light and dark values. */
export interface Colour {
  light: string;
  dark: string;
}

/** The page's colours: custom properties `--color-<key>`. */
export const siteColours = {
  bg: { light: '#fdfcf9', dark: '#161513' },
  surface: { light: '#f3f1ea', dark: '#23211e' },
  text: { light: '#1c1b19', dark: '#ecebe6' },
  muted: { light: '#55524b', dark: '#b5b1a7' },
  border: { light: '#c9c4b8', dark: '#4d4943' },
  link: { light: '#0b5cad', dark: '#8cc2ff' },
  accent: { light: '#b3261e', dark: '#ff8a80' },
  focus: { light: '#0b5cad', dark: '#8cc2ff' },
  /** Behind text a reader should notice: what slipped past the redaction lab's rules. */
  highlight: { light: '#ffe08a', dark: '#6b4e00' },
} as const satisfies Record<string, Colour>;

/** Paper and ink for print, whatever the screen theme: custom properties `--print-<key>`. */
export const printColours = { paper: '#fff', ink: '#000' } as const;

/** The charts' own colours: custom properties `--chart-<key>`; colour-blind safe, never the only cue. */
const chartColours = {
  misconfiguration: { light: '#c4520a', dark: '#f0a35e' },
  hack: { light: '#1f6fb4', dark: '#7cb7ea' },
  other: { light: '#7a6a96', dark: '#b9a8d6' },
  insider: { light: '#2d7d5a', dark: '#7ccba4' },
  anchor: { light: '#b3261e', dark: '#ff8a80' },
  window: { light: '#f2c9a7', dark: '#5c3b20' },
  plain: { light: '#b3261e', dark: '#ff8a80' },
  partly: { light: '#9a6400', dark: '#f0c35e' },
  redacted: { light: '#3d7a5a', dark: '#7ccba4' },
  axis: { light: '#55524b', dark: '#b5b1a7' },
  grid: { light: '#e2ded4', dark: '#38352f' },
} as const satisfies Record<string, Colour>;

const { text, muted, bg, surface } = siteColours;

/** The colours chart marks are painted with: the chart colours, then the page colours charts use. */
export const palette = { ...chartColours, text, muted, bg, surface } as const;

export type PaletteKey = keyof typeof palette;

/** The custom property behind a palette key: `--chart-hack`, `--color-text`. */
export function paletteToken(key: PaletteKey): string {
  return key in chartColours ? `--chart-${key}` : `--color-${key}`;
}

/** The font the charts are set in; the PNG renderer loads the same family from @fontsource/source-sans-3. */
export const chartFont = "'Source Sans 3', system-ui, sans-serif";

/** How an element is painted: palette keys for its fill and its stroke. */
export interface Paint {
  fill?: PaletteKey;
  stroke?: PaletteKey;
}

/**
 * Presentation attributes that paint an element with palette colours: the light values as
 * `fill`/`stroke` (what the downloads show) and the `paint-*` classes the page's CSS maps to the
 * custom properties, after any `className` of the element's own.
 */
export function paint({ fill, stroke }: Paint, className?: string): { class: string; fill?: string; stroke?: string } {
  const classNames = [className, fill && `paint-fill-${fill}`, stroke && `paint-stroke-${stroke}`];
  const attributes: { class: string; fill?: string; stroke?: string } = { class: classNames.filter(Boolean).join(' ') };
  if (fill) attributes.fill = palette[fill].light;
  if (stroke) attributes.stroke = palette[stroke].light;
  return attributes;
}

/**
 * CSS generated from the palette. `tokens`: the custom-property declarations, each
 * `light-dark(light, dark)`. `paint`: a fill and a stroke rule for every palette key.
 */
export function paletteCss(part: 'tokens' | 'paint'): string {
  const declare = (prefix: string, colours: Record<string, Colour>) =>
    Object.entries(colours).map(([key, { light, dark }]) => `${prefix}${key}: light-dark(${light}, ${dark});`);
  if (part === 'tokens')
    return [
      ...declare('--color-', siteColours),
      ...declare('--chart-', chartColours),
      ...Object.entries(printColours).map(([key, value]) => `--print-${key}: ${value};`),
    ].join('\n');
  return (Object.keys(palette) as PaletteKey[])
    .flatMap((key) => [
      `.chart-svg .paint-fill-${key} { fill: var(${paletteToken(key)}); }`,
      `.chart-svg .paint-stroke-${key} { stroke: var(${paletteToken(key)}); }`,
    ])
    .join('\n');
}
