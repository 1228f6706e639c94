// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paletteCss } from './src/charts/palette.ts';
import { fontFaceCss, textFontStack } from './src/styles/fonts.ts';
import { educatorsKit } from './src/educators/integration.ts';
import { componentUsesPlugin } from './src/lib/component-uses-plugin.ts';

/** Public address of the site: canonical URLs, the sitemap and oEmbed use it. Set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://left-open.example.org';

/**
 * LEFT_OPEN_DERIVED_DIR builds the site from another data/derived (tests change a copy of
 * data/raw and check the chapters follow): imports of data/derived/* resolve there instead.
 */
const derivedDir = process.env.LEFT_OPEN_DERIVED_DIR ? resolve(process.env.LEFT_OPEN_DERIVED_DIR) : undefined;
const derivedAlias = derivedDir ? [{ find: /^(?:\.\.\/)+data\/derived\/(.*)$/, replacement: `${derivedDir}/$1` }] : [];

const paletteModule = fileURLToPath(new URL('./src/charts/palette.ts', import.meta.url));

/**
 * Expands `@palette tokens;` and `@palette paint;` in stylesheets into the CSS generated from
 * src/charts/palette.ts, so every colour is declared once, in TypeScript, and the stylesheets
 * never hold a copy.
 * @returns {import('vite').Plugin}
 */
function paletteDirectives() {
  return {
    name: 'left-open:palette-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('.css') || !code.includes('@palette')) return undefined;
      this.addWatchFile(paletteModule);
      return code.replace(/@palette (tokens|paint);/g, (_, part) => paletteCss(part));
    },
  };
}

const require = createRequire(import.meta.url);

/**
 * Expands `@fonts faces;` into the site's @font-face rules and `@fonts stack;` into the
 * `--font-body` declaration, both from src/styles/fonts.ts (the fallbacks' metric overrides are
 * computed there with Capsize). Font files are written as paths relative to the stylesheet, so
 * Vite copies them into the build under hashed names.
 * @returns {import('vite').Plugin}
 */
function fontDirectives() {
  return {
    name: 'left-open:font-css',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (!file.endsWith('.css') || !code.includes('@fonts')) return undefined;
      const fileUrl = (/** @type {string} */ packagePath) =>
        relative(dirname(file), require.resolve(packagePath)).split('\\').join('/');
      return code
        .replace('@fonts faces;', () => fontFaceCss(fileUrl))
        .replace('@fonts stack;', () => `--font-body: ${textFontStack()};`);
    },
  };
}

export default defineConfig({
  site,
  output: 'static',
  // Caches inside the project, so separate checkouts sharing one node_modules never share a cache.
  // ASTRO_CACHE_DIR gives the determinism test's second build a cold cache of its own.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? (derivedDir ? `${derivedDir}.astro-cache` : './.cache/astro'),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), educatorsKit()],
  // Hashes for every script and style Astro emits, in a <meta> policy; no 'unsafe-inline'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    syntaxHighlight: false,
    // Each chapter and page records the facts, sources and charts it uses (src/lib/component-uses.ts).
    processor: satteri({ mdastPlugins: [componentUsesPlugin()] }),
  },
  devToolbar: { enabled: false },
  vite: {
    cacheDir: derivedDir ? `${derivedDir}.vite-cache` : './.cache/vite',
    build: { assetsInlineLimit: 0 },
    resolve: { alias: derivedAlias },
    plugins: [paletteDirectives(), fontDirectives()],
  },
});
