/**
 * The charts for keyboard, screen-reader and low-vision readers (issue 12), on /charts/, where
 * every chart is: one tab stop per chart and the arrow keys visit every mark; a skip link past
 * each chart; Escape closes the details from anywhere; a box shown by hovering never stands over
 * the next mark; each chart's title is one name in the accessibility tree; tables have row
 * headers and ungrouped years; no chart text is drawn under 12 px; axe is clean in forced colours.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartIds } from '../../src/charts/registry.ts';
import { axeViolations, connectBrowser, openRecordedPage, recordProblems, siteUrl } from './harness.ts';

/** Patience for what a loaded machine does slowly. */
const slow = { timeout: 10_000 };

const defaultViewport = { width: 1280, height: 900 };

let browser: Browser;
/**
 * The page the tests at the default size share (they run one after another), each loading /charts/
 * afresh: on this machine a new context costs Chromium more than the load of /charts/ in an open page.
 */
let shared: Page;
beforeAll(async () => {
  browser = await connectBrowser();
  shared = await (await browser.newContext({ viewport: defaultViewport })).newPage();
});
afterAll(async () => {
  await shared?.context().close();
  await browser?.close();
});

/**
 * A page for one test, what goes wrong on it, and `done`, which ends the test's use of it: without
 * `options` the shared page (the pointer moved off every chart first), with them a context of its own.
 */
async function pageFor(options?: Parameters<typeof openRecordedPage>[1]) {
  if (options) {
    const { page, problems } = await openRecordedPage(browser, { viewport: defaultViewport, ...options });
    return { page, problems, done: () => page.context().close() };
  }
  await shared.mouse.move(0, 0);
  const { problems, stop } = recordProblems(shared);
  return { page: shared, problems, done: async () => stop() };
}

/** Loads /charts/ in a page from `pageFor` and waits until the chart is enhanced; returns that and the figure. */
async function openChart(id: string, options?: Parameters<typeof openRecordedPage>[1]) {
  const opened = await pageFor(options);
  await opened.page.goto(`${siteUrl()}/charts/`);
  const figure = opened.page.locator(`#chart-${id}`);
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.getAttribute('data-enhanced'), slow).toBe('true');
  return { ...opened, figure };
}

/** The marks of the layout on screen. */
const marksOf = (figure: Locator) => figure.locator('.chart-layout svg:visible .chart-mark');

/** The `data-mark` (or title) of the focused element. */
const focusedMark = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('data-mark') ?? active?.getAttribute('data-title') ?? active?.tagName ?? '';
  });

