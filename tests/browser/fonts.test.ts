/**
 * The text face (src/styles/fonts.ts): a font that arrives late moves nothing, the files the CSS
 * declares are the ones every page preloads, and chart text is drawn only in the faces its widths
 * are measured in (src/charts/text-metrics.ts).
 */
import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { measuredFamilies } from '../../src/charts/text-metrics.ts';
import { chapterSlugs } from '../../src/schemas/content.ts';
import { textFaceFamily, textFaceFiles } from '../../src/styles/fonts.ts';
import { connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The chapter with the most HTML: the most text to re-wrap if a font swapped in. */
const heaviestChapter = `/chapters/${
  [...chapterSlugs].sort(
    (a, b) => statSync(`dist/chapters/${b}/index.html`).size - statSync(`dist/chapters/${a}/index.html`).size,
  )[0]
}/`;

/** How long the font responses are held back: far past the first render, as on a slow phone connection. */
const fontDelayMs = 1200;

/** One layout shift, with the elements it moved (tag, class and how far), for a failure message. */
interface Shift {
  value: number;
  moved: string[];
}

/** Opens `path` with the font responses held back `delayMs`, recording every layout shift from the start. */
async function openWithLateFont(
  width: number,
  path: string,
  delayMs: number,
): Promise<{ page: Page; fontsServed: Promise<void> }> {
  const { page } = await openRecordedPage(browser, { viewport: { width, height: 800 } });
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node | null }[];
      })[]) {
        const moved = (entry.sources ?? []).map(({ node }) => {
          const element = node instanceof Element ? node : node?.parentElement;
          const text = element?.textContent?.slice(0, 40) ?? '';
          return `${element?.tagName.toLowerCase() ?? '?'}.${element?.getAttribute('class') ?? ''} "${text}"`;
        });
        shifts.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let served = 0;
  let allServed: () => void = () => {};
  const fontsServed = new Promise<void>((resolve) => (allServed = resolve));
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.continue();
    if (++served === Object.keys(textFaceFiles).length) allServed();
  });
  await page.goto(`${siteUrl()}${path}`, { waitUntil: 'domcontentloaded' });
  return { page, fontsServed };
}

test.concurrent.each([375, 1280])(
  `with the font held back ${fontDelayMs} ms, nothing on ${heaviestChapter} moves at %i px: the cumulative layout shift is 0`,
  async (width) => {
    const { page, fontsServed } = await openWithLateFont(width, heaviestChapter, fontDelayMs);
    await fontsServed;
    // Two frames after the last font arrived: a swap would have laid the page out again by then.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(200);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
    expect(shifts, JSON.stringify(shifts, null, 1)).toEqual([]);
    await page.context().close();
  },
);

test.concurrent(`every page preloads exactly the ${textFaceFamily} files its stylesheets declare`, async () => {
  const { page } = await openRecordedPage(browser);
  for (const path of ['/', heaviestChapter, '/sources/']) {
    await page.goto(`${siteUrl()}${path}`, { waitUntil: 'domcontentloaded' });
    const { declared, preloaded } = await page.evaluate((family) => {
      const faces = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
        .filter((rule) => rule.style.getPropertyValue('font-family').replace(/["']/g, '') === family);
      return {
        declared: faces.map(
          (rule) => new URL(/url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))![1]!, document.baseURI).href,
        ),
        preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
          (link) => link.href,
        ),
      };
    }, textFaceFamily);
    expect(declared.length, path).toBe(Object.keys(textFaceFiles).length);
    expect(preloaded.sort(), path).toEqual(declared.sort());
  }
  await page.context().close();
});

test.concurrent.each([
  ['the font in time', false],
  ['no font at all', true],
] as const)('with %s, chart text is drawn only in the faces its widths are measured in', async (_, blockFont) => {
  const { page } = await openRecordedPage(browser, { viewport: { width: 375, height: 800 } });
  if (blockFont) await page.route(/\.woff2$/, (route) => route.abort());
  await page.goto(`${siteUrl()}/chapters/timeline/`, { waitUntil: 'networkidle' });
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'figure svg text',
  });
  // One label per chart and weight: every label of a chart and weight is set in the same stack.
  const sampled = await page.$$eval('figure svg text', (texts) => {
    const seen = new Set<string>();
    return texts.flatMap((text, index) => {
      const key = `${texts.indexOf(text.closest('svg')!.querySelector('text')!)} ${getComputedStyle(text).fontWeight}`;
      return seen.has(key) || !seen.add(key) ? [] : [index];
    });
  });
  expect(sampled.length).toBeGreaterThan(2);
  const drawnIn = new Set<string>();
  for (const nodeId of sampled.map((index) => nodeIds[index]!)) {
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) drawnIn.add(font.familyName);
  }
  expect([...drawnIn].filter((family) => !measuredFamilies().includes(family))).toEqual([]);
  await page.context().close();
});

test.concurrent(`the ${textFaceFamily} licence (SIL Open Font License) is served with the font`, async () => {
  const response = await fetch(`${siteUrl()}/fonts/source-sans-3-licence.txt`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(await response.text()).toContain('SIL Open Font License, Version 1.1');
});
