// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { educatorsKit } from './src/educators/integration.ts';

/** Public address of the site: canonical URLs, the sitemap and oEmbed use it. Set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://left-open.example.org';

/**
 * LEFT_OPEN_DERIVED_DIR builds the site from another data/derived (tests change a copy of
 * data/raw and check the chapters follow): imports of data/derived/* resolve there instead.
 */
const derivedDir = process.env.LEFT_OPEN_DERIVED_DIR ? resolve(process.env.LEFT_OPEN_DERIVED_DIR) : undefined;
const derivedAlias = derivedDir ? [{ find: /^(?:\.\.\/)+data\/derived\/(.*)$/, replacement: `${derivedDir}/$1` }] : [];

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
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    cacheDir: derivedDir ? `${derivedDir}.vite-cache` : './.cache/vite',
    build: { assetsInlineLimit: 0 },
    resolve: { alias: derivedAlias },
  },
});
