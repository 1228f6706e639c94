/**
 * /embed/child.js: the script every embed page loads (src/embed/child.ts), built at site build
 * time into one minified classic script.
 */
import type { APIRoute } from 'astro';
import { bundleEmbedScript } from '../../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleEmbedScript('child.js'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
