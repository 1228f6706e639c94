/**
 * Embeds size themselves on other sites. Each chart's embed page is framed by a host page on
 * another origin, through (1) the real Pym.js parent from npm and (2) our own default embed code
 * as the gallery publishes it (iframe in a <div>, plus /embed/loader.js); the iframe's height must
 * equal the embed document's height (within 2 px) at host widths of 1000 and 360 px, including
 * after the host narrows. (3) The oEmbed html on a non-WordPress page: our loader sizes the frame
 * and hides the blockquote. (4) With scripts stripped from the embed code, the iframe keeps its
 * fixed height and still shows the chart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostPage, startHostServer } from './embed-host.ts';
import { connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

/** Chart ids with a built embed page. */
const chartIds = readdirSync(join('dist', 'embed'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const oembedOf = (chartId: string) =>
  JSON.parse(readFileSync(join('dist', 'embed', chartId, 'oembed.json'), 'utf8')) as {
    html: string;
    provider_url: string;
  };
const gallery = parseHTML(readFileSync(join('dist', 'embed', 'index.html'), 'utf8')).document;

/**
 * The default embed code of a chart as the gallery publishes it, pointed at the test server
 * instead of SITE_URL, and the fixed height its iframe keeps when no script runs.
 */
function publishedEmbedCode(chartId: string): { html: string; fallbackHeight: number } {
  const code = gallery.querySelector(`section[aria-labelledby="gallery-${chartId}"] copy-code pre`)?.textContent ?? '';
  const html = code.replaceAll(new URL(oembedOf(chartId).provider_url).origin, siteUrl());
  return { html, fallbackHeight: Number(/<iframe [^>]*\bheight="(\d+)"/.exec(html)?.[1]) };
}

/** The oEmbed html of a chart, pointed at the test server. */
function publishedOembedHtml(chartId: string): string {
  const oembed = oembedOf(chartId);
  return oembed.html.replaceAll(new URL(oembed.provider_url).origin, siteUrl());
}

let browser: Browser;
let host: Awaited<ReturnType<typeof startHostServer>>;
beforeAll(async () => {
  browser = await connectBrowser();
  host = await startHostServer();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (host?.server as Server | undefined)?.close(() => resolve()) ?? resolve());
});

/** The embed's frame inside the host page, once its document has loaded. */
async function embedFrame(page: Page, chartId: string): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((frame) => frame.url().includes(`/embed/${chartId}/`)), { timeout: 15_000 })
    .toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes(`/embed/${chartId}/`));
  if (!frame) throw new Error('no embed frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** The iframe's inner height in the host and the height of the document inside it, in px. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.$eval('iframe', (element) => element.clientHeight);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content };
}

/** Waits until the iframe fits its content (within 2 px), then returns both heights. */
async function expectFitted(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  await expect
    .poll(
      async () => {
        const { iframe, content } = await heights(page, frame);
        return Math.abs(iframe - content);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);
  return heights(page, frame);
}

test('there are embed pages to test', () => {
  expect(chartIds.length).toBeGreaterThanOrEqual(5);
});

const hostings = {
  'the Pym.js parent': (chartId: string) => {
    const src = JSON.stringify(`${siteUrl()}/embed/${chartId}/`);
    const parent = `new pym.Parent(${JSON.stringify(`embed-${chartId}`)}, ${src}, { title: 'Chart' });`;
    return hostPage(
      `<div id="embed-${chartId}"></div><script src="/pym.v1.min.js"></script><script>${parent}</script>`,
    );
  },
  'our embed code and loader': (chartId: string) => hostPage(publishedEmbedCode(chartId).html),
};

describe.each(Object.entries(hostings))('framed on another origin through %s', (_, hostFor) => {
  test.each(chartIds)('%s: the iframe fits its content at 1000 px, at 360 px and after narrowing', async (chartId) => {
    const { page, problems } = await openRecordedPage(browser, { viewport: { width: 1000, height: 800 } });
    const url = host.addPage(hostFor(chartId));
    expect(new URL(url).origin).not.toBe(new URL(siteUrl()).origin);
    await page.goto(url);
    const frame = await embedFrame(page, chartId);
    const wide = await expectFitted(page, frame);

    await page.setViewportSize({ width: 360, height: 800 });
    // The host really narrows the embed (waited for: on a busy machine the frame can still be at its
    // old width, and so still fitted, just after the resize), and the frame follows the content's new height.
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.clientWidth), { timeout: 10_000 })
      .toBeLessThan(360);
    const narrow = await expectFitted(page, frame);
    expect(Math.abs(narrow.content - wide.content)).toBeGreaterThan(2);

    const fresh = await page.context().newPage();
    await fresh.setViewportSize({ width: 360, height: 800 });
    await fresh.goto(url);
    await expectFitted(fresh, await embedFrame(fresh, chartId));

    await page.context().close();
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
});

describe('framed by embed code whose scripts a CMS stripped', () => {
  test.each(chartIds)('%s: the iframe keeps its fixed height and shows the whole chart', async (chartId) => {
    const { html, fallbackHeight } = publishedEmbedCode(chartId);
    const stripped = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    expect(stripped).not.toContain('<script');
    const { page } = await openRecordedPage(browser, { viewport: { width: 1000, height: 800 } });
    await page.goto(host.addPage(hostPage(stripped)));
    const frame = await embedFrame(page, chartId);
    await page.waitForTimeout(300);
    expect(await page.$eval('iframe', (element) => element.clientHeight)).toBe(fallbackHeight);
    const chart = await frame.evaluate(() => {
      const svg = document.querySelector('figure svg')?.getBoundingClientRect();
      return svg && { top: svg.top, bottom: svg.bottom };
    });
    expect(chart).toBeDefined();
    expect(chart?.bottom).toBeLessThanOrEqual(fallbackHeight);
    await page.context().close();
  });
});

describe('framed by the oEmbed html on a site other than WordPress', () => {
  test('our loader sizes the iframe and hides the blockquote meant for WordPress', async () => {
    const chartId = chartIds[0] ?? '';
    const { page, problems } = await openRecordedPage(browser, { viewport: { width: 1000, height: 800 } });
    await page.goto(host.addPage(hostPage(publishedOembedHtml(chartId))));
    await expectFitted(page, await embedFrame(page, chartId));
    expect(await page.locator('blockquote').isHidden()).toBe(true);
    await page.context().close();
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe('our loader on busier host pages', () => {
  test('a loader that arrives after the frames have loaded still sizes them', async () => {
    const [first = '', second = ''] = chartIds;
    const iframes = [first, second]
      .map((id) => publishedEmbedCode(id).html.replace(/<script\b[^>]*><\/script>/, ''))
      .join('');
    const { page, problems } = await openRecordedPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(host.addPage(hostPage(iframes)));
    const frames = [await embedFrame(page, first), await embedFrame(page, second)];
    // The embeds have reported their heights to nobody; now the host adds the loader, twice.
    await page.addScriptTag({ url: `${siteUrl()}/embed/loader.js` });
    await page.addScriptTag({ url: `${siteUrl()}/embed/loader.js` });
    for (const [index, frame] of frames.entries()) {
      await expect
        .poll(
          async () => {
            const iframe = await page.$$eval('iframe', (elements, at) => elements[at]?.clientHeight ?? 0, index);
            const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
            return Math.abs(iframe - content);
          },
          { timeout: 10_000 },
        )
        .toBeLessThanOrEqual(2);
    }
    await page.context().close();
    expect(problems.consoleErrors).toEqual([]);
  });
});
