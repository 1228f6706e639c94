import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { budgetOverrun, budgets, formatKilobytes, pageBudgetOverruns, pageKind } from './budgets.ts';
import { fixtureSite } from './fixture-site.ts';
import { faceCoversText, fontFaces, gzipBytes, pageWeights, parseUnicodeRange, scriptImports } from './page-weights.ts';

describe('pageWeights(site, pageFile)', () => {
  const site = fixtureSite();
  const weights = pageWeights(site, 'index.html');
  test('counts the page, its stylesheet, its script with every module it imports, and the font for its characters', () => {
    expect(weights.assets.map((asset) => `${asset.kind} ${asset.file}`)).toEqual([
      'html index.html',
      'js _astro/page.js',
      'js _astro/chunk.js',
      'js _astro/lazy.js',
      'css _astro/site.css',
      'font _astro/fixture-latin.woff2',
    ]);
    expect(weights.missing).toEqual([]);
  });
  test('sums gzip sizes by kind', () => {
    const gzipOf = (file: string) => gzipSync(site.get(file) ?? new Uint8Array()).length;
    expect(weights.js).toBe(gzipOf('_astro/page.js') + gzipOf('_astro/chunk.js') + gzipOf('_astro/lazy.js'));
    expect(weights.total).toBe(weights.html + weights.css + weights.js + weights.fonts);
  });
  test('reports references to missing files', () => {
    const broken = new Map(site);
    broken.delete('_astro/chunk.js');
    expect(pageWeights(broken, 'index.html').missing).toEqual(['./chunk.js (from _astro/page.js)']);
  });
});

describe('scriptImports(code)', () => {
  test('finds dynamic imports quoted with backticks, as Vite writes them, but not template literals with substitutions', () => {
    expect(scriptImports('await import(`./chart-interaction.js`);import(`./${name}.js`)')).toEqual([
      './chart-interaction.js',
    ]);
  });
  test('finds static, side-effect, re-export and dynamic imports of relative or absolute paths', () => {
    expect(
      scriptImports(
        'import{a}from"./a.js";import "./b.js";export*from"../c.js";import("/_astro/d.js");import x from"bare"',
      ),
    ).toEqual(['./a.js', './b.js', '../c.js', '/_astro/d.js']);
  });
});

describe('fontFaces(css) and faceCoversText(face, text)', () => {
  const [latin, greek] = fontFaces(
    '@font-face{src:url(a.woff2) format("woff2"),url(a.woff);unicode-range:U+0000-00FF}@font-face{src:url("g.woff2");unicode-range:U+037?}',
  );
  test('takes the first font file of each face and its ranges', () => {
    expect(latin).toEqual({ url: 'a.woff2', ranges: [[0, 255]] });
    expect(greek).toEqual({ url: 'g.woff2', ranges: [[0x370, 0x37f]] });
  });
  test('a face is needed when the text has a character in its range', () => {
    expect(faceCoversText(latin!, 'Left Open')).toBe(true);
    expect(faceCoversText(greek!, 'Left Open')).toBe(false);
    expect(faceCoversText({ url: 'x', ranges: undefined }, '')).toBe(true);
  });
});

describe('parseUnicodeRange(value)', () => {
  test('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0131, U+0152-0153, u+4??')).toEqual([
      [0x131, 0x131],
      [0x152, 0x153],
      [0x400, 0x4ff],
    ]);
  });
});

describe('budgetOverrun(budget, gzipBytes, where)', () => {
  test('is silent within the budget and names page, measure, overrun and how to update it beyond it', () => {
    expect(budgets.chapterJs.maxGzipBytes).toBe(6500);
    expect(budgetOverrun(budgets.chapterJs, 6500, 'chapters/x/index.html')).toBeUndefined();
    expect(budgetOverrun(budgets.chapterJs, 7000, 'chapters/x/index.html')).toBe(
      'chapters/x/index.html: JavaScript of a chapter page is 7.0 KB gzip, over the budget of 6.5 KB by 0.5 KB ' +
        '(5.0 KB measured on /chapters/scale/, 2026-12-01, plus 30%). ' +
        'If the growth is intended, set its measuredKb in src/quality/budgets.ts to the size `npm run bench` reports.',
    );
  });
  test('catches a page whose script is too heavy', () => {
    // Random bytes do not compress, so 40 KB of them stay over the JavaScript budget.
    const heavy = Buffer.concat(
      Array.from({ length: 1250 }, (_, index) => createHash('sha256').update(String(index)).digest()),
    );
    const site = new Map([
      ['p/index.html', new TextEncoder().encode('<!DOCTYPE html><script type="module" src="/big.js"></script>')],
      ['big.js', heavy],
    ]);
    const weights = pageWeights(site, 'p/index.html');
    expect(weights.js).toBe(gzipBytes(heavy));
    expect(budgetOverrun(budgets.chapterJs, weights.js, 'p/index.html')).toMatch(
      /^p\/index\.html: JavaScript of a chapter page is \d+\.\d KB gzip, over the budget/,
    );
  });
  test('formatKilobytes uses 1 KB = 1,000 bytes', () => {
    expect(formatKilobytes(2048)).toBe('2.0 KB');
  });
});

describe('pageKind(urlPath) and pageBudgetOverruns(urlPath, weights, where)', () => {
  test("sorts pages into kinds, an edition's pages with their originals", () => {
    expect(
      [
        '/chapters/scale/',
        '/es/chapters/scale/',
        '/embed/timeline/',
        '/embed/',
        '/charts/',
        '/educators/quiz/',
        '/',
        '/sources/',
      ].map(pageKind),
    ).toEqual(['chapter', 'chapter', 'embed', 'page', 'charts', 'educators', 'home', 'page']);
  });
  test('checks the JavaScript and the total of the page against the budgets of its kind', () => {
    expect(pageBudgetOverruns('/sources/', { js: 600, total: 19_300 }, 'sources/index.html')).toEqual([]);
    expect(
      pageBudgetOverruns('/sources/', { js: 600, total: 80_000 }, 'sources/index.html').map(
        (message) => message.split(' (')[0],
      ),
    ).toEqual([
      'sources/index.html: HTML + CSS + JS + fonts of a page is 80.0 KB gzip, over the budget of 72.8 KB by 7.2 KB',
    ]);
  });
});
