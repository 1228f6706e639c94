/**
 * Shared helpers for browser tests: one Chromium for the whole run, pages that record console
 * errors, failed and off-site requests, and an axe-core run. New page tests import these.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { gzipBytes } from '../../src/quality/page-weights.ts';
import { inject } from 'vitest';

export const siteUrl = (): string => inject('siteUrl');

/**
 * A connection to the project's one Chromium (started by global-setup.ts), so a test file does not
 * pay for starting its own. Each test opens its own contexts, so files share no state; closing the
 * returned browser closes those contexts and the connection, not Chromium.
 */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** Every HTML page in dist/ as a site path ("/", "/sources/" …), sorted; the 404 page as "/404.html". */
export function builtPages(root = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html'))
        pages.push(`/${relative(root, path).split(sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(root);
  return pages.sort();
}

/** What went wrong while a page loaded. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  offSiteRequests: string[];
}

/** Opens a page that records its problems; `problems` fills in as the page runs. */
export async function openRecordedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const origin = new URL(siteUrl()).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offSiteRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/404.html'))
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      problems.offSiteRequests.push(request.url());
  });
  return { page, problems };
}

const axeSource = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core violations of WCAG 2.0, 2.1 and 2.2 A and AA on the page, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol, so the page's Content Security Policy does not block it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

/**
 * Records the URL of every script the page loads until the returned function is called; that function stops
 * recording and fetches each script again from the server, returning its gzipped size. The bodies are not read
 * through the browser, so no read can outlive the page and reject after the test.
 */
export function recordScripts(page: Page): () => Promise<Map<string, number>> {
  const urls = new Set<string>();
  const record = (response: Response): void => {
    if (response.request().resourceType() === 'script') urls.add(response.url());
  };
  page.on('response', record);
  return async () => {
    page.off('response', record);
    const sizes = new Map<string, number>();
    for (const url of urls) {
      const body = await fetch(url);
      if (!body.ok) throw new Error(`${url} answered ${body.status} when fetched again for its size`);
      sizes.set(url, gzipBytes(Buffer.from(await body.arrayBuffer())));
    }
    return sizes;
  };
}
