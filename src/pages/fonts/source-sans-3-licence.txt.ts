/**
 * /fonts/source-sans-3-licence.txt: the SIL Open Font License of the text face the site serves
 * (src/styles/fonts.ts), which asks that the licence travel with the font. Copied at build time from
 * the font's package, so it is always the licence of the files shipped.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const GET: APIRoute = () =>
  new Response(readFileSync(require.resolve('@fontsource/source-sans-3/LICENSE'), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
