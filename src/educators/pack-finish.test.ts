import { describe, expect, test } from 'vitest';
import { fixPdfDates, packLabPage, relocateCss } from './pack-finish.ts';
import { packLayout } from './pack-layout.ts';

const layout = packLayout('en');
const packLinkFromLabs = layout.linkFromLabs;

const built = [
  '<!doctype html><html lang="en-GB"><head><title>Simulator | Left Open</title>',
  '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">',
  '<script type="module" src="/_astro/x.js"></script></head>',
  '<body><header>nav</header><main><p><a href="/educators/challenges/">Challenges</a> <a href="/chapters/risk/">Risk</a>',
  '<a href="/sources/#comparitech">source</a> <a href="#local">here</a></p>',
  '<script>inline()</script><sim-lab></sim-lab></main><footer>f</footer></body></html>',
].join('\n');

describe('packLabPage', () => {
  test('packLabPage keeps <main>, drops scripts and chrome, and links styles and the pack script relatively', () => {
    const { html, stylesheets } = packLabPage(built, undefined, layout);
    expect(stylesheets).toEqual(['/_astro/a.css', '/_astro/b.css']);
    expect(html).toContain('<link rel="stylesheet" href="assets/a.css">');
    expect(html).toContain('<script src="assets/labs.js"></script>');
    expect(html).not.toMatch(/type="module"|inline\(\)|<header>|<footer>|"\/_astro/);
    expect(html).toContain('<sim-lab></sim-lab>');
  });
  test('packLabPage points site links at pack files, at SITE_URL, or (without one) drops them', () => {
    expect(packLabPage(built, undefined, layout).html).toMatch(
      /href="challenges.html">Challenges<\/a> <a href="..\/chapters\/05-risk.pdf">Risk<\/a>\s*<a>source<\/a> <a href="#local">/,
    );
    expect(packLabPage(built, 'https://example.com', layout).html).toContain(
      'href="https://example.com/sources/#comparitech"',
    );
  });
  test('packLabPage rewrites links inside <template> content too', () => {
    const page = built.replace(
      '<sim-lab></sim-lab>',
      '<template data-t><p><a href="/chapters/records/">Records</a></p></template>',
    );
    expect(packLabPage(page, undefined, layout).html).toMatch(
      /<template data-t[^>]*><p><a href="..\/chapters\/04-records.pdf">Records<\/a><\/p><\/template>/,
    );
  });
  test('packLinkFromLabs keeps fragments of lab links', () => {
    expect(packLinkFromLabs('/educators/simulator/#challenge=partner-only')).toBe(
      'simulator.html#challenge=partner-only',
    );
    expect(packLinkFromLabs('/data/')).toBeUndefined();
  });
  test('the Spanish pack is made from the Spanish pages and links them to its own files, not the English ones', () => {
    const spanish = packLayout('es');
    expect(spanish.labPages.map((lab) => lab.page)).toContain('es/educators/quiz/index.html');
    expect(spanish.pdfs.at(-1)).toEqual({
      page: 'es/educators/handout/index.html',
      file: 'handout.pdf',
      path: '/es/educators/handout/',
    });
    expect(spanish.linkFromLabs('/es/chapters/risk/')).toBe('../chapters/05-risk.pdf');
    expect(spanish.linkFromLabs('/chapters/risk/')).toBeUndefined();
    expect(spanish.laterFiles).toEqual(layout.laterFiles);
  });
});

describe('relocateCss', () => {
  test('relocateCss points url(/…) at files beside the stylesheet and lists them once', () => {
    const { css, files } = relocateCss(
      'a{src:url(/_astro/f.woff2) format("woff2")}b{src:url("/_astro/f.woff2")}c{background:url(data:x)}',
    );
    expect(css).toBe('a{src:url(f.woff2) format("woff2")}b{src:url("f.woff2")}c{background:url(data:x)}');
    expect(files).toEqual(['/_astro/f.woff2']);
  });
});

describe('fixPdfDates', () => {
  test('fixPdfDates sets both dates to a fixed moment and keeps the length', () => {
    const pdf = new TextEncoder().encode(
      "<</Creator (Chromium)\n/CreationDate (D:20261201143011+00'00')\n/ModDate (D:20261201143012+00'00')>>",
    );
    const fixed = new TextDecoder().decode(fixPdfDates(pdf));
    expect(fixed).toBe(
      "<</Creator (Chromium)\n/CreationDate (D:20200122000000+00'00')\n/ModDate (D:20200122000000+00'00')>>",
    );
    expect(fixed.length).toBe(pdf.length);
  });
});
