/**
 * Charts in the built site: every chart is in the HTML as SVG and visible with JavaScript off, at
 * phone and desktop widths, drawn near its design size; the timeline can be operated from the
 * keyboard with its details shown and announced; zoom respects reduced motion; enhancing shifts
 * no layout; and pages with charts stay within the JavaScript budget.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import { defaultLocale, localizedPath, splitLocalePath } from '../../src/lib/locales.ts';
import { budgets } from '../../src/quality/budgets.ts';
import { builtPages, connectBrowser, openRecordedPage, recordScripts, siteUrl } from './harness.ts';
import { openPagePool, type PagePool } from './page-pool.ts';

/** Patience for what a loaded machine does slowly (the default of one second flakes under load). */
const slow = { timeout: 10_000 };

/** Total JavaScript a page may load, compressed, once every chart on it has been enhanced. */
const jsBudgetBytes = budgets.chapterJs.maxGzipBytes;

let browser: Browser;
/** Pages with JavaScript off at 320 px, lent to the concurrent phone checks (as many as maxConcurrency). */
let phonePages: PagePool;
beforeAll(async () => {
  browser = await connectBrowser();
  phonePages = await openPagePool(browser, 3, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
});
afterAll(async () => {
  await phonePages?.close();
  await browser?.close();
});

/** The HTML of a built page at a site path. */
const builtHtml = (path: string) => readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');

/** Pages whose HTML holds at least one chart figure. */
const chartPages = builtPages().filter((path) => builtHtml(path).includes('<chart-figure'));

test('the charts index is among the pages with charts', () => {
  expect(chartPages).toContain('/charts/');
});

describe.each([320, 1280])('with JavaScript off at %ipx', (width) => {
  test('every chart on /charts/ shows one SVG, with a title and description, near its design size', async () => {
    const { page } = await openRecordedPage(browser, { javaScriptEnabled: false, viewport: { width, height: 900 } });
    await page.goto(`${siteUrl()}/charts/`);
    for (const id of chartIds) {
      const visible = page.locator(`#chart-${id} .chart-layout svg:visible`);
      await expect.poll(() => visible.count(), { ...slow, message: `${id}: visible SVGs` }).toBe(1);
      const box = await visible.boundingBox();
      const designWidth = Number((await visible.getAttribute('viewBox'))!.split(' ')[2]);
      const scale = box!.width / designWidth;
      expect(scale, `${id} drawn at ${box!.width}px from a ${designWidth}px design`).toBeGreaterThan(0.85);
      expect(scale).toBeLessThan(1.6);
      expect(await visible.locator('title').textContent()).not.toBe('');
      expect(await visible.locator('desc').textContent()).not.toBe('');
    }
    await page.context().close();
  });
});

// The pages load side by side, in the pool's pages (up to the project's maxConcurrency).
test.concurrent.for(chartPages)(
  '%s shows every chart it holds with JavaScript off at 320px',
  async (path, { expect }) => {
    const shown = await phonePages.use(async (page) => {
      await page.goto(`${siteUrl()}${path}`);
      const figures = await page.locator('chart-figure').all();
      return Promise.all(
        figures.map(async (figure) => {
          const svg = figure.locator('.chart-layout svg:visible');
          return {
            id: await figure.getAttribute('data-chart'),
            count: await svg.count(),
            box: await svg.first().boundingBox(),
          };
        }),
      );
    });
    expect(shown.length).toBeGreaterThan(0);
    for (const { id, count, box } of shown) {
      expect(count, `${path} ${id}: visible SVGs`).toBe(1);
      expect(box!.width, `${path} ${id} fits the phone`).toBeLessThanOrEqual(320);
    }
  },
);

test('in print, each chart on /charts/ shows its wide layout only', async () => {
  const { page } = await openRecordedPage(browser, {
    javaScriptEnabled: false,
    viewport: { width: 800, height: 1000 },
  });
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${siteUrl()}/charts/`);
  for (const id of chartIds) {
    const visible = page.locator(`#chart-${id} .chart-layout svg:visible`);
    expect(await visible.count(), id).toBe(1);
    expect((await visible.getAttribute('viewBox'))!.split(' ')[2]).toBe('720');
  }
  await page.context().close();
});

/** The timeline's focusable marks in the layout on screen. */
const timelineMarks = (page: Page) => page.locator('#chart-timeline .chart-layout svg:visible .chart-mark');

