/**
 * Every page of dist/ loads in Chromium with its Content Security Policy enforced (the meta
 * policy plus the _headers rules the static server applies) and reports no violation: neither a
 * `securitypolicyviolation` event in any frame nor a CSP message on the console. Each response
 * also carries the security headers. The same recorder is first pointed at the fixture site to
 * prove it catches a blocked inline script and a blocked script from another origin.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { fixtureSiteRoot } from '../../src/quality/fixture-site.ts';
import { securityHeaderProblems } from '../../src/quality/security-headers.ts';
import { builtPages, connectBrowser, siteUrl } from '../browser/harness.ts';

/** What a page reported while it loaded. */
interface CspRecord {
  violations: string[];
  consoleMessages: string[];
  headers: Map<string, string>;
}

let browser: Browser;
let context: BrowserContext;
let fixture: { server: Server; url: string };

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext();
  fixture = await startStaticServer(fixtureSiteRoot, 0);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise<void>((resolve) => (fixture ? fixture.server.close(() => resolve()) : resolve()));
});

/** Loads `url` and returns the violations reported from every frame, CSP console lines, and the document's headers. */
async function loadRecordingCsp(url: string): Promise<CspRecord> {
  const page = await context.newPage();
  const violations: string[] = [];
  const consoleMessages: string[] = [];
  // A binding reaches every frame, so violations inside embedded iframes are caught too.
  await page.exposeBinding(
    'reportCspViolation',
    ({ frame }, text: string) => void violations.push(`${frame.url()}: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} ` +
            `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
        );
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) consoleMessages.push(`${message.type()}: ${message.text()}`);
  });
  // `load` waits for every subresource and iframe; `networkidle` can starve when several pages load at once on 2 cores.
  const response = await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
  // Violations are dispatched as tasks: let any queued ones arrive.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
  const headers = new Map(Object.entries((await response?.allHeaders()) ?? {}));
  await page.close();
  return { violations, consoleMessages, headers };
}

describe('the CSP recorder', () => {
  test('catches an inline script the policy does not hash', async () => {
    const record = await loadRecordingCsp(`${fixture.url}/inline-script/`);
    expect(record.violations).toEqual([expect.stringMatching(/inline-script\/: script-src-elem blocked inline/)]);
    expect(record.consoleMessages).toEqual([expect.stringMatching(/^error: .*Content Security Policy/)]);
  });
  test('catches a script from another origin', async () => {
    const record = await loadRecordingCsp(`${fixture.url}/external-script/`);
    expect(record.violations).toEqual([
      expect.stringMatching(/script-src-elem blocked https:\/\/cdn\.example\.net\/tracker\.js/),
    ]);
  });
  test('finds nothing on the clean fixture page', async () => {
    const record = await loadRecordingCsp(`${fixture.url}/`);
    expect([...record.violations, ...record.consoleMessages]).toEqual([]);
  });
});

// Pages load side by side (up to vitest's maxConcurrency): most of each load is waiting for the network to go idle.
describe.concurrent('every page of dist/', () => {
  test.for(builtPages())(
    '%s loads with its policy enforced and no violation, with the security headers',
    async (path, { expect }) => {
      const record = await loadRecordingCsp(`${siteUrl()}${path}`);
      expect(record.violations, 'securitypolicyviolation events').toEqual([]);
      expect(record.consoleMessages, 'CSP messages on the console').toEqual([]);
      expect(securityHeaderProblems(path, record.headers)).toEqual([]);
      expect(
        record.headers.get('content-security-policy') ?? '',
        'a policy in _headers must not relax the meta policy',
      ).not.toMatch(/unsafe-inline/);
    },
  );
});
