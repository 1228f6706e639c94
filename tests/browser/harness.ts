/**
 * Shared helpers for browser tests: one Chromium for the whole run, pages that record console
 * errors, failed and off-site requests, and an axe-core run. New page tests import these.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
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

/**
 * Records a page's problems until `stop` is called; `problems` fills in as the page runs. A page
 * lent from a pool (page-pool.ts) is recorded for one test at a time this way.
 */
export function recordProblems(page: Page): { problems: PageProblems; stop: () => void } {
  const origin = new URL(siteUrl()).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offSiteRequests: [] };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => problems.consoleErrors.push(error.message);
  const onRequestFailed = (request: Request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && !response.url().endsWith('/404.html'))
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  };
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      problems.offSiteRequests.push(request.url());
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  page.on('request', onRequest);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
    page.off('request', onRequest);
  };
  return { problems, stop };
}

/** Opens a page, in a context of its own, that records its problems; `problems` fills in as the page runs. */
export async function openRecordedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { page, problems: recordProblems(page).problems };
}

const axeSource = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules, by axe-core's tags. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core violations of WCAG 2.0, 2.1 and 2.2 A and AA on the page, as readable lines. With `'colour'`,
 * only those of the rules axe files under colour (`cat.color`: contrast, links told apart by colour) run:
 * for a page whose colour scheme was switched in place, where nothing but colours changed (the crawl
 * checks that), so no other rule can find anything the first run did not. Frames are not entered: the
 * only framed pages are the embeds in the gallery, and the crawl checks each embed page on its own.
 */
export async function axeViolations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  // Injected through the DevTools protocol, so the page's Content Security Policy does not block it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    async ({ tags, colourOnly }) => {
      const axe = (
        window as unknown as {
          axe: {
            getRules: (tags: string[]) => { ruleId: string; tags: string[] }[];
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
          };
        }
      ).axe;
      const runOnly = colourOnly
        ? {
            type: 'rule',
            values: axe
              .getRules(tags)
              .filter((rule) => rule.tags.includes('cat.color'))
              .map((rule) => rule.ruleId),
          }
        : { type: 'tag', values: tags };
      return axe.run(document, { runOnly, resultTypes: ['violations'], iframes: false });
    },
    { tags: wcagTags, colourOnly: rules === 'colour' },
  );
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
