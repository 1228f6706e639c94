/**
 * The crawl: every page in dist/ loads without console errors, failed requests or requests to
 * other origins; with its Content Security Policy enforced (the meta policy plus the _headers
 * rules the static server applies) and no violation in any frame; with the security headers; and
 * with no axe-core WCAG 2.x A/AA violation in the light and the dark colour scheme. Pages added
 * to the site are picked up automatically.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { securityHeaderProblems } from '../../src/quality/security-headers.ts';
import { watchCsp, type CspWatch } from './csp-recorder.ts';
import { axeViolations, builtPages, connectBrowser, openRecordedPage, recordProblems, siteUrl } from './harness.ts';
import { openPagePool, type PagePool } from './page-pool.ts';

let browser: Browser;
let pool: PagePool;
let watchPage: CspWatch;
beforeAll(async () => {
  browser = await connectBrowser();
  // As many pages as the project's maxConcurrency lets tests run at once (vitest.config.ts). Service
  // workers are blocked: the educators' pages register one that would otherwise serve the pages loaded
  // after them from its cache (educators-offline.test.ts tests it).
  pool = await openPagePool(browser, 3, { colorScheme: 'light', serviceWorkers: 'block' });
  watchPage = await watchCsp(pool.context);
});
afterAll(async () => {
  await pool?.close();
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
// page loads once, in the light scheme, and axe's colour rules run again after it switches to dark
// (only colours change with the scheme: the last test of this file checks that).
test.concurrent.for(pages)(
  '%s loads cleanly under its policy, with the security headers, and passes axe in the light and dark colour schemes',
  async (path, { expect }) => {
    const seen = await pool.use(async (page) => {
      const recording = recordProblems(page);
      const csp = watchPage(page);
      try {
        // Loading is not what is tested: on a busy machine, with pages side by side, the gallery's
        // many frames can take longer than Playwright's default 30 s to go quiet.
        const response = await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle', timeout: 90_000 });
        const headers = new Map(Object.entries((await response?.allHeaders()) ?? {}));
        const light = await axeViolations(page);
        await switchColourScheme(page, 'dark');
        const dark = await axeViolations(page, 'colour');
        await switchColourScheme(page, 'light');
        return { problems: recording.problems, csp: csp.record, headers, light, dark };
      } finally {
        recording.stop();
        csp.stop();
      }
    });
    expect(seen.problems.consoleErrors, 'console errors').toEqual([]);
    expect(seen.problems.failedRequests, 'failed requests').toEqual([]);
    expect(seen.problems.offSiteRequests, 'requests to other origins').toEqual([]);
    expect(seen.csp.violations, 'securitypolicyviolation events').toEqual([]);
    expect(seen.csp.consoleMessages, 'CSP messages on the console').toEqual([]);
    expect(securityHeaderProblems(path, seen.headers)).toEqual([]);
    expect(
      seen.headers.get('content-security-policy') ?? '',
      'a policy in _headers must not relax the meta policy',
    ).not.toMatch(/unsafe-inline/);
    expect(seen.light, 'axe violations in the light scheme').toEqual([]);
    expect(seen.dark, 'axe violations in the dark scheme').toEqual([]);
  },
);

/**
 * Every computed style property but colours of the page's elements, kept in the page. Those not
 * rendered (in a closed <details>, say) keep only that fact: their layout is skipped, so their
 * sizes are whatever was last computed, and the rules that check them do not read styles.
 */
const snapshotNonColourStyles = (page: Page) =>
  page.evaluate(() => {
    const colour = /color|fill|stroke|shadow|^background-image$/;
    const snapshot = [...document.querySelectorAll('body, body *')].map((node) => {
      const style = getComputedStyle(node);
      const rendered = node.checkVisibility();
      const properties = rendered ? [...style].filter((name) => !colour.test(name)) : [];
      return new Map<string, string>([
        ['(rendered)', String(rendered)],
        ...properties.map((name): [string, string] => [name, style.getPropertyValue(name)]),
      ]);
    });
    (window as unknown as { nonColourStyles: Map<string, string>[] }).nonColourStyles = snapshot;
    return snapshot.filter((element) => element.size > 1).length;
  });

/** What differs now from the page's snapshot, as "element (index), property: then → now" lines. */
const nonColourStyleChanges = (page: Page) =>
  page.evaluate(() => {
    const snapshot = (window as unknown as { nonColourStyles: Map<string, string>[] }).nonColourStyles;
    const elements = [...document.querySelectorAll('body, body *')];
    const count = elements.length === snapshot.length ? [] : [`${snapshot.length} elements → ${elements.length}`];
    return count.concat(
      elements.flatMap((node, index) => {
        const style = getComputedStyle(node);
        return [...(snapshot[index] ?? new Map<string, string>())].flatMap(([name, then]) => {
          const now = name === '(rendered)' ? String(node.checkVisibility()) : style.getPropertyValue(name);
          return now === then
            ? []
            : [`${node.tagName.toLowerCase()}.${[...node.classList].join('.')} (${index}), ${name}: ${then} → ${now}`];
        });
      }),
    );
  });

test('a page switched to the dark scheme is styled as one loaded in it, and only its colours change', async () => {
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
  expect(await snapshotNonColourStyles(switched.page)).toBeGreaterThan(100);
  await switchColourScheme(switched.page, 'dark');
  const expected = await colours(loadedDark.page);
  expect(light, 'the light and dark schemes differ, or the comparison shows nothing').not.toEqual(expected);
  expect(await colours(switched.page)).toEqual(expected);
  // Nothing but colours depends on the scheme, so axe's other rules would find in dark what they found in light.
  expect(await nonColourStyleChanges(switched.page)).toEqual([]);
  await loadedDark.page.context().close();
  await switched.page.context().close();
});
