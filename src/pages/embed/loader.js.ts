/**
 * /embed/loader.js: the host loader that the default embed code includes (src/embed/loader.ts),
 * built at site build time into one minified classic script.
 */
import type { APIRoute } from 'astro';
import { bundleEmbedScript } from '../../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleEmbedScript('loader.js'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