describe('the timeline from the keyboard', () => {
  test('Tab reaches the first event, arrows the next; details shown, the new part announced; Escape closes them', async () => {
    const { page, problems } = await openRecordedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl()}/charts/`);
    await page.locator('#chart-timeline').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#chart-timeline').getAttribute('data-enhanced'), slow).toBe('true');
    await expect.poll(() => timelineMarks(page).first().getAttribute('tabindex'), slow).toBe('0');
    // From the skip link, Tab enters the chart at its first event; the arrow keys go on from there.
    await page.locator('#chart-timeline .chart-skip').focus();
    const count = await timelineMarks(page).count();
    expect(count).toBeGreaterThanOrEqual(9);
    for (let index = 0; index < count; index++) {
      await page.keyboard.press(index === 0 ? 'Tab' : 'ArrowDown');
      const mark = timelineMarks(page).nth(index);
      expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
      const [title, when, detail] = await Promise.all(
        ['data-title', 'data-when', 'data-detail'].map((name) => mark.getAttribute(name)),
      );
      await expect.poll(() => page.locator('#chart-timeline .chart-live').textContent(), slow).toBe(detail);
      // The mark's own name says the title and the date, so the live region does not repeat them.
      expect(await mark.getAttribute('aria-label')).toBe(`${title}: ${when}.`);
      expect(await page.locator('#chart-timeline .chart-details').isVisible()).toBe(true);
      expect(await page.locator('#chart-timeline .chart-details-title').textContent()).toBe(title);
    }
    // The disputed report date is announced with who says what.
    expect(
      await page.locator('#chart-timeline .chart-mark[data-mark="reported"]').first().getAttribute('data-when'),
    ).toContain('sources differ: 28–31 Dec 2019');
    await page.keyboard.press('Escape');
    expect(await page.locator('#chart-timeline .chart-details').isVisible()).toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('the zoom buttons show the detail alone, at once under reduced motion, and take the overview out of the tab order', async () => {
    const { page } = await openRecordedPage(browser, {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${siteUrl()}/charts/`);
    await page.locator('#chart-timeline').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#chart-timeline').getAttribute('data-enhanced'), slow).toBe('true');
    const svg = page.locator('#chart-timeline .chart-layout svg:visible');
    const detailTop = await svg.locator('[data-panel="detail"]').getAttribute('data-top');
    await page.getByRole('button', { name: 'Dec 2019 to Jan 2020' }).click();
    expect((await svg.getAttribute('viewBox'))!.split(' ')[1]).toBe(detailTop);
    expect(await page.getByRole('button', { name: 'Dec 2019 to Jan 2020' }).getAttribute('aria-pressed')).toBe('true');
    expect(await svg.locator('[data-panel="overview"]').getAttribute('aria-hidden')).toBe('true');
    expect(await svg.locator('[data-panel="overview"] .chart-mark').first().getAttribute('tabindex')).toBeNull();
    await page.getByRole('button', { name: 'Both' }).click();
    expect((await svg.getAttribute('viewBox'))!.split(' ')[1]).toBe('0');
    await page.context().close();
  });
});

test('enhancing a chart shifts no layout', async () => {
  const { page } = await openRecordedPage(browser, { viewport: { width: 390, height: 800 } });
  await page.goto(`${siteUrl()}/charts/`);
  await page.evaluate(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      // Only shifts of nodes in or around a chart count: the page chrome has its own tests.
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      })[]) {
        const inChart = entry.sources.some(
          ({ node }) => node instanceof Element && node.closest('chart-figure') !== null,
        );
        if (!entry.hadRecentInput && inChart) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const id of chartIds) {
    const figure = page.locator(`#chart-${id}`);
    const before = await figure.boundingBox();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute('data-enhanced'), slow).toBe('true');
    const after = await figure.boundingBox();
    expect(after!.height, `${id} height after enhancing`).toBe(before!.height);
  }
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  await page.context().close();
});

/** The scripts a built page names and the charts it holds: what decides the JavaScript it loads. */
const scriptsAndCharts = (path: string) => {
  const html = builtHtml(path);
  return {
    scripts: [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]))].sort(),
    charts: [...html.matchAll(/<chart-figure[^>]*\sdata-chart="([^"]+)"/g)].map((match) => match[1]),
  };
};

describe('JavaScript budget', () => {
  // Each edition's page names the same scripts and holds the same charts as its English counterpart (the
  // last test), so it loads the same JavaScript: the budget is measured in the browser on the English pages.
  const measured = chartPages.filter((path) => splitLocalePath(path).locale === defaultLocale);

  // One page for these (they run one after another), with the HTTP cache off so that every script of
  // each page is fetched, and counted, again.
  let budgetPage: Page;
  beforeAll(async () => {
    budgetPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const devtools = await budgetPage.context().newCDPSession(budgetPage);
    await devtools.send('Network.enable');
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  });
  afterAll(async () => {
    await budgetPage?.context().close();
  });

  test.each(measured)(
    `%s loads at most ${jsBudgetBytes / 1000} KB of gzipped JavaScript with every chart enhanced`,
    async (path) => {
      const page = budgetPage;
      const scriptSizes = recordScripts(page);
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' });
      // Scroll every chart into view so its lazily loaded interaction counts too.
      for (const figure of await page.locator('chart-figure').all()) {
        await figure.scrollIntoViewIfNeeded();
        await expect.poll(() => figure.getAttribute('data-enhanced'), slow).toBe('true');
      }
      await page.waitForLoadState('networkidle');
      const scripts = await scriptSizes();
      const total = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
      console.info(`${path}: ${scripts.size} scripts, ${(total / 1000).toFixed(1)} KB gzipped`);
      expect(scripts.size).toBeGreaterThan(0);
      expect(
        total,
        [...scripts].map(([url, bytes]) => `${new URL(url).pathname} ${bytes} B`).join(', '),
      ).toBeLessThanOrEqual(jsBudgetBytes);
    },
  );

  test('every other edition’s chart page names the same scripts and holds the same charts as its English one', () => {
    const others = chartPages.filter((path) => splitLocalePath(path).locale !== defaultLocale);
    expect(others.length).toBeGreaterThan(0);
    for (const path of others) {
      const english = localizedPath(defaultLocale, splitLocalePath(path).path);
      expect(measured, `${path} has no English counterpart among the chart pages`).toContain(english);
      const own = scriptsAndCharts(path);
      expect(own.scripts.length, path).toBeGreaterThan(0);
      expect(own, `${path} against ${english}`).toEqual(scriptsAndCharts(english));
    }
  });
});
