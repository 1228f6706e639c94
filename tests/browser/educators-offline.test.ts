/**
 * The kit without a connection: the trainer pack's labs opened from file:// with the network
 * off and used, and the site itself after a first visit, when the service worker answers for
 * the chapters and the educators' pages.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { educators as strings } from '../../content/strings.json';
import { quiz } from '../../src/educators/content.ts';
import { connectBrowser, siteUrl } from './harness.ts';

let browser: Browser;
let packDir: string;
beforeAll(async () => {
  browser = await connectBrowser();
  packDir = mkdtempSync(join(tmpdir(), 'left-open-pack-'));
  for (const [name, bytes] of Object.entries(
    unzipSync(new Uint8Array(readFileSync('dist/educators/trainer-pack.zip'))),
  )) {
    mkdirSync(dirname(join(packDir, name)), { recursive: true });
    writeFileSync(join(packDir, name), bytes);
  }
});
afterAll(async () => {
  await browser?.close();
  rmSync(packDir, { recursive: true, force: true });
});

/** A context with the network off that records console errors. */
async function offlineContext(): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ offline: true });
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return { context, errors };
}

describe('the trainer pack from file://, network off', () => {
  test('the simulator runs: an edit Azure refuses is not evaluated, a fix closes it, and a challenge link grades', async () => {
    const { context, errors } = await offlineContext();
    const page = await context.newPage();
    await page.goto(`file://${packDir}/labs/simulator.html`);
    const verdict = page.locator('[data-verdict-text]');
    await expect.poll(() => verdict.textContent()).toMatch(/^Open and readable/);
    const open = page.locator('[data-row]').nth(1);
    await open.locator('[data-field="source"]').fill('everyone');
    await expect.poll(() => verdict.textContent()).toMatch(/^Not evaluated: fix rule 2 \(Source\)/);
    await open.locator('[data-field="source"]').fill('10.20.0.0/16');
    await expect.poll(() => verdict.textContent()).toMatch(/^Closed/);
    await page.goto(`file://${packDir}/labs/challenges.html`);
    await page.locator('a[href="simulator.html#challenge=deny-too-low"]').click();
    await expect.poll(() => page.locator('[data-challenge-title]').textContent()).toBe('The Deny that does nothing');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the redaction lab and the quiz run', async () => {
    const { context, errors } = await offlineContext();
    const page = await context.newPage();
    await page.goto(`file://${packDir}/labs/redaction-lab.html`);
    const summary = page.locator('[data-set="week"] [data-summary]');
    const before = await summary.textContent();
    await page.locator('#rule-email-spaced').check();
    await expect.poll(() => summary.textContent()).not.toBe(before);
    await page.getByLabel(strings.redaction.ownLabel).fill('mail jo@example.com');
    await expect.poll(() => page.locator('[data-own-text] .removed').count()).toBe(1);

    await page.goto(`file://${packDir}/labs/quiz.html`);
    const question = quiz.questions[0]!;
    await page.locator(`#answer-${question.id}-${question.answer}`).check();
    await page.locator(`[data-question="${question.id}"] [data-check]`).click();
    await expect
      .poll(() => page.locator(`[data-question="${question.id}"] [data-feedback]`).textContent())
      .toContain(strings.quiz.correct);
    // Chapter links point at the pack's PDFs.
    expect(await page.locator(`[data-question="${question.id}"] [data-feedback] a`).getAttribute('href')).toMatch(
      /^\.\.\/chapters\/\d\d-[a-z-]+\.pdf$/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the site offline after a first visit', () => {
  test('with the network cut after a first visit, the chapters and the educators’ pages still load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/educators/`, { waitUntil: 'load' });
    // Wait until the worker has installed (precached everything) and controls the page.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      return registration.active?.state;
    });
    await context.setOffline(true);
    for (const path of [
      '/educators/',
      '/educators/simulator/',
      '/educators/quiz/',
      '/chapters/what-happened/',
      '/chapters/scale/',
    ]) {
      const response = await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' });
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBe(1);
    }
    // The lab still works offline: its script came from the cache too.
    await page.goto(`${siteUrl()}/educators/simulator/`);
    await page.locator('[data-row]').nth(1).locator('[data-field="source"]').fill('everyone');
    await expect.poll(() => page.locator('[data-verdict-text]').textContent()).toMatch(/^Not evaluated/);
    // Embed pages are never precached.
    await expect(page.goto(`${siteUrl()}/embed/risk/`)).rejects.toThrow();
    await context.close();
  });
});
