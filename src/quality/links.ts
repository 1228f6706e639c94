/**
 * Internal links of the built site: every href, src, srcset and action that stays on the site
 * must name a file that exists, and every #fragment must be an id (or a named anchor) on the
 * page it points to. Stylesheet url()s and sitemap <loc>s must resolve too.
 */
import { parseHTML } from 'linkedom';
import { resolveReference, siteText, type SiteFiles } from './site.ts';

/** One reference found on a page. */
export interface PageReference {
  /** The element and attribute it sits in, for messages ("a[href]"). */
  where: string;
  value: string;
}

const urlAttributes = ['href', 'src', 'action', 'poster', 'data', 'formaction', 'xlink:href'] as const;

/** Every URL-valued attribute on the page (srcset split into its URLs), plus content URLs of og:image and twitter:image. */
export function pageReferences(html: string): PageReference[] {
  const { document } = parseHTML(html);
  const references: PageReference[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of urlAttributes) {
      const value = element.getAttribute(attribute);
      if (value !== null) references.push({ where: `${tag}[${attribute}]`, value });
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      const srcset = element.getAttribute(attribute);
      if (srcset === null) continue;
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ where: `${tag}[${attribute}]`, value: url });
      }
    }
  }
  for (const meta of document.querySelectorAll(
    'meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]',
  )) {
    const content = meta.getAttribute('content');
    if (content)
      references.push({ where: `meta[${meta.getAttribute('property') ?? meta.getAttribute('name')}]`, value: content });
  }
  return references;
}

/** Every fragment a link may target on the page: element ids and legacy <a name>. */
export function pageAnchors(html: string): Set<string> {
  const { document } = parseHTML(html);
  const anchors = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) anchors.add(element.getAttribute('id') ?? '');
  for (const element of document.querySelectorAll('a[name]')) anchors.add(element.getAttribute('name') ?? '');
  return anchors;
}

/** Fragments that need no element: "#" and "#top" scroll to the top of any HTML page (HTML's "indicated part" rules). */
const fragmentsOfEveryPage = new Set(['', 'top']);

/** True for a fragment that carries page state as name=value pairs (the simulator's "#challenge=…&table=…"), not an element id. */
const isStateFragment = (fragment: string): boolean => /^[a-z]+=/.test(fragment);

/**
 * Every broken internal reference in the site's HTML pages, as readable messages naming the page,
 * the element and the target. `siteOrigin` makes absolute URLs on the public site count as internal.
 */
export function brokenLinks(site: SiteFiles, siteOrigin?: string): string[] {
  const anchorsByFile = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    let anchors = anchorsByFile.get(file);
    if (!anchors) {
      anchors = pageAnchors(siteText(site, file) ?? '');
      anchorsByFile.set(file, anchors);
    }
    return anchors;
  };
  const problems: string[] = [];
  for (const file of [...site.keys()].filter((path) => path.endsWith('.html')).sort()) {
    for (const reference of pageReferences(siteText(site, file) ?? '')) {
      const target = resolveReference(site, file, reference.value, siteOrigin);
      if (!target) continue;
      if (!target.exists) {
        problems.push(
          `${file}: ${reference.where}="${reference.value}" points to ${target.file}, which is not in the build`,
        );
      } else if (
        target.file.endsWith('.html') &&
        !fragmentsOfEveryPage.has(target.fragment) &&
        !isStateFragment(target.fragment) &&
        !anchorsOf(target.file).has(target.fragment)
      ) {
        problems.push(
          `${file}: ${reference.where}="${reference.value}" points to #${target.fragment}, but ${target.file} has no element with that id`,
        );
      }
    }
  }
  for (const file of [...site.keys()].filter((path) => path.endsWith('.css')).sort()) {
    for (const value of stylesheetUrls(siteText(site, file) ?? '')) {
      const target = resolveReference(site, file, value, siteOrigin);
      if (target && !target.exists)
        problems.push(`${file}: url(${value}) points to ${target.file}, which is not in the build`);
    }
  }
  for (const file of [...site.keys()].filter((path) => /^sitemap.*\.xml$/.test(path)).sort()) {
    for (const value of sitemapUrls(siteText(site, file) ?? '')) {
      const target = resolveReference(site, file, value, siteOrigin);
      if (!target) problems.push(`${file}: <loc>${value}</loc> is not on the site's origin`);
      else if (!target.exists)
        problems.push(`${file}: <loc>${value}</loc> points to ${target.file}, which is not in the build`);
    }
  }
  return problems;
}

/** The <loc> addresses of a sitemap or sitemap index. */
export function sitemapUrls(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));
}

/** The url(…) references of a stylesheet, except data: URLs and fragment-only ones (SVG filters). */
export function stylesheetUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .map((match) => match[2] ?? '')
    .filter((url) => !/^(data:|#)/.test(url));
}