describe.each(chartIds)('%s', (id) => {
  test('is one tab stop after its skip link, and the arrow keys, Home and End visit every mark', async () => {
    const { page, figure, problems, done } = await openChart(id);
    const marks = marksOf(figure);
    const count = await marks.count();
    expect(count).toBeGreaterThan(1);
    const ids = await marks.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-mark') ?? element.getAttribute('data-title') ?? ''),
    );
    // Tab order: the skip link, then exactly one mark, then the open box's close button, then out of the chart.
    await figure.locator('.chart-skip').focus();
    await page.keyboard.press('Tab');
    expect(await focusedMark(page)).toBe(ids[0]);
    expect(await figure.locator('.chart-details').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('chart-details-close'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.chart-canvas') === null)).toBe(true);
    // Back in, the arrow keys walk every mark in order.
    await marks.first().focus();
    expect(await focusedMark(page)).toBe(ids[0]);
    const visited = [ids[0]];
    for (let step = 1; step < count; step++) {
      await page.keyboard.press(step % 2 ? 'ArrowRight' : 'ArrowDown');
      visited.push(await focusedMark(page));
    }
    expect(visited).toEqual(ids);
    await page.keyboard.press('Home');
    expect(await focusedMark(page)).toBe(ids[0]);
    await page.keyboard.press('End');
    expect(await focusedMark(page)).toBe(ids.at(-1));
    // The last mark visited stays the chart's tab stop.
    expect(await marks.evaluateAll((elements) => elements.filter((mark) => mark.tabIndex === 0).length)).toBe(1);
    // Escape closes the details; Enter opens them again, and Space does not scroll the page.
    await page.keyboard.press('Escape');
    expect(await figure.locator('.chart-details').isVisible()).toBe(false);
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    expect(await figure.locator('.chart-details').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press(' ');
    expect(await figure.locator('.chart-details').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    expect(problems.consoleErrors).toEqual([]);
    await done();
  });

  test('the skip link moves focus past the chart', async () => {
    const { page, figure, done } = await openChart(id);
    await figure.locator('.chart-skip').focus();
    expect(await figure.locator('.chart-skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('chart-foot') ?? false), slow)
      .toBe(true);
    await done();
  });

  test('Escape closes details shown by hovering, wherever focus is, and the box lets the pointer reach the next mark', async () => {
    const { page, figure, done } = await openChart(id);
    const marks = marksOf(figure);
    await marks.first().hover();
    await expect.poll(() => figure.locator('.chart-details').isVisible(), slow).toBe(true);
    // The next mark is still under the pointer where the box is drawn.
    const next = await marks.nth(1).boundingBox();
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.chart-mark')?.getAttribute('data-mark') ?? null,
      [next!.x + next!.width / 2, next!.y + next!.height / 2],
    );
    expect(hit).toBe(await marks.nth(1).getAttribute('data-mark'));
    // Focus far from the figure: Escape still closes the box.
    await page
      .locator('main h1')
      .first()
      .evaluate((heading) => {
        heading.setAttribute('tabindex', '-1');
        (heading as HTMLElement).focus();
      });
    await marks.first().hover();
    expect(await figure.locator('.chart-details').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await figure.locator('.chart-details').isVisible()).toBe(false);
    await done();
  });

  test('its title is one name in the accessibility tree, and its table has row headers and ungrouped years', async () => {
    const { page, figure, done } = await openChart(id);
    const title = (await figure.locator('.chart-title').textContent())!.trim();
    const client = await page.context().newCDPSession(page);
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    const named = nodes.filter(
      (node) =>
        !node.ignored &&
        node.name?.value.trim() === title &&
        !['heading', 'StaticText', 'InlineTextBox'].includes(node.role?.value ?? ''),
    );
    await client.detach();
    expect(named.map((node) => node.role?.value)).toEqual(['figure']);
    // The SVG is named by its kind, not the title again.
    const svgName = await figure.locator('.chart-layout svg:visible').evaluate((svg) => {
      const label = svg.getAttribute('aria-labelledby')!;
      return document.getElementById(label)?.textContent ?? '';
    });
    expect(svgName).not.toBe(title);
    const rows = await figure
      .locator('.chart-data tbody tr')
      .evaluateAll((elements) => elements.map((row) => row.querySelectorAll('th[scope="row"]').length));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set([1]));
    const cells = await figure.locator('.chart-data tbody :is(td, th)').allTextContents();
    for (const cell of cells)
      expect(cell, 'a year written with a group separator').not.toMatch(/^(19|20)\d,\d{2}$|^\d,\d{3}$/);
    await done();
  });
});

test('the data tables sort from their headers, and say so with aria-sort', async () => {
  const { figure, done } = await openChart('record-volume');
  await figure.locator('.chart-data summary').click();
  const header = figure.locator('.chart-data thead th', { hasText: 'Headline figure' });
  await header.locator('button').click();
  expect(await header.getAttribute('aria-sort')).toBe('ascending');
  const figures = async () =>
    (await figure
      .locator('.chart-data tbody tr')
      .evaluateAll(
        (rows, index) =>
          rows.map((row) => Number((row as HTMLTableRowElement).cells[index]!.getAttribute('data-sort'))),
        await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex),
      )) as number[];
  const ascending = await figures();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await header.locator('button').click();
  expect(await header.getAttribute('aria-sort')).toBe('descending');
  expect(await figures()).toEqual([...ascending].reverse());
  await done();
});

describe.each([320, 375, 480, 700, 1280])('at %ipx', (width) => {
  test('no chart text is drawn under 12px', async () => {
    const page = shared;
    await page.setViewportSize({ width, height: 900 });
    try {
      await page.goto(`${siteUrl()}/charts/`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.chart-layout svg')]
          .filter((svg) => svg.getClientRects().length > 0)
          .flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
            return [...svg.querySelectorAll('text')].flatMap((text) => {
              const size = parseFloat(getComputedStyle(text).fontSize) * scale;
              return size < 12
                ? [`${text.closest('chart-figure')?.id}: "${text.textContent}" at ${size.toFixed(1)}px`]
                : [];
            });
          }),
      );
      expect(small).toEqual([]);
    } finally {
      await page.setViewportSize(defaultViewport);
    }
  });
});

describe.each(['light', 'dark'] as const)('in forced colours (%s)', (colorScheme) => {
  test('axe finds nothing on /charts/, with a zoom button pressed and details open', async () => {
    const { page, figure, done } = await openChart('timeline', { colorScheme, forcedColors: 'active' });
    await page.getByRole('button', { name: 'Dec 2019 to Jan 2020' }).click();
    await marksOf(figure).first().focus();
    expect(await axeViolations(page)).toEqual([]);
    // The pressed view keeps a system-colour fill there (not bold alone).
    const pressed = figure.locator('.chart-zoom button[aria-pressed="true"]');
    const unpressed = figure.locator('.chart-zoom button[aria-pressed="false"]').first();
    const background = (button: Locator) => button.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(pressed)).not.toBe(await background(unpressed));
    await done();
  });
});

/** The WCAG 1.4.12 text-spacing bookmarklet's stylesheet, as a reader's extension applies it. */
const textSpacingCss = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Every visible chart text whose box reaches outside its SVG (which clips it), as readable lines. */
const clippedChartText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.chart-layout svg')]
      .filter((svg) => svg.getClientRects().length > 0)
      .flatMap((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].flatMap((text) => {
          const box = text.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return [];
          const inside =
            box.left >= frame.left - 0.5 &&
            box.right <= frame.right + 0.5 &&
            box.top >= frame.top - 0.5 &&
            box.bottom <= frame.bottom + 0.5;
          return inside ? [] : [`${text.closest('chart-figure')?.id}: "${text.textContent}"`];
        });
      }),
  );

describe.each([320, 375, 640, 1280])('under WCAG 1.4.12 text spacing at %ipx', (width) => {
  test('no chart text is clipped: every text box lies inside its chart', async () => {
    // The CSP blocks injected styles, as it should; a reader's extension is not bound by it, nor is this test.
    const { page } = await openRecordedPage(browser, { viewport: { width, height: 900 }, bypassCSP: true });
    await page.goto(`${siteUrl()}/charts/`);
    await page.addStyleTag({ content: textSpacingCss });
    expect(await clippedChartText(page)).toEqual([]);
    await page.context().close();
  });
});
