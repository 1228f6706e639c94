// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** Public address of the site: canonical URLs, the sitemap and oEmbed use it. Set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://left-open.example.org';

export default defineConfig({
  site,
  output: 'static',
  // Caches inside the project, so separate checkouts sharing one node_modules never share a cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
  // The determinism test builds a second copy elsewhere (tests/quality/determinism.test.ts).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
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
  vite: { cacheDir: './.cache/vite', build: { assetsInlineLimit: 0 } },
});
