/**
 * The CSP recorder (tests/browser/csp-recorder.ts), pointed at the fixture site, catches a blocked
 * inline script and a blocked script from another origin, and finds nothing on a clean page. The
 * crawl (tests/browser/crawl.test.ts) records every page of dist/ with it, in the same load that
 * axe checks, so each page is loaded once for both.
 */
import type { Server } from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { fixtureSiteRoot } from '../../src/quality/fixture-site.ts';
import { watchCsp, type CspRecord, type CspWatch } from '../browser/csp-recorder.ts';
import { connectBrowser } from '../browser/harness.ts';

let browser: Browser;
let context: BrowserContext;
let watchPage: CspWatch;
let fixture: { server: Server; url: string };

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext();
  watchPage = await watchCsp(context);
  fixture = await startStaticServer(fixtureSiteRoot, 0);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise<void>((resolve) => (fixture ? fixture.server.close(() => resolve()) : resolve()));
});

/** Loads a fixture page and returns what the recorder caught. */
async function loadRecordingCsp(path: string): Promise<CspRecord> {
  const page = await context.newPage();
  const { record, stop } = watchPage(page);
  await page.goto(`${fixture.url}${path}`, { waitUntil: 'load' });
  // Violations are dispatched as tasks: let any queued ones arrive.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
  stop();
  await page.close();
  return record;
}

describe('the CSP recorder', () => {
  test('catches an inline script the policy does not hash', async () => {
    const record = await loadRecordingCsp('/inline-script/');
    expect(record.violations).toEqual([expect.stringMatching(/inline-script\/: script-src-elem blocked inline/)]);
    expect(record.consoleMessages).toEqual([expect.stringMatching(/^error: .*Content Security Policy/)]);
  });
  test('catches a script from another origin', async () => {
    const record = await loadRecordingCsp('/external-script/');
    expect(record.violations).toEqual([
      expect.stringMatching(/script-src-elem blocked https:\/\/cdn\.example\.net\/tracker\.js/),
    ]);
  });
  test('finds nothing on the clean fixture page', async () => {
    const record = await loadRecordingCsp('/');
    expect([...record.violations, ...record.consoleMessages]).toEqual([]);
  });
  test('records only the page it watches, and stops when told', async () => {
    const watched = await context.newPage();
    const other = await context.newPage();
    const { record, stop } = watchPage(watched);
    await other.goto(`${fixture.url}/inline-script/`, { waitUntil: 'load' });
    await other.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
    stop();
    await watched.goto(`${fixture.url}/inline-script/`, { waitUntil: 'load' });
    await watched.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
    expect([...record.violations, ...record.consoleMessages]).toEqual([]);
    await Promise.all([watched.close(), other.close()]);
  });
});
