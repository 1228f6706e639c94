/**
 * The story against the built site: chapters print with their charts and without navigation;
 * every cited source resolves on /sources/ and every source lists its uses; each page has its
 * own metadata. (A changed fact reaching the built text: tests/quality/changed-data.test.ts.)
 */
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chapterSlugs } from '../../src/schemas/content.ts';
import { builtPages, connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

/** The built page at a site path, parsed. */
function builtDocument(path: string, root = 'dist'): Document {
  const file = path.endsWith('.html') ? join(root, path) : join(root, path, 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document;
}

const pages = builtPages().filter((path) => !path.startsWith('/embed/'));

describe('a chapter in print', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('shows its charts and the source addresses, and hides the navigation', async () => {
    const { page } = await openRecordedPage(browser);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${siteUrl()}/chapters/timeline/`, { waitUntil: 'networkidle' });
    // The frame holds the chart at several widths and CSS shows one: at least one must be drawn.
    const chartHeights = await page.$$eval('.chapter-body figure svg.chart-svg', (svgs) =>
      svgs.map((svg) => svg.getBoundingClientRect().height),
    );
    expect(Math.max(0, ...chartHeights)).toBeGreaterThan(100);
    for (const selector of ['.site-header nav', '.chapter-nav', '.theme-switch', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.source-notes .url').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the theme switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a chosen theme is remembered across pages without cookies', async () => {
    const { page, problems } = await openRecordedPage(browser, { colorScheme: 'light' });
    await page.goto(`${siteUrl()}/chapters/what-happened/`, { waitUntil: 'networkidle' });
    await page.locator('theme-switch select').selectOption('dark');
    await page.goto(`${siteUrl()}/about/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(253, 252, 249)');
    expect(await page.context().cookies()).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('the bibliography', () => {
  const sources = builtDocument('/sources/');
  const entries = [...sources.querySelectorAll('ol.sources > li[id]')];

  test('every source id linked from any page resolves on /sources/', () => {
    const anchors = new Set(entries.map((entry) => entry.id));
    const dangling = pages.flatMap((path) =>
      [...builtDocument(path).querySelectorAll('a[href^="/sources/#"]')]
        .map((link) => decodeURIComponent(link.getAttribute('href')?.slice('/sources/#'.length) ?? ''))
        .filter((id) => !anchors.has(id))
        .map((id) => `${path} → ${id}`),
    );
    expect(entries.length).toBeGreaterThan(50);
    expect(dangling).toEqual([]);
  });

  test('every source lists at least one place it is used, and chapter uses link to chapters', () => {
    expect(entries.filter((entry) => entry.querySelectorAll('.uses a').length === 0).map((entry) => entry.id)).toEqual(
      [],
    );
    const msrc = sources.getElementById('msrc-2020');
    const chapterLinks = [...(msrc?.querySelectorAll('.uses a[href^="/chapters/"]') ?? [])].map((link) =>
      link.getAttribute('href'),
    );
    expect(chapterLinks).toContain('/chapters/what-happened/');
  });

  test('every chapter that cites a source inline is listed among its uses', () => {
    for (const slug of chapterSlugs) {
      const cited = new Set(
        [...builtDocument(`/chapters/${slug}/`).querySelectorAll('.chapter-body .cite-marker')].map((marker) =>
          marker.getAttribute('href')?.replace(/^#note-/, ''),
        ),
      );
      for (const id of cited) {
        const uses = [...(sources.getElementById(id ?? '')?.querySelectorAll('.uses a') ?? [])].map((link) =>
          link.getAttribute('href'),
        );
        expect(uses, `${id} used in ${slug}`).toContain(`/chapters/${slug}/`);
      }
    }
  });
});

describe('page metadata', () => {
  const heads = pages
    .filter((path) => path !== '/404.html')
    .map((path) => {
      const document = builtDocument(path);
      const meta = (selector: string) =>
        document.querySelector(selector)?.getAttribute('content') ??
        document.querySelector(selector)?.getAttribute('href') ??
        '';
      return {
        path,
        title: document.title,
        description: meta('meta[name="description"]'),
        canonical: meta('link[rel="canonical"]'),
        ogTitle: meta('meta[property="og:title"]'),
        ogImage: meta('meta[property="og:image"]'),
      };
    });

  test('every page has its own title, description and canonical URL, and Open Graph tags', () => {
    for (const key of ['title', 'description', 'canonical'] as const) {
      const values = heads.map((head) => head[key]);
      expect(
        values.filter((value) => !value),
        key,
      ).toEqual([]);
      expect(new Set(values).size, `unique ${key}`).toBe(values.length);
    }
    expect(heads.filter((head) => !head.ogTitle).map((head) => head.path)).toEqual([]);
    expect(heads.find((head) => head.path === '/methodology/')?.canonical).toMatch(/\/methodology\/$/);
  });

  test("each chapter's og:image is the PNG of one of its charts, and it is built", () => {
    for (const slug of chapterSlugs) {
      const image = heads.find((head) => head.path === `/chapters/${slug}/`)?.ogImage ?? '';
      const path = new URL(image).pathname;
      expect(path, slug).toMatch(/^\/charts\/[a-z-]+\.png$/);
      expect(existsSync(join('dist', path)), `${path} exists`).toBe(true);
    }
  });

  test('robots.txt points at the sitemap, which lists the chapters and no embed page', async () => {
    expect(await readFile('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const sitemap = await readFile('dist/sitemap-0.xml', 'utf8');
    for (const slug of chapterSlugs) expect(sitemap).toContain(`/chapters/${slug}/`);
    expect(sitemap).not.toContain('/embed/');
  });
});
