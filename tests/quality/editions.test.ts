/** The editions gate over dist/: every page mirrored in every edition, linked both ways by hreflang and in the sitemap. */
import { expect, test } from 'vitest';
import { locales } from '../../src/lib/locales.ts';
import { sitemapLocales } from '../../src/lib/alternates.ts';
import { editionProblems } from '../../src/quality/editions.ts';
import { htmlPages } from '../../src/quality/site.ts';
import { publicOrigin, readDist } from './dist.ts';

const site = readDist();

test('the build has pages in every edition', () => {
  for (const locale of locales.slice(1))
    expect(htmlPages(site).filter((file) => file.startsWith(`${locale}/`)).length).toBeGreaterThan(20);
});

test('every page has its counterpart in every edition, linked both ways by hreflang with x-default, and in the sitemap', () => {
  expect(editionProblems(site, sitemapLocales(locales), publicOrigin(site))).toEqual([]);
});
