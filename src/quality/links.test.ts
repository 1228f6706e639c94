import { describe, expect, test } from 'vitest';
import { fixtureSite, problemsOf } from './fixture-site.ts';
import { brokenLinks, pageAnchors, pageReferences, sitemapUrls, stylesheetUrls } from './links.ts';

describe('brokenLinks(site)', () => {
  const problems = brokenLinks(fixtureSite());
  test('passes the clean fixture pages', () => {
    expect(problemsOf(problems, 'index.html')).toEqual([]);
    expect(problemsOf(problems, 'about/index.html')).toEqual([]);
  });
  test('names a broken #anchor and a missing page on the page that links to them', () => {
    expect(problemsOf(problems, 'broken-anchor/index.html')).toEqual([
      'broken-anchor/index.html: a[href]="/about/#history" points to #history, but about/index.html has no element with that id',
      'broken-anchor/index.html: a[href]="/missing/" points to missing/index.html, which is not in the build',
    ]);
  });
  test('finds nothing else in the fixture site', () => {
    expect(problems).toHaveLength(2);
  });
  test('lets a state fragment such as #challenge=x&table=y through, but not a missing id', () => {
    const page = (html: string) => new TextEncoder().encode(html);
    const site = new Map([
      ['index.html', page('<a href="/lab/#challenge=x&table=eyJ9">a</a> <a href="/lab/#missing">b</a>')],
      ['lab/index.html', page('<p>lab</p>')],
    ]);
    expect(brokenLinks(site)).toEqual([
      'index.html: a[href]="/lab/#missing" points to #missing, but lab/index.html has no element with that id',
    ]);
  });
});

describe('pageReferences(html)', () => {
  test('collects href, src, every srcset candidate and og:image', () => {
    const html =
      '<head><meta property="og:image" content="/og.png"></head>' +
      '<body><a href="/a/">a</a><img src="/b.png" srcset="/c.png 1x, /d.png 2x" alt=""></body>';
    expect(pageReferences(html).map((reference) => reference.value)).toEqual([
      '/a/',
      '/b.png',
      '/c.png',
      '/d.png',
      '/og.png',
    ]);
  });
});

describe('pageAnchors(html)', () => {
  test('collects ids and named anchors', () => {
    expect([...pageAnchors('<h2 id="x">x</h2><a name="y">y</a>')]).toEqual(['x', 'y']);
  });
});

describe('stylesheetUrls(css)', () => {
  test('returns url() targets but not data: URLs or SVG fragment references', () => {
    expect(
      stylesheetUrls(
        'a{background:url("/i.png")} b{background:url(data:image/png;base64,AA)} c{filter:url(#f)} @font-face{src:url(./f.woff2)}',
      ),
    ).toEqual(['/i.png', './f.woff2']);
  });
});

describe('sitemapUrls(xml) and brokenLinks over sitemaps', () => {
  const sitemap =
    '<urlset><url><loc>https://left-open.example.org/</loc></url><url><loc>https://left-open.example.org/gone/</loc></url></urlset>';
  test('reads every <loc>', () => {
    expect(sitemapUrls(sitemap)).toEqual(['https://left-open.example.org/', 'https://left-open.example.org/gone/']);
  });
  test('flags a sitemap entry with no page and one on another origin', () => {
    const site = new Map(fixtureSite());
    site.set('sitemap-0.xml', new TextEncoder().encode(`${sitemap}<loc>https://elsewhere.example.com/</loc>`));
    expect(problemsOf(brokenLinks(site, 'https://left-open.example.org'), 'sitemap-0.xml')).toEqual([
      'sitemap-0.xml: <loc>https://left-open.example.org/gone/</loc> points to gone/index.html, which is not in the build',
      "sitemap-0.xml: <loc>https://elsewhere.example.com/</loc> is not on the site's origin",
    ]);
  });
});
