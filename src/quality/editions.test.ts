import { describe, expect, test } from 'vitest';
import { editionProblems } from './editions.ts';
import type { SiteFiles } from './site.ts';

const origin = 'https://site.example';
const tags = { en: 'en-GB', es: 'es' };
const bytes = (text: string) => new TextEncoder().encode(text);

/** A page of `lang` announcing the given alternates (hreflang → path). */
const page = (lang: string, alternates: Record<string, string>) =>
  bytes(
    `<!doctype html><html lang="${lang}"><head>${Object.entries(alternates)
      .map(([hreflang, path]) => `<link rel="alternate" hreflang="${hreflang}" href="${origin}${path}">`)
      .join('')}</head><body></body></html>`,
  );
const aboutAlternates = { 'en-GB': '/about/', es: '/es/about/', 'x-default': '/about/' };
const sitemapEntry = (path: string, shared: string) =>
  `<url><loc>${origin}${path}</loc><xhtml:link rel="alternate" hreflang="en-GB" href="${origin}${shared}"/>` +
  `<xhtml:link rel="alternate" hreflang="es" href="${origin}/es${shared}"/></url>`;

const mirrored = (): Map<string, Uint8Array> =>
  new Map([
    ['about/index.html', page('en-GB', aboutAlternates)],
    ['es/about/index.html', page('es', aboutAlternates)],
    ['404.html', page('en-GB', {})],
    ['es/404/index.html', page('es', {})],
    [
      'sitemap-0.xml',
      bytes(`<urlset>${sitemapEntry('/about/', '/about/')}${sitemapEntry('/es/about/', '/about/')}</urlset>`),
    ],
  ]);

describe('editionProblems(site, tags, origin)', () => {
  test('is empty when every page has its counterpart, its alternates, its lang and its sitemap entry', () => {
    expect(editionProblems(mirrored(), tags, origin)).toEqual([]);
  });
  test("holds the educators' kit to the same rule as every other page (it is no longer exempt)", () => {
    const site = mirrored();
    site.set('educators/quiz/index.html', page('en-GB', {}));
    expect(editionProblems(site as SiteFiles, tags, origin)).toContain(
      '/educators/quiz/: no counterpart /es/educators/quiz/ in the es edition. Fix: add the page to that edition',
    );
  });
  test('names an English page without a Spanish counterpart, and a Spanish page without an English one', () => {
    const site = mirrored();
    site.delete('es/about/index.html');
    site.set('es/data/index.html', page('es', { 'en-GB': '/data/', es: '/es/data/', 'x-default': '/data/' }));
    const problems = editionProblems(site as SiteFiles, tags, origin);
    expect(problems).toContain(
      '/about/: no counterpart /es/about/ in the es edition. Fix: add the page to that edition',
    );
    expect(problems).toContain(
      '/es/data/: no counterpart /data/ in the en-GB edition. Fix: add the page to that edition',
    );
  });
  test('names a wrong <html lang>, a missing x-default and a sitemap entry without its alternates', () => {
    const site = mirrored();
    site.set('es/about/index.html', page('en-GB', { 'en-GB': '/about/', es: '/es/about/' }));
    site.set(
      'sitemap-0.xml',
      bytes(`<urlset>${sitemapEntry('/about/', '/about/')}<url><loc>${origin}/es/about/</loc></url></urlset>`),
    );
    expect(editionProblems(site as SiteFiles, tags, origin)).toEqual([
      '/es/about/: <html lang="en-GB">, expected "es" (its edition\'s tag)',
      `/es/about/: <link rel="alternate" hreflang="x-default"> is missing, expected "${origin}/about/"`,
      '/es/about/: 2 hreflang alternates, expected 3 (one per edition and x-default)',
      'sitemap: /es/about/ does not list its en-GB alternate',
      'sitemap: /es/about/ does not list its es alternate',
    ]);
  });
});
