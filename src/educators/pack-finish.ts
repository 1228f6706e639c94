/**
 * The trainer pack's second step, run after `astro build` by the educators' integration: it adds
 * to each edition's pack (dist/educators/trainer-pack.zip, dist/es/educators/trainer-pack.zip)
 * what needs the built site. One Chromium, one local server and one bundled script serve every
 * edition, so a second language adds only its own pages' printing to the build.
 * - Lab pages that run from file://: each built lab page's <main>, with its stylesheets and fonts
 *   copied beside it, site links rewritten to the pack's files (or to SITE_URL, or dropped), and
 *   one classic script bundled by Rolldown (browsers refuse module scripts from file://). The
 *   markup is the site's own, so the labs have one source.
 * - PDFs of the chapters, the handout and the slides, printed by Chromium. Chromium stamps each
 *   PDF with the time it was made; those dates are set to a fixed one, so the ZIP stays
 *   byte-identical between builds.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type * as PlaywrightCore from 'playwright-core';
import type * as Rolldown from 'rolldown';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import { startStaticServer } from '../../scripts/static-server.ts';
import { chromiumArgs, findChromium } from '../../tests/browser/chromium.ts';
import type * as PlaywrightPage from 'playwright-core';
import { locales } from '../lib/locales.ts';
import { labAssets, labScript, packLayout, packSlides, packZipPath, type PackLayout } from './pack-layout.ts';
import { zipTrainerPack } from './trainer-pack.ts';

/** A built lab page made into a standalone page for the pack's labs folder. */
export interface PackLabPage {
  html: string;
  /** Root-relative paths of the stylesheets it needs, in order. */
  stylesheets: string[];
}

/** Site links inside `root` become pack links, absolute links on `siteUrl`, or (without one) plain text. */
function rewriteSiteLinks(root: ParentNode, siteUrl: string | undefined, layout: PackLayout): void {
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('/')) continue;
    const inPack = layout.linkFromLabs(href);
    if (inPack) link.setAttribute('href', inPack);
    else if (siteUrl) link.setAttribute('href', `${siteUrl}${href}`);
    else link.removeAttribute('href');
  }
}

/**
 * The standalone lab page for a built page: its <main> in a plain document with relative
 * stylesheets and the pack's one script. Site links become pack links, absolute links on
 * `siteUrl`, or (without one) plain text; scripts and the header and footer are left out.
 * `layout` is the page's edition's pack, whose files its links point at.
 */
export function packLabPage(builtHtml: string, siteUrl: string | undefined, layout: PackLayout): PackLabPage {
  const { document } = parseHTML(builtHtml);
  const main = document.querySelector('main');
  if (!main) throw new Error('a lab page has no <main>');
  for (const script of main.querySelectorAll('script')) script.remove();
  rewriteSiteLinks(main, siteUrl, layout);
  // A <template>'s content is a document of its own (the quiz keeps its feedback there).
  for (const template of main.querySelectorAll('template')) {
    const inner = parseHTML(`<html><body><div id="content">${template.innerHTML}</div></body></html>`).document;
    const content = inner.getElementById('content');
    if (!content) continue;
    rewriteSiteLinks(content, siteUrl, layout);
    template.innerHTML = content.innerHTML;
  }
  const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')]
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/'));
  const lang = document.documentElement.getAttribute('lang') ?? 'en';
  const title = document.querySelector('title')?.textContent ?? '';
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="assets/${basename(href)}">`).join('\n');
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${labPagePolicy}">
<title>${title.replace(/</g, '&lt;')}</title>
${links}
</head>
<body>
<main id="main">${main.innerHTML}</main>
<script src="assets/${basename(labScript)}"></script>
</body>
</html>
`;
  return { html, stylesheets };
}

/** The lab pages' policy: their own files only, as on the site ('self' matches files beside a page opened from file://). */
const labPagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
].join('; ');

/** A stylesheet with its url(/…) references pointing at files beside it, and the files it names. */
export function relocateCss(css: string): { css: string; files: string[] } {
  const files: string[] = [];
  const relocated = css.replace(/url\(\s*(["']?)(\/[^"')]+)\1\s*\)/g, (_whole, quote: string, path: string) => {
    files.push(path);
    return `url(${quote}${basename(path)}${quote})`;
  });
  return { css: relocated, files: [...new Set(files)] };
}

const fixedPdfDate = 'D:20200122000000';

/**
 * A PDF with its creation and modification dates set to a fixed moment, without changing its
 * length (the cross-reference table counts bytes). Chromium writes dates as (D:YYYYMMDDHHmmss…);
 * the digits are replaced, whatever follows them stays.
 */
export function fixPdfDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) ?\(D:\d{14}/g, (whole) => whole.slice(0, -16) + fixedPdfDate);
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}

