/**
 * No chart text overlaps another text, a mark or a band (issue 11), at 320, 640 and 1280 px. One
 * page of /charts/ with JavaScript off (the server-rendered SVG every reader sees first), resized to
 * each width; one `page.evaluate` per width compares, in every visible chart SVG, each line of text
 * with every other text and with every shape drawn.
 *
 * - A line of text (a `<tspan>`, or a `<text>` without one) is the box from the left of its first
 *   character to the right of its last, as the browser lays them out, and vertically its em box:
 *   0.8 em above the baseline and 0.2 em below (CSS's fallback ascent and descent), which holds the
 *   ascenders and descenders of Latin text but not the font's line gap.
 * - Every painted shape counts (rect, circle, ellipse, line, path, polygon, polyline, its stroke
 *   included), except what a chart marks as meant to lie under text:
 *   - `class="hit"`: a transparent hit area;
 *   - `data-guide`: a gridline, tick or axis rule, drawn faint so text reads across it;
 *   - `data-backdrop`: a shape text sits on on purpose (a card, a label inside its own band), for the
 *     text inside the backdrop's parent element only.
 * - Lines of the same `<text>` are one label and are not compared with each other.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await connectBrowser();
  ({ page } = await openRecordedPage(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } }));
  await page.goto(`${siteUrl()}/charts/`);
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

/** Every overlap in the visible chart SVGs on the page, as readable lines, and how many texts were compared. */
const overlaps = (page: Page) =>
  page.evaluate(() => {
    interface Box {
      left: number;
      right: number;
      top: number;
      bottom: number;
    }
    const found: string[] = [];
    let texts = 0;
    const inRoot = (element: SVGGraphicsElement, box: DOMRect | Box): Box => {
      const matrix = element.getCTM() ?? new DOMMatrix();
      const corners = [
        new DOMPoint('x' in box ? box.x : box.left, 'y' in box ? box.y : box.top),
        new DOMPoint('x' in box ? box.x + box.width : box.right, 'y' in box ? box.y + box.height : box.bottom),
      ].map((point) => point.matrixTransform(matrix));
      return {
        left: Math.min(corners[0]!.x, corners[1]!.x),
        right: Math.max(corners[0]!.x, corners[1]!.x),
        top: Math.min(corners[0]!.y, corners[1]!.y),
        bottom: Math.max(corners[0]!.y, corners[1]!.y),
      };
    };
    const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const describe = (element: Element) =>
      element.localName === 'tspan' || element.localName === 'text'
        ? `"${element.textContent?.trim().slice(0, 40)}"`
        : `<${element.localName}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-layout svg')) {
      if (svg.getClientRects().length === 0) continue;
      const chart = svg.closest('chart-figure')?.id ?? '?';
      // Each line of each text, with the <text> it belongs to.
      const lines: { text: SVGTextElement; line: SVGTextContentElement; box: Box }[] = [];
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if (text.getClientRects().length === 0) continue;
        const spans = [...text.querySelectorAll<SVGTSpanElement>('tspan')];
        for (const line of spans.length ? spans : [text]) {
          const count = line.getNumberOfChars();
          if (count === 0 || !line.textContent?.trim()) continue;
          const first = line.getExtentOfChar(0);
          const last = line.getExtentOfChar(count - 1);
          const baseline = line.getStartPositionOfChar(0).y;
          const size = parseFloat(getComputedStyle(line).fontSize);
          const box = {
            left: Math.min(first.x, last.x),
            right: Math.max(first.x + first.width, last.x + last.width),
            top: baseline - 0.8 * size,
            bottom: baseline + 0.2 * size,
          };
          lines.push({ text, line, box: inRoot(line, box) });
        }
      }
      texts += lines.length;
      for (let i = 0; i < lines.length; i++)
        for (let j = i + 1; j < lines.length; j++) {
          const [a, b] = [lines[i]!, lines[j]!];
          if (a.text !== b.text && meet(a.box, b.box))
            found.push(`${chart} at ${svg.viewBox.baseVal.width}: ${describe(a.line)} overlaps ${describe(b.line)}`);
        }
      const shapes = svg.querySelectorAll<SVGGeometryElement>('rect, circle, ellipse, line, path, polygon, polyline');
      for (const shape of shapes) {
        if (
          shape.classList.contains('hit') ||
          shape.hasAttribute('data-guide') ||
          shape.closest('defs, clipPath, mask')
        )
          continue;
        if (shape.getClientRects().length === 0) continue;
        const style = getComputedStyle(shape);
        const stroked = style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0;
        if (!stroked && (style.fill === 'none' || style.fill === 'transparent')) continue;
        const half = stroked ? parseFloat(style.strokeWidth) / 2 : 0;
        const bbox = shape.getBBox();
        const box = inRoot(shape, {
          left: bbox.x - half,
          right: bbox.x + bbox.width + half,
          top: bbox.y - half,
          bottom: bbox.y + bbox.height + half,
        });
        const backdropOf = shape.hasAttribute('data-backdrop') ? shape.parentElement : null;
        for (const { text, line, box: textBox } of lines) {
          if (backdropOf?.contains(text)) continue;
          if (meet(textBox, box))
            found.push(`${chart} at ${svg.viewBox.baseVal.width}: ${describe(line)} overlaps ${describe(shape)}`);
        }
      }
    }
    return { found, texts };
  });

describe('chart text', () => {
  test.each([320, 640, 1280])('at %ipx overlaps no other text, mark or band', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    const { found, texts } = await overlaps(page);
    expect(texts).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
