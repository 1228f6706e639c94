/**
 * The embed pages themselves and the gallery: theme from the query (validated, never reflected),
 * what travels inside each embed, oEmbed discovery and its thumbnail, noindex and sitemap, frame
 * and CORS headers, reading at 280 px, Pym.js navigation, the gallery's codes and copy button,
 * and the JavaScript budgets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { oembedRichSchema } from '../../src/embed/oembed.ts';
import { pngSize } from '../../src/embed/thumbnail.ts';
import { hostPage, startHostServer } from './embed-host.ts';
import {
  connectBrowser,
  openRecordedPage,
  recordProblems,
  recordScripts,
  siteUrl,
  type PageProblems,
} from './harness.ts';
import { openPagePool, type PagePool } from './page-pool.ts';
import { budgets } from '../../src/quality/budgets.ts';

const chartIds = readdirSync(join('dist', 'embed'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let browser: Browser;
let host: Awaited<ReturnType<typeof startHostServer>>;
/** Pages lent to the concurrent per-embed checks (as many as maxConcurrency), each set to the size its check reads. */
let pool: PagePool;
beforeAll(async () => {
  browser = await connectBrowser();
  host = await startHostServer();
  pool = await openPagePool(browser, 3);
});
afterAll(async () => {
  await pool?.close();
  await browser?.close();
  await new Promise<void>((resolve) => (host?.server as Server | undefined)?.close(() => resolve()) ?? resolve());
});

