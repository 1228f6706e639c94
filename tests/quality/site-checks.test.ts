/**
 * The static quality gates over every file in dist/: Content Security Policy rules, HTML
 * validity, internal links and anchors, personal data, and the byte budgets. Each check is a
 * pure function in src/quality/ with unit tests that prove it fails on a broken fixture.
 */
import { describe, expect, test } from 'vitest';
import { budgetOverrun, budgets, pageBudgetOverruns } from '../../src/quality/budgets.ts';
import { cspProblems } from '../../src/quality/csp.ts';
import { formulaCellsInSite } from '../../src/quality/formula-cells.ts';
import { htmlErrors, loadHtmlValidateConfig } from '../../src/quality/html-validity.ts';
import { brokenLinks } from '../../src/quality/links.ts';
import { gzipBytes, pageWeights } from '../../src/quality/page-weights.ts';
import { personalDataInSite } from '../../src/quality/personal-data-scan.ts';
import { svgProblems } from '../../src/quality/svg-validity.ts';
import { titleLanguageProblems } from '../../src/quality/title-languages.ts';
import { sources } from '../../src/lib/data.ts';
import { htmlPages, pageUrlPath, siteText } from '../../src/quality/site.ts';
import { chapterPages, embedPages, publicOrigin, readDist } from './dist.ts';

const site = readDist();
const origin = publicOrigin(site);
const pages = htmlPages(site);

describe('Content Security Policy', () => {
  test('every page has a meta policy without unsafe-inline scripts, and no inline handlers, style attributes or inline code', () => {
    expect(pages.flatMap((file) => cspProblems(file, siteText(site, file) ?? '', origin))).toEqual([]);
  });
});

describe('HTML validity', () => {
  test('html-validate finds no error in any page (configuration: .htmlvalidate.json)', async () => {
    const sources = pages.map((file) => ({ file, html: siteText(site, file) ?? '' }));
    expect(await htmlErrors(sources, loadHtmlValidateConfig())).toEqual([]);
  });
});

describe('standalone SVG', () => {
  test('every .svg file in dist/ (chart downloads, the favicon) is well-formed XML with an SVG root', () => {
    expect([...site.keys()].filter((file) => file.endsWith('.svg')).length).toBeGreaterThan(5);
    expect(svgProblems(site)).toEqual([]);
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  test('every source title in another language than its page carries its lang, on /sources/ and in every note', () => {
    const results = pages.map((file) => titleLanguageProblems(file, siteText(site, file) ?? '', sources));
    expect(results.flatMap((result) => result.problems)).toEqual([]);
    // The bibliography lists every source: each one not in English is marked there at least.
    const foreign = sources.filter((source) => source.language !== 'en');
    expect(foreign.length).toBeGreaterThan(0);
    expect(
      titleLanguageProblems('sources/index.html', siteText(site, 'sources/index.html') ?? '', sources).marked,
    ).toBe(foreign.length);
  });
});

describe('links', () => {
  test('every internal href, src and #anchor resolves', () => {
    expect(brokenLinks(site, origin)).toEqual([]);
  });
});

describe('personal data', () => {
  test('no text file in dist/ holds personal data', () => {
    expect(personalDataInSite(site)).toEqual([]);
  });
});

describe('CSV downloads', () => {
  test('no cell of any CSV in dist/ starts like a spreadsheet formula', () => {
    expect(site.size).toBeGreaterThan(0);
    expect([...site.keys()].filter((file) => file.endsWith('.csv')).length).toBeGreaterThan(5);
    expect(formulaCellsInSite(site)).toEqual([]);
  });
});

describe('byte budgets (gzip)', () => {
  const chapters = chapterPages(site);
  const embeds = embedPages(site);

  test('the build has chapter pages to measure', () => {
    expect(
      chapters,
      'no dist/chapters/<slug>/index.html: the chapter budgets cannot be checked (src/pages/chapters/[slug].astro builds them)',
    ).not.toEqual([]);
  });
  test('every page stays within the JavaScript and total budgets of its kind (home, chapter, embed, charts, educators, other)', () => {
    expect(pages.flatMap((file) => pageBudgetOverruns(pageUrlPath(file), pageWeights(site, file), file))).toEqual([]);
  });
  test('the build has embed pages to measure', () => {
    expect(
      embeds,
      'no dist/embed/<chart-id>/index.html: the embed budgets cannot be checked (src/pages/embed/ builds them)',
    ).not.toEqual([]);
  });
  test('the embed child script (dist/embed/child.js) stays within budget', () => {
    const child = site.get('embed/child.js');
    expect(child, 'no dist/embed/child.js: the embed pages load it, so the build must publish it').toBeDefined();
    expect(
      budgetOverrun(budgets.embedChildScript, gzipBytes(child ?? new Uint8Array()), 'embed/child.js'),
    ).toBeUndefined();
  });
  test('every page only references files that exist', () => {
    expect(pages.flatMap((file) => pageWeights(site, file).missing)).toEqual([]);
  });
});
