/**
 * A built site as data: every file under a root (dist/ or a fixture), keyed by its path relative
 * to the root with "/" separators ("index.html", "_astro/page.js"). The checks in this folder take
 * this map, so they run the same over dist/ and over small fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a built site by its root-relative path. */
export type SiteFiles = ReadonlyMap<string, Uint8Array>;

/** Reads every file under `root` (the one I/O end of the quality checks). */
export function readSite(root: string): SiteFiles {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), relative);
      else if (entry.isFile()) files.set(relative, readFileSync(join(dir, entry.name)));
    }
  };
  walk(root, '');
  return files;
}

const decoder = new TextDecoder();

/** The file at `path` as UTF-8 text, or undefined when there is none. */
export function siteText(site: SiteFiles, path: string): string | undefined {
  const bytes = site.get(path);
  return bytes ? decoder.decode(bytes) : undefined;
}

/** Paths of the HTML pages, sorted. */
export function htmlPages(site: SiteFiles): string[] {
  return [...site.keys()].filter((path) => path.endsWith('.html')).sort();
}

/** The URL path a page file is served at: "chapters/x/index.html" → "/chapters/x/", "404.html" → "/404.html". */
export function pageUrlPath(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Where an internal reference points: a file of the site, plus its #fragment when it has one. */
export interface SiteTarget {
  /** Root-relative path of the file the reference resolves to, or of the missing file it names. */
  file: string;
  /** True when the file exists. */
  exists: boolean;
  /** The decoded fragment without "#", or "" when there is none. */
  fragment: string;
}

const localOrigin = 'https://site.invalid';

/**
 * Resolves `reference` (an href, src or url() value) found in the file `fromFile`. Returns
 * undefined for references that leave the site: another origin, or a scheme such as mailto:,
 * tel:, data: or javascript:. `siteOrigin` is the site's public origin: absolute URLs on it
 * (canonical links, og:image) count as internal.
 */
export function resolveReference(
  site: SiteFiles,
  fromFile: string,
  reference: string,
  siteOrigin?: string,
): SiteTarget | undefined {
  let url: URL;
  try {
    url = new URL(reference.trim(), `${localOrigin}/${fromFile}`);
  } catch {
    return { file: reference, exists: false, fragment: '' };
  }
  const internal =
    url.origin === localOrigin || (siteOrigin !== undefined && url.origin === new URL(siteOrigin).origin);
  if (!internal || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const fragment = decodeURIComponent(url.hash.slice(1));
  const path = decodeURIComponent(url.pathname).replace(/^\//, '');
  if (path === '' || path.endsWith('/')) {
    const file = `${path}index.html`;
    return { file, exists: site.has(file), fragment };
  }
  if (site.has(path)) return { file: path, exists: true, fragment };
  // A static host redirects /dir to /dir/ when the directory has an index.
  const index = `${path}/index.html`;
  if (site.has(index)) return { file: index, exists: true, fragment };
  return { file: path, exists: false, fragment };
}
