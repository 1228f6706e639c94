/**
 * The site header: one row of at most 64 px on a 375 px phone, with a disclosure menu that opens
 * without JavaScript and holds the navigation and the theme switch; inline on a wide screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chapterSlugs } from '../../src/schemas/content.ts';
import { connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paths = ['/', ...chapterSlugs.map((slug) => `/chapters/${slug}/`), '/sources/', '/educators/'];

test('at 375 px the header is at most 64 px tall on every story page, with and without JavaScript', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const { page } = await openRecordedPage(browser, { viewport: { width: 375, height: 740 }, javaScriptEnabled });
    for (const path of paths) {
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' });
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      expect(height, `${path} (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`).toBeLessThanOrEqual(64);
      expect(await page.locator('.site-header nav a').first().isVisible(), path).toBe(false);
    }
    await page.context().close();
  }
});

test('without JavaScript the menu opens from the keyboard and holds the links and the theme switch', async () => {
  const { page } = await openRecordedPage(browser, { viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
  await page.goto(`${siteUrl()}/chapters/timeline/`, { waitUntil: 'networkidle' });
  await page.locator('.site-header summary').focus();
  await page.keyboard.press('Enter');
  expect(await page.locator('.site-header details').getAttribute('open')).not.toBeNull();
  // The eight site links, then the language switch's link to the same page in Spanish.
  expect(await page.locator('.site-header details nav:not(.languages) a').count()).toBe(8);
  expect(await page.locator('.site-header details nav.languages a').getAttribute('href')).toBe(
    '/es/chapters/timeline/',
  );
  const links = page.locator('.site-header details nav a');
  expect(await links.count()).toBe(9);
  for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
  expect(await page.locator('.site-header details .theme-switch select').count()).toBe(1);
  // The open menu lies over the page rather than pushing it down.
  expect(
    await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height),
  ).toBeLessThanOrEqual(64);
  await page.context().close();
});

test('at 1280 px the links and the theme switch show inline, with no menu button', async () => {
  const { page } = await openRecordedPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${siteUrl()}/chapters/timeline/`, { waitUntil: 'networkidle' });
  expect(await page.locator('.site-header summary').isVisible()).toBe(false);
  for (const link of await page.locator('.site-header nav a').all()) expect(await link.isVisible()).toBe(true);
  await page.locator('.site-header select').selectOption('dark');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.context().close();
});

test('at 1280 px nothing in the header moves when the theme switch’s script arrives late', async () => {
  const { page } = await openRecordedPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const moved: string[] = [];
    Object.assign(window, { headerShifts: moved });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { sources?: { node?: Node | null }[] })[])
        for (const { node } of entry.sources ?? []) {
          const element = node instanceof Element ? node : node?.parentElement;
          if (element?.closest('.site-header')) moved.push(`${element.tagName.toLowerCase()} "${element.textContent}"`);
        }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The switch's module is held back until well after the first render, as on a slow phone.
  let released = false;
  await page.route(/ThemeSwitch[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    released = true;
    await route.continue();
  });
  await page.goto(`${siteUrl()}/es/chapters/timeline/`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => customElements.get('theme-switch') !== undefined, undefined, { timeout: 15_000 });
  expect(released, 'the switch’s script was held back').toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { headerShifts: string[] }).headerShifts)).toEqual([]);
  await page.context().close();
});
