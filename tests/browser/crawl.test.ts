/**
 * The crawl: every page in dist/, in light and dark colour schemes, loads without console errors,
 * failed requests or requests to other origins, and has no axe-core WCAG 2.x A/AA violation.
 * Pages added to the site are picked up automatically.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

// Pages load side by side (up to the project's maxConcurrency, in one browser): much of each load
// is waiting for the network to go quiet, which the other pages' rendering and axe runs fill.
describe.concurrent.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test.for(pages)('%s loads cleanly and passes axe', async (path, { expect }) => {
    const { page, problems } = await openRecordedPage(browser, { colorScheme });
    // Loading is not what is tested: on a busy machine, with pages side by side, the gallery's
    // many frames can take longer than Playwright's default 30 s to go quiet.
    await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle', timeout: 90_000 });
    const violations = await axeViolations(page);
    await page.context().close();
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(problems.offSiteRequests, 'requests to other origins').toEqual([]);
    expect(violations, 'axe violations').toEqual([]);
  });
});
