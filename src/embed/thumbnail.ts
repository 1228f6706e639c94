/**
 * The oEmbed thumbnail of a chart: its PNG download (/charts/<id>.png), with the pixel size read
 * from the image itself rather than assumed. The PNG is rendered with the same call the PNG
 * endpoint makes (src/pages/charts/[id].png.ts), so the size is that of the file we publish.
 */
import { palette } from '../charts/palette.ts';
import { svgToPng } from '../charts/png.ts';
import { chartDownloads } from '../charts/download-links.ts';
import { standaloneChartSvg, type ChartId } from '../charts/registry.ts';
import { defaultLocale, type Locale } from '../lib/locales.ts';

/** A picture of a chart: its site path and its size in pixels. */
export interface ChartThumbnail {
  url: string;
  width: number;
  height: number;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height in pixels from a PNG's IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng =
    bytes.byteLength >= 24 &&
    pngSignature.every((byte, index) => bytes[index] === byte) &&
    String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('pngSize: not a PNG (no signature and IHDR chunk at the start)');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The thumbnail of chart `id`, as published on `site` (the address printed in the image's footer). */
export function chartThumbnail(id: ChartId, site: string | URL, locale: Locale = defaultLocale): ChartThumbnail {
  const png = svgToPng(standaloneChartSvg(id, String(site), locale), palette.bg.light);
  const url = chartDownloads(id, locale).find((download) => download.label === 'downloadPng')?.href;
  if (!url) throw new Error(`chartThumbnail: no PNG download for "${id}"`);
  return { url, ...pngSize(png) };
}
