/**
 * Measures how tall each built embed page is at given frame widths, in a real browser: the
 * height the embed reports to its host is its document's height, rounded up. Used by
 * `npm run embed-heights` (which records the heights the oEmbed descriptions and embed codes
 * carry) and by the browser test that checks the recorded heights and the 1,000 px budget.
 */
import type { Browser } from 'playwright-core';

/** The height in px of the embed page at `url` in a frame `width` px wide. */
export async function measureEmbedHeight(browser: Browser, url: string, width: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, colorScheme: 'light' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      await document.fonts.ready;
      return Math.ceil(document.documentElement.getBoundingClientRect().height);
    });
  } finally {
    await context.close();
  }
}

/** Heights of every chart's embed page at every width, in px, keyed by chart id and then by width. */
export async function measureEmbedHeights(
  browser: Browser,
  siteUrl: string,
  chartIds: readonly string[],
  widths: readonly number[],
): Promise<Record<string, Record<string, number>>> {
  const heights: Record<string, Record<string, number>> = {};
  for (const chartId of chartIds) {
    const byWidth: Record<string, number> = {};
    for (const width of widths)
      byWidth[width] = await measureEmbedHeight(browser, `${siteUrl}/embed/${chartId}/`, width);
    heights[chartId] = byWidth;
  }
  return heights;
}
