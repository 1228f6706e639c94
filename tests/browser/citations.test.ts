/**
 * Citations in the built chapters: numbered markers that keyboard users reach in order and that
 * screen readers announce as "Source n"; at least 12 px, underlined, and 4.5:1 against the page in
 * both colour schemes; each marker's number is its note's number, and each note links back.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chapterSlugs } from '../../src/schemas/content.ts';
import { connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('citation markers in the %s scheme', (colorScheme) => {
  test('in every chapter: readable, underlined, numbered like their notes', async () => {
    const { page } = await openRecordedPage(browser, { colorScheme, viewport: { width: 375, height: 800 } });
    for (const slug of chapterSlugs) {
      await page.goto(`${siteUrl()}/chapters/${slug}/`, { waitUntil: 'networkidle' });
      const markers = await page.$$eval('.chapter-body .cite-marker', (links) =>
        links.map((link) => {
          const style = getComputedStyle(link);
          const note = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
          return {
            text: link.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            fontSize: parseFloat(style.fontSize),
            underline: style.textDecorationLine.includes('underline'),
            colour: style.color,
            background: getComputedStyle(document.body).backgroundColor,
            noteNumber: note?.parentElement ? [...note.parentElement.children].indexOf(note) + 1 : 0,
            noteInNumberedList: note?.parentElement?.tagName === 'OL',
          };
        }),
      );
      expect(markers.length, slug).toBeGreaterThan(0);
      for (const marker of markers) {
        expect(marker.text).toMatch(/^Source \d+$/);
        expect(marker.fontSize).toBeGreaterThanOrEqual(12);
        expect(marker.underline).toBe(true);
        expect(contrast(marker.colour, marker.background)).toBeGreaterThanOrEqual(4.5);
        expect(marker.noteInNumberedList).toBe(true);
        expect(marker.noteNumber).toBe(Number(marker.text.replace('Source ', '')));
      }
      // No publisher name is read out mid-sentence: figures carry no marker of their own.
      expect(await page.locator('.chapter-body .fact-source').count()).toBe(0);
      // Each numbered note links back to a marker that exists.
      const backLinks = await page.$$eval('.source-notes ol a.back', (links) =>
        links.map((link) => document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.className ?? 'missing'),
      );
      expect(
        backLinks.every((name) => name.includes('cite-marker')),
        slug,
      ).toBe(true);
    }
    await page.context().close();
  });
});

test('the keyboard reaches the markers in reading order, and each announces its source number', async () => {
  const { page } = await openRecordedPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(`${siteUrl()}/chapters/what-happened/`, { waitUntil: 'networkidle' });
  const first = page.locator('.chapter-body .cite-marker').first();
  // Tab from the element just before the first marker: focus lands on the marker.
  await first.evaluate((marker) => {
    const before = document.createElement('a');
    before.href = '#';
    before.textContent = 'start';
    marker.closest('p')?.prepend(before);
    before.focus();
  });
  const names: string[] = [];
  for (let press = 0; press < 3; press += 1) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
  }
  expect(names.every((name) => /^Source \d+$/.test(name))).toBe(true);
  const snapshot = await first.ariaSnapshot();
  expect(snapshot).toMatch(/link "Source 1"/);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => location.hash)).toBe('#note-comparitech-2020');
  await page.context().close();
});
