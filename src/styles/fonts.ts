/**
 * The site's text face, self-hosted: Source Sans 3 (the face the charts are drawn in, and the one
 * their PNG downloads are rendered with), Latin subset, regular and bold.
 *
 * Why `font-display: optional`, not `swap`: a fallback sized to the face's metrics (below) takes the
 * same height per line, but its glyphs are not one by one as wide as Source Sans 3's, so a swap
 * re-wraps some paragraphs and moves everything under them. Measured on /chapters/risk/ with the
 * font response held back 1.5 s, a swap shifted the layout by 0.16 (375 px) and 0.02 (1280 px), and
 * 4 to 11 blocks per chapter wrapped to another number of lines. With `optional` and both weights
 * preloaded (BaseLayout.astro), Chromium holds the first render briefly for preloaded fonts; a page
 * whose font has not arrived by then keeps the fallback until the reader moves on, and the next page
 * finds the face in the cache. Nothing ever swaps, so nothing ever shifts (tests/browser/fonts.test.ts).
 *
 * The fallback is a local font under a family of its own ("Source Sans 3 Fallback: Arial") whose
 * `size-adjust`, `ascent-override`, `descent-override` and `line-gap-override` make it take the room
 * Source Sans 3 takes, so a page read in the fallback is as long and as dense as in the face. Capsize
 * (`@capsizecss/core`, `createFontStack`) computes those from the published metrics of both faces
 * (`@capsizecss/metrics`); the width is scaled by the average character width of English text.
 *
 * `fontFaceCss` is expanded into src/styles/fonts.css at build time (the `@fonts faces;`
 * directive, see astro.config.mjs), with the file addresses relative to that stylesheet, so Vite
 * copies the font files into the build under hashed names. Pure: tested in fonts.test.ts.
 */
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';
import sourceSans3 from '@capsizecss/metrics/sourceSans3';

/** The family name the site's CSS asks for. */
export const textFaceFamily = sourceSans3.familyName;

/** The font files, per weight, as package paths (the Latin subset of each); BaseLayout.astro preloads each. */
export const textFaceFiles = {
  400: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
  700: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
} as const;

/** A weight the site sets text in. */
export type TextWeight = keyof typeof textFaceFiles;

/**
 * The characters the Latin files hold (Fontsource's range for its `latin` subset): Basic Latin and
 * Latin-1 (enough for English and Spanish), general punctuation, the euro, the minus sign.
 */
export const latinUnicodeRange =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,' +
  'U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

/**
 * Local fonts that stand in while Source Sans 3 loads, each sized to match it, with the full and
 * PostScript names `local()` matches per weight. Arial is on Windows, macOS and iOS; Liberation
 * Sans (Debian's and most Linux desktops' Arial) is drawn to Arial's metrics, so Arial's overrides
 * fit it too; Roboto is Android's. Each weight names its own file: a bold face that pointed at the
 * regular file would draw bold text regular.
 */
const fallbacks = [
  {
    metrics: arial,
    local: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'],
    },
  },
  { metrics: roboto, local: { 400: ['Roboto Regular', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] } },
] as const;

/** A CSS declaration block from a style object ("ascentOverride" → "ascent-override"). */
function declarations(style: Record<string, unknown>): string {
  return Object.entries(style)
    .map(([key, value]) => `  ${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}: ${String(value)};`)
    .join('\n');
}

/** Capsize's stack: the family list, and one sized fallback face per fallback font. */
function capsizeStack() {
  return createFontStack([sourceSans3, ...fallbacks.map(({ metrics }) => metrics)], { fontFaceFormat: 'styleObject' });
}

/** The fallback faces as CSS: per fallback font, one face per weight, each naming that weight's local files. */
function fallbackFaceCss(): string[] {
  return capsizeStack().fontFaces.flatMap(({ '@font-face': face }, index) =>
    Object.keys(textFaceFiles).map((weight) => {
      const names = fallbacks[index]?.local[Number(weight) as TextWeight] ?? [];
      const src = names.map((name) => `local('${name}')`).join(', ');
      return `@font-face {\n${declarations({ ...face, fontWeight: weight, src })}\n}`;
    }),
  );
}

/**
 * The system's own sans-serif, as the site asked for it before it served a face: what embed pages
 * (which load no web font, so the names before it match nothing there) and any character outside
 * the Latin subset are drawn in.
 */
const systemSans = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * The font stack for body text: the web font, its sized fallbacks, then the system's sans. (Capsize's
 * own stack ends in the fallbacks' plain names, Arial and Roboto, which would put them before
 * system-ui on pages without the sized faces.)
 */
export function textFontStack(): string {
  const sized = capsizeStack().fontFaces.map(({ '@font-face': face }) => face.fontFamily);
  return [`"${textFaceFamily}"`, ...sized, systemSans].join(', ');
}

/**
 * Every @font-face the site declares: one per weight of Source Sans 3 (woff2 only: every browser
 * the site supports reads it), then the fallbacks. `fileUrl` turns a package path into the
 * address the stylesheet writes.
 */
export function fontFaceCss(fileUrl: (packagePath: string) => string): string {
  const webFaces = Object.entries(textFaceFiles).map(
    ([weight, file]) =>
      `@font-face {\n  font-family: '${textFaceFamily}';\n  font-style: normal;\n  font-weight: ${weight};\n` +
      `  font-display: optional;\n  src: url('${fileUrl(file)}') format('woff2');\n  unicode-range: ${latinUnicodeRange};\n}`,
  );
  return [...webFaces, ...fallbackFaceCss()].join('\n');
}
