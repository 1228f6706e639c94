/**
 * How tall each chart's embed page is, measured in Chromium on the built site at a few frame
 * widths (`npm run embed-heights` writes embed-heights.json; a browser test fails while those
 * figures are out of date). The oEmbed description gives the height at its width, and the embed
 * code's iframe starts at the tallest of them, which is also what it keeps on a host that strips
 * our loader script.
 */
import { z } from 'zod';
import recorded from './embed-heights.json';

/** Frame widths in px at which the heights are measured: phones, a column, the oEmbed width, a wide column. */
export const frameWidths = [320, 375, 600, 640, 720, 1000] as const;

/** Frame widths at which every embed must stay within {@link maxEmbedFrameHeight}. */
export const compactFrameWidths = [320, 375, 600, 720] as const;

/** The tallest an embed may be: WordPress caps oEmbed frames here, and no article wants a taller chart. */
export const maxEmbedFrameHeight = 1000;

/** Where `npm run embed-heights` writes the measurements (relative to the project root). */
export const embedHeightsFile = 'src/embed/embed-heights.json';

/** One chart's heights in px, by frame width. */
const chartHeightsSchema = z.object(
  Object.fromEntries(frameWidths.map((width) => [String(width), z.number().int().positive()])) as Record<
    `${(typeof frameWidths)[number]}`,
    z.ZodNumber
  >,
);

/** The measurements file: chart id → heights by width. */
export const embedHeightsSchema = z.record(z.string(), chartHeightsSchema);

const heights = embedHeightsSchema.parse(recorded);

/** The measured height of a chart's embed page at one of {@link frameWidths}, or undefined when it was never measured. */
export function embedHeightAt(chartId: string, width: (typeof frameWidths)[number]): number | undefined {
  return heights[chartId]?.[`${width}`];
}

/** The tallest measured height of a chart's embed page, or undefined when it was never measured. */
export function tallestEmbedHeight(chartId: string): number | undefined {
  const byWidth = heights[chartId];
  return byWidth && Math.max(...Object.values(byWidth));
}
