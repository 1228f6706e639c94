/**
 * What one page of the built site costs a reader: its HTML, the stylesheets it links, every
 * script it loads (with the modules those import), and the font files its CSS declares for the
 * characters on the page, each measured gzip-compressed.
 */
import { parseHTML } from 'linkedom';
import { gzipSync } from 'node:zlib';
import { resolveReference, siteText, type SiteFiles } from './site.ts';

/** Kinds of file a page weight is made of. */
export type AssetKind = 'html' | 'css' | 'js' | 'font';

/** One file a page loads. */
export interface PageAsset {
  /** Root-relative path. */
  file: string;
  kind: AssetKind;
  gzipBytes: number;
}

/** The weight of one page: gzip bytes by kind, and the files counted. */
export interface PageWeights {
  page: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  total: number;
  assets: PageAsset[];
  /** References the page makes to files that do not exist (the links check reports them too). */
  missing: string[];
}

/** Gzip size of some bytes, at zlib's default level. */
export function gzipBytes(bytes: Uint8Array): number {
  return gzipSync(bytes).length;
}

/**
 * Module specifiers a bundled script imports, statically (`import … from "x"`, `import "x"`,
 * `export … from "x"`) or dynamically (`import("x")`, also with a template literal without
 * substitutions).
 */
export function scriptImports(code: string): string[] {
  const specifiers = new Set<string>();
  // Bundlers may quote a dynamic import's path with backticks: import(`./chunk.js`).
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])([^"'`\s$]+?)\1/g)) {
    const specifier = match[2] ?? '';
    if (/^(\.{1,2}\/|\/)/.test(specifier)) specifiers.add(specifier);
  }
  return [...specifiers];
}

/** An inclusive range of code points from a CSS unicode-range. */
export type CodePointRange = readonly [number, number];

/** Parses a CSS `unicode-range` value ("U+0000-00FF, U+4??") into code point ranges. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): CodePointRange => {
      if (part.includes('?')) return [parseInt(part.replaceAll('?', '0'), 16), parseInt(part.replaceAll('?', 'F'), 16)];
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    });
}

/** One @font-face rule: the first font file it names (the format a browser would pick) and its ranges. */
export interface FontFace {
  url: string;
  /** Undefined when the face covers every character. */
  ranges: CodePointRange[] | undefined;
}

/** The @font-face rules of a stylesheet. */
export function fontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = block[1] ?? '';
    const src = /(?:^|;)\s*src\s*:([^;]*)/.exec(body)?.[1] ?? '';
    const url = /url\(\s*(["']?)([^"')]+)\1\s*\)/.exec(src)?.[2];
    if (!url) continue;
    const range = /unicode-range\s*:([^;]*)/.exec(body)?.[1];
    faces.push({ url, ranges: range === undefined ? undefined : parseUnicodeRange(range) });
  }
  return faces;
}

/** True when the face covers at least one character of `text`. */
export function faceCoversText(face: FontFace, text: string): boolean {
  if (!face.ranges) return true;
  const ranges = face.ranges;
  for (const character of new Set(text)) {
    const point = character.codePointAt(0) ?? 0;
    if (ranges.some(([from, to]) => point >= from && point <= to)) return true;
  }
  return false;
}

/**
 * The weight of the page at `pageFile`. Counts each file once, even when several tags load it.
 * Fonts count when a @font-face in the page's CSS covers a character of the page's text, which
 * is when a browser may download them.
 */
export function pageWeights(site: SiteFiles, pageFile: string): PageWeights {
  const html = siteText(site, pageFile);
  if (html === undefined) throw new Error(`No page ${pageFile} in the site`);
  const { document } = parseHTML(html);
  const assets = new Map<string, PageAsset>();
  const missing: string[] = [];
  const add = (file: string, kind: AssetKind): boolean => {
    const bytes = site.get(file);
    if (!bytes || assets.has(file)) return false;
    assets.set(file, { file, kind, gzipBytes: gzipBytes(bytes) });
    return true;
  };
  const resolve = (fromFile: string, reference: string): string | undefined => {
    const target = resolveReference(site, fromFile, reference);
    if (target && !target.exists) missing.push(`${reference} (from ${fromFile})`);
    return target?.exists ? target.file : undefined;
  };
  add(pageFile, 'html');

  const addScript = (file: string) => {
    if (!add(file, 'js')) return;
    for (const specifier of scriptImports(siteText(site, file) ?? '')) {
      const imported = resolve(file, specifier);
      if (imported) addScript(imported);
    }
  };
  for (const script of document.querySelectorAll('script[src]')) {
    const file = resolve(pageFile, script.getAttribute('src') ?? '');
    if (file) addScript(file);
  }
  for (const link of document.querySelectorAll('link[rel~="modulepreload"][href]')) {
    const file = resolve(pageFile, link.getAttribute('href') ?? '');
    if (file) addScript(file);
  }
  // Inline module scripts may import bundled chunks too.
  for (const script of document.querySelectorAll('script:not([src])')) {
    for (const specifier of scriptImports(script.textContent ?? '')) {
      const file = resolve(pageFile, specifier);
      if (file) addScript(file);
    }
  }

  const pageText = document.body?.textContent ?? '';
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const file = resolve(pageFile, link.getAttribute('href') ?? '');
    if (!file || !add(file, 'css')) continue;
    for (const face of fontFaces(siteText(site, file) ?? '')) {
      if (!faceCoversText(face, pageText)) continue;
      const font = resolve(file, face.url);
      if (font) add(font, 'font');
    }
  }

  const list = [...assets.values()];
  const sum = (kind: AssetKind) =>
    list.filter((asset) => asset.kind === kind).reduce((total, asset) => total + asset.gzipBytes, 0);
  const weights = { html: sum('html'), css: sum('css'), js: sum('js'), fonts: sum('font') };
  return {
    page: pageFile,
    ...weights,
    total: weights.html + weights.css + weights.js + weights.fonts,
    assets: list,
    missing,
  };
}
