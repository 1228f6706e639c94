/**
 * The editions gate over a built site: every page of one edition has its counterpart in every
 * other (English /about/ and Spanish /es/about/, and the reverse), each page names all of them
 * with `<link rel="alternate" hreflang>` plus `x-default`, its `<html lang>` is its edition's
 * tag, and the sitemap lists the same alternates. The not-found pages are left out: they have no
 * counterpart by design (every edition's answers a missing address of its own). Each problem names the page and what to fix.
 */
import { parseHTML } from 'linkedom';
import { localizedPath, locales, splitLocalePath, type Locale } from '../lib/locales.ts';
import { htmlPages, pageUrlPath, siteText, type SiteFiles } from './site.ts';

/** The language tag each edition's pages declare, by routing code (`locale` in each strings file). */
export type EditionTags = Readonly<Record<Locale, string>>;

const isNotFoundPage = (path: string) => /^\/404(\.html|\/)$/.test(splitLocalePath(path).path);

/** The page file of a URL path: "/es/about/" → "es/about/index.html". */
const pageFile = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

/** Every way the built site's editions fail to mirror each other; empty when they all do. */
export function editionProblems(site: SiteFiles, tags: EditionTags, origin: string): string[] {
  const problems: string[] = [];
  const paths = htmlPages(site).map(pageUrlPath);
  const present = new Set(paths);
  for (const path of paths) {
    const { locale, path: shared } = splitLocalePath(path);
    const { document } = parseHTML(siteText(site, pageFile(path)) ?? '');
    const lang = document.documentElement.getAttribute('lang');
    if (lang !== tags[locale])
      problems.push(`${path}: <html lang="${lang}">, expected "${tags[locale]}" (its edition's tag)`);
    if (isNotFoundPage(path)) continue;

    const alternates = new Map(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute('hreflang') ?? '',
        link.getAttribute('href') ?? '',
      ]),
    );
    const expected: [string, string][] = [
      ...locales.map((other): [string, string] => [tags[other], localizedPath(other, shared)]),
      ['x-default', shared],
    ];
    for (const [hreflang, counterpart] of expected) {
      if (!present.has(counterpart))
        problems.push(
          `${path}: no counterpart ${counterpart} in the ${hreflang} edition. Fix: add the page to that edition`,
        );
      const href = alternates.get(hreflang);
      if (href !== `${origin}${counterpart}`)
        problems.push(
          `${path}: <link rel="alternate" hreflang="${hreflang}"> is ${href ? `"${href}"` : 'missing'}, expected "${origin}${counterpart}"`,
        );
    }
    if (alternates.size !== expected.length)
      problems.push(
        `${path}: ${alternates.size} hreflang alternates, expected ${expected.length} (one per edition and x-default)`,
      );
  }
  return [...problems, ...sitemapProblems(site, tags, origin, paths)];
}

/** The sitemap's alternates: every listed page names its counterpart in each edition. */
function sitemapProblems(site: SiteFiles, tags: EditionTags, origin: string, paths: readonly string[]): string[] {
  const xml = [...site.keys()]
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .map((file) => siteText(site, file) ?? '')
    .join('');
  if (!xml) return ['no sitemap-0.xml in the build. Fix: is @astrojs/sitemap in astro.config.mjs?'];
  const problems: string[] = [];
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
  for (const path of paths) {
    const { path: shared } = splitLocalePath(path);
    if (isNotFoundPage(path) || shared.startsWith('/embed/')) continue;
    const links = entries.get(`${origin}${path}`);
    if (links === undefined) {
      problems.push(`sitemap: ${path} is not listed`);
      continue;
    }
    for (const other of locales) {
      const alternate = `<xhtml:link rel="alternate" hreflang="${tags[other]}" href="${origin}${localizedPath(other, shared)}"/>`;
      if (!links.includes(alternate)) problems.push(`sitemap: ${path} does not list its ${tags[other]} alternate`);
    }
  }
  return problems;
}
