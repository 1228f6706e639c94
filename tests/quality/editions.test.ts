/** The editions gate over dist/: every page mirrored in every edition, linked both ways by hreflang and in the sitemap. */
import { expect, test } from 'vitest';
import englishStrings from '../../content/strings.json';
import { dataFor } from '../../src/lib/data.ts';
import { derivedDir, derivedFiles } from '../../src/lib/derived-files.ts';
import { locales, otherLocales } from '../../src/lib/locales.ts';
import { stringsFor } from '../../src/lib/strings.ts';
import { englishLeft, englishTexts, namesKeptAsWritten, translatedDataTexts } from '../../src/quality/english-left.ts';
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

/** Each derived JSON file of an edition's folder, parsed. */
const derivedJson = (dir: string) =>
  derivedFiles(dir)
    .filter((file) => file.format === 'json')
    .map((file) => JSON.parse(file.text) as unknown);

test.each(otherLocales)(
  'no English is left on the %s pages: interface text and translated data, names and quotations aside',
  (locale) => {
    const english = englishTexts(
      englishStrings,
      stringsFor(locale),
      translatedDataTexts(derivedJson(derivedDir()), derivedJson(`${derivedDir()}/${locale}`)),
    );
    expect(englishLeft(site, `${locale}/`, english, namesKeptAsWritten(dataFor(locale)))).toEqual([]);
  },
);