describe('?theme= on an embed page', () => {
  test.each([
    ['dark', 'dark', 'dark'],
    ['light', 'light', 'light'],
  ])('?theme=%s sets data-theme and the colour scheme', async (query, theme, scheme) => {
    const { page } = await openRecordedPage(browser, { colorScheme: scheme === 'dark' ? 'light' : 'dark' });
    await page.goto(`${siteUrl()}/embed/${chartIds[0]}/?theme=${query}`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
    await page.context().close();
  });

  test.each(['auto', 'sepia', 'DARK', '%3Cimg%20src%3Dx%3E', 'dark%22%3E%3Cscript%3E'])(
    '?theme=%s leaves the page on the system scheme and never shows up in it',
    async (query) => {
      const { page, problems } = await openRecordedPage(browser, { colorScheme: 'dark' });
      const response = await page.goto(`${siteUrl()}/embed/${chartIds[0]}/?theme=${query}`);
      const served = (await response?.text()) ?? '';
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      const decoded = decodeURIComponent(query);
      if (decoded !== 'auto') {
        expect(served).not.toContain(decoded);
        expect(await page.content()).not.toContain(decoded);
      }
      await page.context().close();
      expect(problems.consoleErrors).toEqual([]);
    },
  );
});

/** Runs `task` on a pooled page sized `width` × `height`, with `path` loaded, and what went wrong while it loaded. */
const atSize = <T>(
  path: string,
  size: { width: number; height: number },
  task: (page: Page, problems: PageProblems) => Promise<T>,
): Promise<T> =>
  pool.use(async (page) => {
    await page.setViewportSize(size);
    const recording = recordProblems(page);
    try {
      await page.goto(`${siteUrl()}${path}`);
      return await task(page, recording.problems);
    } finally {
      recording.stop();
    }
  });

// The checks of the embeds run side by side, each in a page lent from the pool (the budget check in a fresh context).
describe.concurrent.each(chartIds)('the embed page of %s', (chartId) => {
  const html = readFileSync(join('dist', 'embed', chartId, 'index.html'), 'utf8');

  test('is noindex, outside the sitemap, and links its oEmbed description', async ({ expect }) => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    const sitemaps = readdirSync('dist').filter((name) => name.startsWith('sitemap'));
    for (const name of sitemaps) expect(readFileSync(join('dist', name), 'utf8')).not.toContain('/embed/');
    const discovery = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)?.[1];
    expect(discovery).toMatch(new RegExp(`/embed/${chartId}/oembed\\.json$`));
    const response = await fetch(`${siteUrl()}${new URL(discovery ?? '').pathname}`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const oembed = oembedRichSchema.parse(await response.json());
    expect(oembed.html).toMatch(
      /^<blockquote class="wp-embedded-content"><a href="[^"]+">[^<]+, Left Open<\/a><\/blockquote>/,
    );
    expect(oembed.html).toContain(`/embed/${chartId}/"`);
    expect(oembed.html).toContain('/embed/loader.js');
    // The thumbnail is the published PNG, at the size the file really has.
    expect(oembed.thumbnail_url).toMatch(new RegExp(`/charts/${chartId}\\.png$`));
    const png = new Uint8Array(
      await (await fetch(`${siteUrl()}${new URL(oembed.thumbnail_url ?? '').pathname}`)).arrayBuffer(),
    );
    expect(pngSize(png)).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
  });

  test('has no site chrome, one h1 (the chart’s title), source, credit, chapter link, downloads and citations', async ({
    expect,
  }) => {
    const problems = await atSize(`/embed/${chartId}/`, { width: 600, height: 800 }, async (page, problems) => {
      expect(await page.locator('.site-header, .site-footer, .skip-link').count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('figure h1').textContent()).toBe(
        await page.title().then((title) => title.split(' | ')[0]),
      );
      expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
      expect(await page.locator('figure .chart-source').textContent()).toMatch(/^Sources?: .+Chart: .+/s);
      expect(await page.locator('head base').getAttribute('target')).toBe('_top');
      expect(await page.locator('a[href^="/chapters/"]').getAttribute('href')).toMatch(/^\/chapters\/[a-z-]+\/$/);
      // Everything else is in the one disclosure, closed until asked for.
      const more = page.locator('details.chart-more');
      expect(await more.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      expect(await page.locator('a[download]:visible, .cite:visible, table:visible').count()).toBe(0);
      await more.locator(':scope > summary').click();
      expect(await page.locator('.version').textContent()).toMatch(/version \S+, updated \d{1,2} \w+ \d{4}/);
      const downloads = await more
        .locator('a[download]:visible')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(downloads.sort()).toEqual(
        ['csv', 'json', 'png', 'svg'].map((extension) => `/charts/${chartId}.${extension}`),
      );
      expect(await more.locator('table').isVisible()).toBe(true);
      const citations = (await page.locator('.cite dd').allTextContents()).join('\n');
      const version = (await page.locator('.version').textContent())?.match(/version (\S+),/)?.[1] ?? '';
      expect(citations).toContain(`(Version ${version}) [Chart]`);
      expect(citations).toContain(`version ${version},`);
      expect(citations).toMatch(new RegExp(`@misc\\{leftopen-${chartId}-v`));
      return problems;
    });
    expect(problems.consoleErrors).toEqual([]);
  });

  test('shows a dated notice of every correction that touches the chart, with what changed one click away', async ({
    expect,
  }) => {
    const corrections = readdirSync(join('content', 'corrections'))
      .filter((name) => name.endsWith('.json'))
      .map(
        (name) =>
          JSON.parse(readFileSync(join('content', 'corrections', name), 'utf8')) as { charts?: string[]; date: string },
      )
      .filter((correction) => correction.charts?.includes(chartId));
    await atSize(`/embed/${chartId}/`, { width: 600, height: 800 }, async (page) => {
      const notice = page.locator('details.corrections');
      expect(await notice.count()).toBe(corrections.length > 0 ? 1 : 0);
      if (corrections.length > 0) {
        const latest =
          corrections
            .map((correction) => correction.date)
            .sort()
            .at(-1) ?? '';
        expect(await notice.locator('summary time, summary').first().textContent()).toMatch(
          /^Corrected on \d{1,2} \w+ \d{4}/,
        );
        await notice.locator('summary').click();
        expect(await notice.locator('li').count()).toBe(corrections.length);
        expect(await notice.locator(`li time[datetime="${latest}"]`).count()).toBeGreaterThan(0);
      }
    });
  });

  test('reads at 280 px wide without sideways scrolling', async ({ expect }) => {
    const scrollWidth = await atSize(`/embed/${chartId}/`, { width: 280, height: 600 }, (page) =>
      page.evaluate(() => document.documentElement.scrollWidth),
    );
    expect(scrollWidth).toBeLessThanOrEqual(280);
  });

  test('is as tall as its content, not as its viewport (no height: 100% or vh on html or body)', async ({ expect }) => {
    const { documentHeight, contentBottom } = await atSize(`/embed/${chartId}/`, { width: 800, height: 8000 }, (page) =>
      page.evaluate(() => ({
        documentHeight: document.documentElement.getBoundingClientRect().height,
        contentBottom:
          (document.querySelector('main')?.getBoundingClientRect().bottom ?? 0) +
          parseFloat(getComputedStyle(document.body).paddingBottom),
      })),
    );
    expect(documentHeight).toBeLessThan(8000);
    expect(Math.abs(documentHeight - contentBottom)).toBeLessThanOrEqual(1);
  });

  test('keeps all its JavaScript and its child script within their budgets', async ({ expect }) => {
    const { page } = await openRecordedPage(browser);
    const scriptSizes = recordScripts(page);
    await page.goto(`${siteUrl()}/embed/${chartId}/`, { waitUntil: 'networkidle' });
    const sizes = [...(await scriptSizes())].map(([url, bytes]) => ({ url, bytes }));
    await page.context().close();
    expect(sizes.map((size) => new URL(size.url).pathname)).toContain('/embed/child.js');
    expect(sizes.reduce((total, size) => total + size.bytes, 0)).toBeLessThanOrEqual(budgets.embedJs.maxGzipBytes);
    expect(sizes.find((size) => size.url.endsWith('/embed/child.js'))?.bytes).toBeLessThanOrEqual(
      budgets.embedChildScript.maxGzipBytes,
    );
  });
});

