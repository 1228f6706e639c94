/**
 * The crawl: every page in dist/, in light and dark colour schemes, loads without console errors,
 * failed requests or requests to other origins, and has no axe-core WCAG 2.x A/AA violation.
 * Pages added to the site are picked up automatically.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, builtPages, connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pages = builtPages();

test('the crawl finds the home page and the 404 page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
});

/**
 * Switches the page's colour scheme in place and waits for any colour transition to end. The site's
 * colours are CSS `light-dark()` values under `color-scheme` (src/styles/tokens.css): nothing is
 * computed from the scheme when a page loads, so a switched page is styled as one loaded in that
 * scheme (the last test of this file checks that on a chapter).
 */
async function switchColourScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

// Pages load side by side (up to the project's maxConcurrency, in one browser): much of each load
// is waiting for the network to go quiet, which the other pages' rendering and axe runs fill. Each
// page loads once, in the light scheme, and axe runs again after it switches to dark.
test.concurrent.for(pages)(
  '%s loads cleanly and passes axe in the light and dark colour schemes',
  async (path, { expect }) => {
    const { page, problems } = await openRecordedPage(browser, { colorScheme: 'light' });
    // Loading is not what is tested: on a busy machine, with pages side by side, the gallery's
    // many frames can take longer than Playwright's default 30 s to go quiet.
    await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle', timeout: 90_000 });
    const light = await axeViolations(page);
    await switchColourScheme(page, 'dark');
    const dark = await axeViolations(page);
    await page.context().close();
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(problems.offSiteRequests, 'requests to other origins').toEqual([]);
    expect(light, 'axe violations in the light scheme').toEqual([]);
    expect(dark, 'axe violations in the dark scheme').toEqual([]);
  },
);

test('a page switched to the dark scheme is styled as one loaded in it', async () => {
  const colours = async (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('body, h1, p, a, svg text, svg rect, svg path, th, td')]
        .slice(0, 400)
        .map((node) => {
          const style = getComputedStyle(node);
          return `${style.color} ${style.backgroundColor} ${style.fill} ${style.stroke} ${style.borderTopColor}`;
        }),
    );
  const path = `${siteUrl()}/chapters/scale/`;
  const loadedDark = await openRecordedPage(browser, { colorScheme: 'dark' });
  await loadedDark.page.goto(path, { waitUntil: 'networkidle' });
  const switched = await openRecordedPage(browser, { colorScheme: 'light' });
  await switched.page.goto(path, { waitUntil: 'networkidle' });
  const light = await colours(switched.page);
  await switchColourScheme(switched.page, 'dark');
  const expected = await colours(loadedDark.page);
  expect(light, 'the light and dark schemes differ, or the comparison shows nothing').not.toEqual(expected);
  expect(await colours(switched.page)).toEqual(expected);
  await loadedDark.page.context().close();
  await switched.page.context().close();
});
