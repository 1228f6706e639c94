/**
 * Embeds pasted into WordPress as a bare URL (oEmbed). A host page on another origin holds exactly
 * the markup WordPress 6.1 prints for our oEmbed `html` (tests/browser/wordpress.ts: blockquote,
 * sandboxed iframe clipped to 1×1 px, `#?secret=`) and runs WordPress's real wp-embed.min.js from
 * Debian's package. At host widths of 360 and 1000 px: the blockquote goes once the frame speaks,
 * the frame logs no error and its chart's interaction loads (module scripts in an opaque-origin
 * frame need CORS), and the iframe is as tall as the embed, which is at most 1,000 px (WordPress's
 * cap), so nothing is cut off. Links leave the frame through WordPress's `link` message, and a
 * frame that spoke before wp-embed.js loaded is sized when wp-embed.js says `ready`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { maxEmbedFrameHeight } from '../../src/embed/embed-heights.ts';
import { hostPage, startHostServer } from './embed-host.ts';
import { connectBrowser, openRecordedPage, siteUrl, type PageProblems } from './harness.ts';
import { wordpressOembedMarkup, wordpressSecret, wpEmbedSource } from './wordpress.ts';

const chartIds = readdirSync(join('dist', 'embed'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Host widths (px) the embeds are tried at: a phone and a wide column. */
const hostWidths = [360, 1000] as const;

/** The oEmbed html of a chart as built, pointed at the test server instead of the public site. */
function oembedHtmlOf(chartId: string): string {
  const oembed = JSON.parse(readFileSync(join('dist', 'embed', chartId, 'oembed.json'), 'utf8')) as {
    html: string;
    provider_url: string;
  };
  return oembed.html.replaceAll(new URL(oembed.provider_url).origin, siteUrl());
}

/** A WordPress post around `markup`, as the block editor prints an embed, with wp-embed.js in the footer. */
function wordpressPost(markup: string, wpEmbedQuery = ''): string {
  return hostPage(
    '<figure class="wp-block-embed is-type-rich wp-block-embed-left-open"><div class="wp-block-embed__wrapper">' +
      `\n${markup}\n</div></figure>` +
      `<script src="/wp-embed.min.js${wpEmbedQuery}"></script>`,
  );
}

let browser: Browser;
let host: Awaited<ReturnType<typeof startHostServer>>;
beforeAll(async () => {
  const wpEmbed = wpEmbedSource();
  browser = await connectBrowser();
  host = await startHostServer({ 'wp-embed.min.js': wpEmbed });
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (host?.server as Server | undefined)?.close(() => resolve()) ?? resolve());
});

/** The embed's frame, once its document has loaded (a plain wait, so hooks can use it too). */
async function embedFrame(page: Page, chartId: string): Promise<Frame> {
  const isEmbed = (frame: Frame) => frame.url().includes(`/embed/${chartId}/`);
  for (let waited = 0; !page.frames().some(isEmbed); waited += 100) {
    if (waited > 15_000) throw new Error(`no frame showing /embed/${chartId}/ after 15 s`);
    await page.waitForTimeout(100);
  }
  const frame = page.frames().find(isEmbed)!;
  await frame.waitForLoadState('load');
  return frame;
}

/** The iframe's height in the host page and the embed document's height inside it (rounded up, as the embed reports it). */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.$eval('iframe.wp-embedded-content', (element) => element.getBoundingClientRect().height);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { iframe, content };
}

test('the test host serves the real wp-embed.min.js', async () => {
  const response = await fetch(`${host.origin}/wp-embed.min.js`);
  expect(await response.text()).toContain('receiveEmbedMessage');
  expect(new URL(host.origin).origin).not.toBe(new URL(siteUrl()).origin);
});

