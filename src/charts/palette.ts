/**
 * The chart palette, mirroring the `--chart-*` (and a few `--color-*`) tokens in
 * src/styles/tokens.css. Inline SVG paints each mark with a `paint-*` class that reads the token
 * (so dark mode works); the same marks also carry the light value as a presentation attribute, which
 * is what the static SVG and PNG downloads show. palette.test.ts keeps the two files in step.
 */

/** One colour: the CSS custom property and its light and dark values. */
export interface PaletteColour {
  token: `--${string}`;
  light: string;
  dark: string;
}

export const palette = {
  misconfiguration: { token: '--chart-misconfiguration', light: '#c4520a', dark: '#f0a35e' },
  hack: { token: '--chart-hack', light: '#1f6fb4', dark: '#7cb7ea' },
  other: { token: '--chart-other', light: '#7a6a96', dark: '#b9a8d6' },
  insider: { token: '--chart-insider', light: '#2d7d5a', dark: '#7ccba4' },
  anchor: { token: '--chart-anchor', light: '#b3261e', dark: '#ff8a80' },
  window: { token: '--chart-window', light: '#f2c9a7', dark: '#5c3b20' },
  plain: { token: '--chart-plain', light: '#b3261e', dark: '#ff8a80' },
  partly: { token: '--chart-partly', light: '#c4820a', dark: '#f0c35e' },
  redacted: { token: '--chart-redacted', light: '#3d7a5a', dark: '#7ccba4' },
  axis: { token: '--chart-axis', light: '#55524b', dark: '#b5b1a7' },
  grid: { token: '--chart-grid', light: '#e2ded4', dark: '#38352f' },
  text: { token: '--color-text', light: '#1c1b19', dark: '#ecebe6' },
  muted: { token: '--color-muted', light: '#55524b', dark: '#b5b1a7' },
  bg: { token: '--color-bg', light: '#fdfcf9', dark: '#161513' },
  surface: { token: '--color-surface', light: '#f3f1ea', dark: '#23211e' },
} as const satisfies Record<string, PaletteColour>;

export type PaletteKey = keyof typeof palette;

/** The font the charts are set in; the PNG renderer loads the same family from @fontsource/source-sans-3. */
export const chartFont = "'Source Sans 3', system-ui, sans-serif";

/**
 * Presentation attributes that paint an element with palette colours: the light values as
 * `fill`/`stroke` attributes (what the downloads show) and classes that the page's CSS maps to
 * the tokens (so inline charts follow the light or dark theme).
 */
export function paint(fillKey?: PaletteKey, strokeKey?: PaletteKey): { fill?: string; stroke?: string; class: string } {
  const attributes: { fill?: string; stroke?: string; class: string } = { class: '' };
  const classNames: string[] = [];
  if (fillKey) {
    attributes.fill = palette[fillKey].light;
    classNames.push(`paint-fill-${fillKey}`);
  }
  if (strokeKey) {
    attributes.stroke = palette[strokeKey].light;
    classNames.push(`paint-stroke-${strokeKey}`);
  }
  attributes.class = classNames.join(' ');
  return attributes;
}

/** `paint(key)`: fill only. */
export function fillWith(key: PaletteKey): { fill?: string; class: string } {
  return paint(key);
}

/** `paint(undefined, key)`: stroke only. */
export function strokeWith(key: PaletteKey): { stroke?: string; class: string } {
  return paint(undefined, key);
}
