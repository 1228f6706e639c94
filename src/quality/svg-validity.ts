/**
 * Standalone SVG files (chart downloads, icons) must be well-formed XML with an <svg> root in
 * the SVG namespace: browsers show nothing at all for a malformed one. html-validate does not
 * read standalone SVG, so this check does.
 */
import { JSDOM } from 'jsdom';
import { siteText, type SiteFiles } from './site.ts';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** What is wrong with one SVG document, or undefined when it is fine. */
export function svgProblem(file: string, text: string): string | undefined {
  let root: Element | null;
  try {
    root = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document.documentElement;
  } catch (error) {
    return `${file}: not well-formed XML: ${(error as Error).message.split('\n')[0]}`;
  }
  if (root?.localName !== 'svg' || root.namespaceURI !== svgNamespace)
    return `${file}: the root element is not <svg xmlns="${svgNamespace}">`;
  return undefined;
}

/** Every problem in the site's .svg files. */
export function svgProblems(site: SiteFiles): string[] {
  return [...site.keys()]
    .filter((file) => file.endsWith('.svg'))
    .sort()
    .flatMap((file) => svgProblem(file, siteText(site, file) ?? '') ?? []);
}