/**
 * Node's own require, for the build-only tools (Rolldown, Playwright). This module is loaded with
 * astro.config.mjs through Vite, whose module runner is closed by the time the build is done, so
 * the tools are loaded when needed, not with the config.
 */
export const requireTool = createRequire(import.meta.url);

/** Bundles the lab pages' custom elements into one classic script. */
async function bundleLabScript(): Promise<Uint8Array> {
  const { rolldown } = requireTool('rolldown') as typeof Rolldown;
  const bundle = await rolldown({ input: new URL('./pack-labs.ts', import.meta.url).pathname, platform: 'browser' });
  const { output } = await bundle.generate({ format: 'iife', minify: true });
  await bundle.close();
  const chunk = output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Rolldown produced no script for the pack');
  return strToU8(chunk.code);
}

/**
 * Prints an edition's chapters, handout and slides to PDF in `page`. Links would be printed with
 * the local server's address (a new port every build): they are pointed at SITE_URL instead, or,
 * without one, left as plain text.
 */
async function printPdfs(
  page: PlaywrightPage.Page,
  url: string,
  layout: PackLayout,
  slidesHtml: string,
  siteUrl: string | undefined,
): Promise<Record<string, Uint8Array>> {
  const temp = mkdtempSync(join(tmpdir(), 'left-open-slides-'));
  try {
    const pdfs: Record<string, Uint8Array> = {};
    for (const { path, file } of layout.pdfs) {
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(
        ({ local, site }) => {
          for (const link of document.querySelectorAll('a[href]')) {
            const target = new URL(link.getAttribute('href') ?? '', document.baseURI);
            if (target.origin !== local) continue;
            if (site) link.setAttribute('href', `${site}${target.pathname}${target.hash}`);
            else link.removeAttribute('href');
          }
        },
        { local: new URL(url).origin, site: siteUrl },
      );
      pdfs[file] = fixPdfDates(await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true }));
    }
    const slidesFile = join(temp, 'slides.html');
    writeFileSync(slidesFile, slidesHtml);
    await page.goto(`file://${slidesFile}`, { waitUntil: 'load' });
    pdfs[packSlides.pdf] = fixPdfDates(
      await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }),
    );
    return pdfs;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The files of an edition's ZIP with its lab pages and their styles and fonts added (not yet the script and PDFs). */
function withLabPages(
  distDir: string,
  files: Record<string, Uint8Array>,
  layout: PackLayout,
  siteUrl: string | undefined,
) {
  const assets = new Set<string>();
  for (const lab of layout.labPages) {
    const { html, stylesheets } = packLabPage(readFileSync(join(distDir, lab.page), 'utf8'), siteUrl, layout);
    files[lab.file] = strToU8(html);
    for (const sheet of stylesheets) assets.add(sheet);
  }
  for (const sheet of assets) {
    const { css, files: fonts } = relocateCss(readFileSync(join(distDir, sheet), 'utf8'));
    files[`${labAssets}/${basename(sheet)}`] = strToU8(css);
    for (const font of fonts)
      files[`${labAssets}/${basename(font)}`] = new Uint8Array(readFileSync(join(distDir, font)));
  }
  return files;
}

/** Adds the lab pages and the PDFs to the ZIP each edition's endpoint wrote. */
export async function finishTrainerPack(distDir: string, siteUrl: string | undefined): Promise<void> {
  const script = await bundleLabScript();
  const { chromium } = requireTool('playwright-core') as typeof PlaywrightCore;
  const { server, url } = await startStaticServer(distDir, 0);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ colorScheme: 'light' });
    for (const locale of locales) {
      const zipFile = join(distDir, packZipPath(locale));
      const layout = packLayout(locale);
      const files = withLabPages(distDir, unzipSync(new Uint8Array(readFileSync(zipFile))), layout, siteUrl);
      files[labScript] = script;
      const slides = files[packSlides.html];
      if (!slides) throw new Error(`${packZipPath(locale)} has no ${packSlides.html}`);
      Object.assign(files, await printPdfs(page, url, layout, strFromU8(slides), siteUrl));
      writeFileSync(zipFile, zipTrainerPack(files));
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
