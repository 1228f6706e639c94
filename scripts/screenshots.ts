/**
 * `npm run screenshots`: pictures of the home page and the six chapters, as a reader sees them,
 * written to docs/screenshots/ (run `npm run build` first). For every page, at 375 and 1280 px,
 * light and dark, with and without JavaScript: the first screen, and the screen at the page's
 * first visual (its first figure or explainer), so each picture shows a graphic and the citation
 * markers around it. One full page per chapter (375 px, light, JavaScript on) shows the whole
 * reading. JPEG at quality 60 keeps the set small (the total is printed; it stays well under 10 MB).
 *
 * `-- --only <slug>` limits the run to pages whose path contains the text, `-- --out <dir>`
 * writes elsewhere and `-- --png` writes PNG instead (for a look that is not meant for git).
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { chapterSlugs } from '../src/schemas/content.ts';
import { chromiumArgs, findChromium } from '../tests/browser/chromium.ts';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({
  options: { only: { type: 'string' }, out: { type: 'string' }, png: { type: 'boolean' } },
});
const outDir = values.out ?? 'docs/screenshots';

const pages = [
  { name: 'home', path: '/' },
  ...chapterSlugs.map((slug) => ({ name: slug, path: `/chapters/${slug}/` })),
];
const widths = [375, 1280] as const;
const themes = ['light', 'dark'] as const;
const scripting = [true, false] as const;
/** Viewport height per width: a phone and a laptop screen. */
const heights: Record<(typeof widths)[number], number> = { 375: 740, 1280: 800 };
const quality = 60;
const extension = values.png ? 'png' : 'jpg';

/** Screenshot options in the chosen format: JPEG at `jpegQuality`, or lossless PNG. */
function format(jpegQuality: number) {
  return values.png ? ({ type: 'png' } as const) : ({ type: 'jpeg', quality: jpegQuality } as const);
}

/** What marks a page's first visual. */
const firstVisual = '.chapter-body figure, .chapter-body .explainer, main figure';

async function shoot(browser: Browser, url: string): Promise<string[]> {
  const written: string[] = [];
  for (const page of pages.filter((candidate) => !values.only || candidate.path.includes(values.only))) {
    for (const width of widths)
      for (const theme of themes)
        for (const javaScript of scripting) {
          const context = await browser.newContext({
            viewport: { width, height: heights[width] },
            colorScheme: theme,
            javaScriptEnabled: javaScript,
            reducedMotion: 'no-preference',
          });
          const tab = await context.newPage();
          await tab.goto(`${url}${page.path}`, { waitUntil: 'networkidle' });
          await tab.evaluate(() => document.fonts.ready);
          const stem = `${page.name}-${width}-${theme}-${javaScript ? 'js' : 'nojs'}`;
          const top = join(outDir, `${stem}-top.${extension}`);
          await tab.screenshot({ path: top, ...format(quality) });
          written.push(top);
          const visual = tab.locator(firstVisual).first();
          if ((await visual.count()) > 0) {
            // The visual's top a little below the viewport's top, with the prose above it in view.
            await visual.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + scrollY - 80));
            await tab.waitForTimeout(300);
            const shot = join(outDir, `${stem}-visual.${extension}`);
            await tab.screenshot({ path: shot, ...format(quality) });
            written.push(shot);
          }
          if (page.name !== 'home' && width === 375 && theme === 'light' && javaScript) {
            const full = join(outDir, `${page.name}-375-light-js-full.${extension}`);
            await tab.evaluate(() => window.scrollTo(0, 0));
            await tab.screenshot({ path: full, ...format(50), fullPage: true });
            written.push(full);
          }
          await context.close();
        }
  }
  return written;
}

await mkdir(outDir, { recursive: true });
if (!values.only) for (const name of await readdir(outDir)) if (/\.(jpg|png)$/.test(name)) await rm(join(outDir, name));
const { server, url } = await startStaticServer('dist', 0);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const written = await shoot(browser, url);
  const sizes = await Promise.all(written.map((path) => stat(path).then((info) => info.size)));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  console.log(`${written.length} screenshots in ${outDir}, ${(total / 1e6).toFixed(1)} MB in all.`);
} finally {
  await browser.close();
  server.close();
}
