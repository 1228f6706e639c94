/**
 * A stand-in for a newsroom's page in the embed tests: a second server, on another origin than
 * the site (127.0.0.1 rather than localhost), that serves host pages embedding our charts and
 * serves the real Pym.js parent from node_modules, as a newsroom would self-host it, plus any
 * other host scripts a test passes (WordPress's wp-embed.min.js).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

const pymSource = readFileSync(join('node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');

/** A host page's HTML around `body`, which may hold scripts (the host is not bound by our CSP). */
export function hostPage(body: string): string {
  const head =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>' +
    '<link rel="icon" href="data:,"><style>body{margin:0;font-family:serif}main{padding:0 12px}</style>';
  const story = `<h1>A newsroom story</h1><p>Text before the chart.</p>${body}<p>Text after the chart.</p>`;
  return `<!doctype html><html lang="en"><head>${head}</head><body><main>${story}</main></body></html>`;
}

/**
 * Starts the host server: GET /pym.v1.min.js, GET /<name> for each of `scripts`, and GET
 * /page?id=… for pages added with `addPage`. A script asked for with `?hold=<key>` is held back,
 * like one on a slow network, until the test calls `release(key)`.
 */
export async function startHostServer(scripts: Record<string, string> = {}): Promise<{
  server: Server;
  origin: string;
  addPage: (html: string) => string;
  release: (key: string) => void;
}> {
  const pages = new Map<string, string>();
  const held = new Map<string, () => void>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/pym.v1.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(pymSource);
      return;
    }
    const script = scripts[url.pathname.slice(1)];
    if (script !== undefined) {
      const send = () => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
      const hold = url.searchParams.get('hold');
      if (hold) held.set(hold, send);
      else send();
      return;
    }
    const page = url.pathname === '/page' ? pages.get(url.searchParams.get('id') ?? '') : undefined;
    if (page === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const addPage = (html: string) => {
    const id = String(pages.size + 1);
    pages.set(id, html);
    return `${origin}/page?id=${id}`;
  };
  const release = (key: string) => {
    held.get(key)?.();
    held.delete(key);
  };
  return { server, origin, addPage, release };
}