describe.each(chartIds)('%s pasted into a WordPress post', (chartId) => {
  describe.each(hostWidths)('at a host width of %i px', (width) => {
    let page: Page;
    let frame: Frame;
    let problems: PageProblems;
    beforeAll(async () => {
      ({ page, problems } = await openRecordedPage(browser, { viewport: { width, height: 800 } }));
      await page.goto(host.addPage(wordpressPost(wordpressOembedMarkup(oembedHtmlOf(chartId), wordpressSecret()))));
      frame = await embedFrame(page, chartId);
    });
    afterAll(async () => {
      await page?.context().close();
    });

    test('the frame speaks: WordPress hides the blockquote and shows the frame, whose chart becomes interactive', async () => {
      await expect
        .poll(() => page.locator('blockquote.wp-embedded-content').isHidden(), { timeout: 10_000 })
        .toBe(true);
      // wp-embed.js drops the 1×1 px clip (the style attribute) when the frame's first message arrives.
      expect(await page.locator('iframe.wp-embedded-content').getAttribute('style')).toBeNull();
      // The interaction module (fetched with CORS from the frame's opaque origin) makes every mark focusable.
      await expect
        .poll(() => frame.locator('.chart-mark[tabindex="0"]').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
    });

    test(`the iframe is as tall as the embed, at most ${maxEmbedFrameHeight} px, so nothing is cut off`, async () => {
      // First wait for what wp-embed.js sets (the height, kept between 200 and 1,000 px), then compare.
      await expect
        .poll(
          async () => {
            const { iframe, content } = await heights(page, frame);
            return iframe === Math.min(Math.max(content, 200), maxEmbedFrameHeight);
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      const { iframe, content } = await heights(page, frame);
      expect(content).toBeLessThanOrEqual(maxEmbedFrameHeight);
      expect(iframe).toBe(content);
    });
  });
});

describe('WordPress’s other messages', () => {
  test('a link in the embed opens in the host window through WordPress’s link message', async () => {
    const chartId = 'timeline';
    const { page, problems } = await openRecordedPage(browser, { viewport: { width: 1000, height: 800 } });
    await page.goto(host.addPage(wordpressPost(wordpressOembedMarkup(oembedHtmlOf(chartId), wordpressSecret()))));
    const frame = await embedFrame(page, chartId);
    await expect.poll(() => page.locator('blockquote.wp-embedded-content').isHidden()).toBe(true);
    const chapter = frame.locator('a[href^="/chapters/"]');
    const href = await chapter.getAttribute('href');
    // The sandbox (no allow-top-navigation) stops the frame from leaving by itself: only the host can.
    await Promise.all([page.waitForURL(`${siteUrl()}${href}`), chapter.click()]);
    await page.context().close();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a frame that reported its height before wp-embed.js loaded is sized when wp-embed.js says ready', async () => {
    const chartId = 'records-by-year-cause';
    const { page } = await openRecordedPage(browser, { viewport: { width: 1000, height: 800 } });
    const received: unknown[] = [];
    await page.exposeFunction('recordMessage', (data: unknown) => received.push(data));
    await page.addInitScript(() => {
      // The host page's own ears only (init scripts run in every frame).
      if (window.top === window)
        addEventListener('message', (event) =>
          (window as unknown as { recordMessage: (data: unknown) => void }).recordMessage(event.data),
        );
    });
    // The host holds wp-embed.js back until the frame's DOMContentLoaded and load messages have gone unheard.
    const post = wordpressPost(wordpressOembedMarkup(oembedHtmlOf(chartId), wordpressSecret()), '?hold=late-wp-embed');
    await page.goto(host.addPage(post), { waitUntil: 'commit' });
    const frame = await embedFrame(page, chartId);
    await expect
      .poll(() => received.filter((data) => (data as { message?: string }).message === 'height').length)
      .toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => 'wp' in window)).toBe(false);
    expect(await page.locator('iframe.wp-embedded-content').getAttribute('style')).not.toBeNull();
    host.release('late-wp-embed');
    await expect
      .poll(
        async () => {
          const { iframe, content } = await heights(page, frame);
          return iframe === content;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(await page.locator('blockquote.wp-embedded-content').isHidden()).toBe(true);
    await page.context().close();
  });
});
