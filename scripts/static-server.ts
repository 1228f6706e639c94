/**
 * A small static file server for `dist/`, used by `npm start` and the browser tests. It applies
 * the rules in `dist/_headers` (the format Netlify and Cloudflare Pages read) as Cloudflare Pages
 * does, `!` lines included (see header-rules.ts), so the tests see the headers a static host sends.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaderRules } from './header-rules.ts';

export { headersFor, matchesPattern, parseHeaderRules, type HeaderRule } from './header-rules.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port). Resolves once listening. */
export async function startStaticServer(root: string, port: number): Promise<{ server: Server; url: string }> {
  const rules = parseHeaderRules(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    let status = 200;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!(await stat(file).catch(() => null))?.isFile()) {
      file = join(root, '404.html');
      status = 404;
    }
    const headers = headersFor(rules, path);
    headers.set('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
    headers.set('cache-control', 'no-cache');
    response.writeHead(status, Object.fromEntries(headers));
    if (request.method === 'HEAD') response.end();
    else
      createReadStream(file)
        .on('error', () => response.end())
        .pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://localhost:${actualPort}` };
}
