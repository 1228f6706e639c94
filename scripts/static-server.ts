/**
 * A static file server for `dist/`, used by `npm start`, the browser tests, the trainer pack's
 * printing and the bench. Files are served by sirv (paths, MIME types, ranges, ETags, no escape
 * from the root); around it sit the two things a static host does that sirv does not: the rules
 * in `dist/_headers` (the format Netlify and Cloudflare Pages read), applied as Cloudflare Pages
 * does, `!` lines included (header-rules.ts), and the nearest `404.html` up the requested path
 * (`/es/no-such-page/` gets `es/404.html` when there is one, else the root's), as Cloudflare
 * Pages chooses it. A folder asked for without its slash is redirected to it, as hosts do.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, posix, resolve } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeaderRules, type HeaderRule } from './header-rules.ts';

export { headersFor, parseHeaderRules } from './header-rules.ts';

/** The site path a request asks for ("/chapters/scale/"), decoded, without its query. */
function requestPath(request: IncomingMessage): string {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  try {
    return posix.normalize(decodeURIComponent(pathname));
  } catch {
    return pathname;
  }
}

/**
 * The `404.html` nearest to `path` in `root`, walking up one folder at a time; undefined when
 * there is none at all. Pure apart from the existence checks.
 */
export function notFoundPage(root: string, path: string): string | undefined {
  const folders = path.split('/').filter(Boolean);
  if (!path.endsWith('/')) folders.pop();
  for (let depth = folders.length; depth >= 0; depth--) {
    const file = join(root, ...folders.slice(0, depth), '404.html');
    if (resolve(file).startsWith(resolve(root)) && existsSync(file)) return file;
  }
  return undefined;
}

/** The type of a file named by `path`, text types as UTF-8 as static hosts send them; undefined without a known extension. */
function contentType(path: string): string | undefined {
  const type = lookup(path);
  return type && /^text\/|[/+](json|xml)$/.test(type) ? `${type}; charset=utf-8` : type;
}

/** The request handler: `_headers` rules on every response, sirv for files, the nearest 404 page otherwise. */
function staticHandler(root: string, rules: HeaderRule[]) {
  const applyRules = (response: ServerResponse, path: string) => {
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
  };
  // dev: read the folder on every request (the trainer pack's printing serves dist/ while the build is still writing it).
  const files = sirv(root, {
    dev: true,
    etag: true,
    extensions: ['html'],
    setHeaders: (response, path) => {
      applyRules(response, path);
      // sirv already sends HTML (folders' index.html included) as UTF-8; other text types get it here.
      const type = contentType(path);
      if (type) response.setHeader('content-type', type);
    },
  });
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = requestPath(request);
    const folder = join(root, path);
    if (
      !path.endsWith('/') &&
      resolve(folder).startsWith(resolve(root)) &&
      statSync(folder, { throwIfNoEntry: false })?.isDirectory()
    ) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    files(request, response, () => {
      const page = notFoundPage(root, path);
      applyRules(response, path);
      response.statusCode = 404;
      if (!page) {
        response.setHeader('content-type', 'text/plain; charset=utf-8');
        response.end('Not found');
        return;
      }
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('cache-control', 'no-cache');
      void readFile(page).then(
        (body) => response.end(request.method === 'HEAD' ? undefined : body),
        () => response.end(),
      );
    });
  };
}

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port). Resolves once listening. */
export async function startStaticServer(root: string, port: number): Promise<{ server: Server; url: string }> {
  const rules = parseHeaderRules(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server = createServer(staticHandler(root, rules));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://localhost:${actualPort}` };
}