describe('frame headers from _headers', () => {
  test('embed pages may be framed by any site; other pages only by this one', async () => {
    const embed = await fetch(`${siteUrl()}/embed/${chartIds[0]}/`);
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    for (const path of ['/', '/embed/', '/sources/']) {
      const response = await fetch(`${siteUrl()}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'");
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });

  test('a page outside /embed/ does not render in another site’s frame', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(host.addPage(hostPage(`<iframe src="${siteUrl()}/sources/" title="framed"></iframe>`)));
    await page.waitForTimeout(500);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium replaces a refused frame with its own error page.
    expect(framed?.url()).not.toContain(new URL(siteUrl()).host);
    await page.context().close();
  });
});

describe('the messages an embed posts to its host', () => {
  test.each([
    ['without childId', '', false],
    ['with a Pym childId', '?childId=chart-1', true],
  ])('%s: AMP embed-size and Datawrapper height always, the Pym string only with childId', async (_, query, pym) => {
    const chartId = chartIds[0] ?? '';
    const { page } = await openRecordedPage(browser, { viewport: { width: 700, height: 800 } });
    const recorder = `<script>window.received = []; addEventListener('message', (event) => received.push(event.data));</script>`;
    await page.goto(
      host.addPage(
        hostPage(
          `${recorder}<iframe src="${siteUrl()}/embed/${chartId}/${query}" title="chart" width="100%" height="300"></iframe>`,
        ),
      ),
    );
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await frame?.waitForLoadState('load');
    const received = () => page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    const contentHeight = async () =>
      Math.ceil((await frame?.evaluate(() => document.documentElement.getBoundingClientRect().height)) ?? 0);
    // Late layout changes send further messages; the last of each kind carries the final height.
    const lastObjectsAndHeight = async () => ({
      last: (await received()).filter((data) => typeof data === 'object').slice(-2),
      height: await contentHeight(),
    });
    await expect
      .poll(async () => {
        const { last, height } = await lastObjectsAndHeight();
        return (
          JSON.stringify(last) ===
          JSON.stringify([
            { sentinel: 'amp', type: 'embed-size', height },
            { 'datawrapper-height': { [chartId]: height } },
          ])
        );
      })
      .toBe(true);
    const pymMessages = (await received()).filter((data) => typeof data === 'string');
    if (pym) expect(pymMessages.at(-1)).toBe(`pymxPYMxchart-1xPYMxheightxPYMx${await contentHeight()}`);
    else expect(pymMessages).toEqual([]);
    await page.context().close();
  });
});

describe('under a Pym.js parent', () => {
  test('the chapter link navigates the host page through navigateTo, even from a sandboxed frame', async () => {
    const chartId = chartIds[0] ?? '';
    const { page } = await openRecordedPage(browser);
    // Without allow-top-navigation the frame cannot follow target="_top" itself: only the parent can.
    const options = JSON.stringify({ sandbox: 'allow-scripts allow-same-origin' });
    await page.goto(
      host.addPage(
        hostPage(
          `<div id="p"></div><script src="/pym.v1.min.js"></script>` +
            `<script>new pym.Parent('p', ${JSON.stringify(`${siteUrl()}/embed/${chartId}/`)}, ${options});</script>`,
        ),
      ),
    );
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames()[1];
    await frame?.waitForLoadState('load');
    const href = await frame?.locator('a[href^="/chapters/"]').getAttribute('href');
    await Promise.all([page.waitForURL(`${siteUrl()}${href}`), frame?.locator('a[href^="/chapters/"]').click()]);
    await page.context().close();
  });
});

describe('the gallery', () => {
  test('lists every chart with a preview, and its copy button copies the embed code (the iframe in a <div>)', async () => {
    const { page, problems } = await openRecordedPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${siteUrl()}/embed/`, { waitUntil: 'networkidle' });
    const previews = await page
      .locator('iframe.preview')
      .evaluateAll((frames) => frames.map((frame) => frame.getAttribute('src')));
    expect(previews).toEqual(expect.arrayContaining(chartIds.map((id) => `/embed/${id}/`)));
    const first = page.locator('copy-code').first();
    await first.getByRole('button').click();
    await expect.poll(() => first.getByRole('status').textContent()).toMatch(/Copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await first.locator('pre').textContent());
    const [frame, loader, ...rest] = copied.split('\n');
    expect(rest).toEqual([]);
    expect(frame).toMatch(/^<div><iframe src="https?:\/\/[^"]+\/embed\/[a-z-]+\/"[^>]*><\/iframe><\/div>$/);
    expect(loader).toMatch(/^<script async src="[^"]+\/embed\/loader\.js"><\/script>$/);
    await page.context().close();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('gives each chart its address for WordPress Authors and Contributors, and AMP code beside the Pym.js code', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(`${siteUrl()}/embed/`);
    for (const chartId of chartIds) {
      const section = page.locator(`section[aria-labelledby="gallery-${chartId}"]`);
      const codes = await section.locator('copy-code pre').allTextContents();
      expect(codes[1]).toMatch(new RegExp(`^https?://[^/]+/embed/${chartId}/$`));
      expect(await section.textContent()).toContain('Authors and Contributors should paste the chart address');
      const amp = codes.find((code) => code.startsWith('<amp-iframe '));
      expect(amp, `${chartId}: AMP code`).toBeDefined();
      expect(amp).toContain(' resizable ');
      expect(amp).toContain(' sandbox="allow-scripts allow-same-origin" ');
      expect(amp).toMatch(/<div overflow [^>]*role="button"/);
      expect(amp).toMatch(/<amp-img placeholder /);
      expect(codes.some((code) => code.includes('new pym.Parent('))).toBe(true);
    }
    await page.context().close();
  });
});
