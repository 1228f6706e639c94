/**
 * PNG rendering of a chart's standalone SVG with resvg, using only the Source Sans 3 files that
 * ship with the project (@fontsource/source-sans-3), never system fonts, so every machine makes
 * the same image. The WOFF files are converted once into .cache/chart-fonts/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woff.ts';

/** Weights the charts use (regular labels, bold headings) in the subsets their text needs. */
const fontFiles = ['latin-400-normal', 'latin-700-normal', 'latin-ext-400-normal', 'latin-ext-700-normal'].map(
  (name) => `source-sans-3-${name}.woff`,
);

/** Paths of the TrueType copies of the chart fonts, converting them the first time. */
export function chartFontFiles(cacheDir = join(process.cwd(), '.cache', 'chart-fonts')): string[] {
  const require = createRequire(import.meta.url);
  const fontDir = join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');
  mkdirSync(cacheDir, { recursive: true });
  return fontFiles.map((file) => {
    const target = join(cacheDir, file.replace(/\.woff$/, '.otf'));
    writeFileSync(target, woffToSfnt(readFileSync(join(fontDir, file))));
    return target;
  });
}

let cachedFonts: string[] | undefined;

/** The PNG of an SVG at twice its size (sharp on high-density screens and in print). */
export function svgToPng(svg: string, background: string): Uint8Array {
  cachedFonts ??= chartFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background,
    font: {
      loadSystemFonts: false,
      fontFiles: cachedFonts,
      defaultFontFamily: 'Source Sans 3',
      sansSerifFamily: 'Source Sans 3',
    },
  });
  return resvg.render().asPng();
}
