/**
 * Embeds compact enough for an article: at frame widths of 320, 375, 600 and 720 px every embed
 * is at most 1,000 px tall and shows its title, chart, source line and credit within that height;
 * notes, table, downloads and citations wait behind one disclosure, and opening it never moves
 * the chart. The heights the oEmbed descriptions and embed codes carry (embed-heights.json, made
 * by `npm run embed-heights` with the same measurement) must be the heights measured here, at
 * every recorded width.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  compactFrameWidths,
  embedHeightsFile,
  frameWidths,
  maxEmbedFrameHeight,
} from '../../src/embed/embed-heights.ts';
import { oembedWidth } from '../../src/embed/oembed.ts';
import { connectBrowser, openRecordedPage, siteUrl, type PageProblems } from './harness.ts';

const chartIds = readdirSync(join('dist', 'embed'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the parts of an embed page sit, in px from the top of the page. */
async function layoutOf(page: Page) {
  return page.evaluate(() => {
    const bottomOf = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return Number.POSITIVE_INFINITY;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 ? box.bottom + scrollY : Number.POSITIVE_INFINITY;
    };
    const svg = [...document.querySelectorAll('.chart-layout svg')].find(
      (element) => element.getBoundingClientRect().height > 0,
    );
    return {
      page: Math.ceil(document.documentElement.getBoundingClientRect().height),
      chartTop: (svg?.getBoundingClientRect().top ?? Number.NaN) + scrollY,
      chartHeight: svg?.getBoundingClientRect().height ?? Number.NaN,
      title: bottomOf('h1'),
      chart: svg ? svg.getBoundingClientRect().bottom + scrollY : Number.POSITIVE_INFINITY,
      source: bottomOf('.chart-source'),
      credit: bottomOf('.chart-credit'),
    };
  });
}

const recorded = JSON.parse(readFileSync(embedHeightsFile, 'utf8')) as Record<string, Record<string, number>>;

describe.each(chartIds)('the embed of %s', (chartId) => {
  // One page per chart, resized to each frame width in turn (as a host resizes its frame).
  let page: Page;
  let problems: PageProblems;
  beforeAll(async () => {
    ({ page, problems } = await openRecordedPage(browser, {
      viewport: { width: frameWidths[0], height: maxEmbedFrameHeight },
    }));
    await page.goto(`${siteUrl()}/embed/${chartId}/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  describe.each(frameWidths)('in a frame %i px wide', (width) => {
    let closed: Awaited<ReturnType<typeof layoutOf>>;
    beforeAll(async () => {
      await page.setViewportSize({ width, height: maxEmbedFrameHeight });
      closed = await layoutOf(page);
    });

    test(`is as tall as ${embedHeightsFile} records`, () => {
      expect(
        Math.abs(closed.page - (recorded[chartId]?.[width] ?? 0)),
        `recorded ${recorded[chartId]?.[width]} px, measured ${closed.page} px: ` +
          'run `npm run build && npm run embed-heights && npm run build`',
      ).toBeLessThanOrEqual(2);
    });

    if (!(compactFrameWidths as readonly number[]).includes(width)) return;
    test(`is at most ${maxEmbedFrameHeight} px tall, with title, chart, source line and credit inside that height`, () => {
      const rest = closed.page - closed.chartHeight;
      expect(
        closed.page,
        `${chartId} at ${width} px: ${closed.page} px in all, the drawing ${Math.round(closed.chartHeight)} px, ` +
          `the rest ${Math.round(rest)} px, so the drawing may be at most ${Math.floor(maxEmbedFrameHeight - rest)} px`,
      ).toBeLessThanOrEqual(maxEmbedFrameHeight);
      for (const part of ['title', 'chart', 'source', 'credit'] as const)
        expect(closed[part], `${part} shown, and inside the page`).toBeLessThanOrEqual(closed.page);
    });

    test('keeps notes, table, downloads and citations behind one disclosure that never moves the chart', async () => {
      const disclosures = page.locator('details.chart-more');
      expect(await disclosures.count()).toBe(1);
      const more = disclosures.first();
      // Closed, nothing of it shows: no table, download link, note or citation anywhere on the page.
      expect(
        await page.locator('table:visible, a[download]:visible, .cite:visible, .chart-notes:visible').count(),
      ).toBe(0);
      await more.locator(':scope > summary').click();
      expect(await more.locator('table').isVisible()).toBe(true);
      expect(await more.locator('a[download]:visible').count()).toBe(4);
      expect(await more.locator('.cite dd').count()).toBe(3);
      const open = await layoutOf(page);
      expect(open.chartTop).toBe(closed.chartTop);
      expect(open.page).toBeGreaterThan(closed.page);
      await more.locator(':scope > summary').click();
      expect(await more.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      expect(problems.consoleErrors).toEqual([]);
    });
  });
});

describe('the recorded embed heights', () => {
  test('the oEmbed description gives the height at its width, and the embed code the tallest height', () => {
    for (const chartId of chartIds) {
      const oembed = JSON.parse(readFileSync(join('dist', 'embed', chartId, 'oembed.json'), 'utf8')) as {
        width: number;
        height: number;
        html: string;
      };
      expect(oembed.width).toBe(oembedWidth);
      expect(oembed.height, chartId).toBe(recorded[chartId]?.[oembedWidth]);
      const tallest = Math.max(...Object.values(recorded[chartId] ?? {}));
      expect(oembed.html, chartId).toContain(` height="${tallest}" `);
    }
  });
});
