/**
 * Every chapter shows a visual without JavaScript, and the step-by-step explainer of chapter 2
 * keeps every step, as text beside its diagram, without JavaScript, with reduced motion and in
 * print; with JavaScript and motion on a wide screen it becomes the sticky scrolling version.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chapterSlugs } from '../../src/schemas/content.ts';
import { connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('without JavaScript every chapter shows at least one drawn visual', async () => {
  const { page } = await openRecordedPage(browser, { javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  for (const slug of chapterSlugs) {
    await page.goto(`${siteUrl()}/chapters/${slug}/`);
    const drawn = await page.$$eval(
      '.chapter-body figure svg',
      (svgs) =>
        svgs.filter((svg) => svg.getBoundingClientRect().height > 100 && svg.getBoundingClientRect().width > 200)
          .length,
    );
    expect(drawn, slug).toBeGreaterThan(0);
  }
  await page.context().close();
});

const explainer = `/chapters/misconfiguration/`;
const readings: [string, BrowserContextOptions, 'screen' | 'print'][] = [
  ['without JavaScript', { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } }, 'screen'],
  ['with reduced motion', { reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } }, 'screen'],
  ['in print', { viewport: { width: 1280, height: 800 } }, 'print'],
];

describe.each(readings)('the explainer %s', (_, options, media) => {
  test('is a plain sequence: every step has its heading, its text and its diagram, in order, none sticky', async () => {
    const { page, problems } = await openRecordedPage(browser, options);
    await page.emulateMedia({ media });
    await page.goto(`${siteUrl()}${explainer}`, { waitUntil: 'networkidle' });
    const steps = await page.$$eval('.explainer-step', (items) =>
      items.map((item) => ({
        heading: item.querySelector('.step-heading')?.textContent?.trim() ?? '',
        text: item.querySelector('.step-text p')?.textContent?.trim() ?? '',
        diagram: item.querySelector('.step-graphic svg')?.getBoundingClientRect().height ?? 0,
        position: getComputedStyle(item.querySelector('.step-graphic')!).position,
        opacity: getComputedStyle(item.querySelector('.step-text')!).opacity,
      })),
    );
    expect(steps.map((step) => step.heading.replace(/^\d+\s+/, ''))).toEqual([
      'Behind its rules',
      '5 December 2019: one rule changes',
      'A scanner knocks',
      '28 December 2019: a search engine lists it',
      '29 December 2019: the researcher finds it',
      '31 December 2019: the rule is fixed',
    ]);
    for (const step of steps) {
      expect(step.text.length).toBeGreaterThan(60);
      expect(step.diagram).toBeGreaterThan(150);
      expect(step.position).not.toBe('sticky');
      expect(step.opacity).toBe('1');
    }
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

test('with JavaScript on a wide screen the diagrams stick beside the steps and the step being read is marked', async () => {
  const { page, problems } = await openRecordedPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${siteUrl()}${explainer}`, { waitUntil: 'networkidle' });
  expect(await page.locator('step-explainer.is-scrolly').count()).toBe(1);
  expect(
    await page
      .locator('.explainer-step .step-graphic')
      .first()
      .evaluate((graphic) => getComputedStyle(graphic).position),
  ).toBe('sticky');
  await page.locator('.explainer-step').nth(3).scrollIntoViewIfNeeded();
  await page
    .locator('.explainer-step')
    .nth(3)
    .evaluate((step) => window.scrollTo(0, step.getBoundingClientRect().top + scrollY - 200));
  await expect.poll(() => page.locator('.explainer-step[data-active]').getAttribute('data-step')).toBe('indexed');
  expect(await page.locator('.explainer-step[data-active]').count()).toBe(1);
  expect(await page.locator('.explainer-links a[href="/educators/simulator/"]').count()).toBe(1);
  expect(problems.consoleErrors).toEqual([]);
  await page.context().close();
});
