import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { notFoundPage, startStaticServer } from './static-server.ts';

let root: string;
let site: { server: Server; url: string };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'left-open-static-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('index.html', '<p>home</p>');
  write('404.html', '<p>not found</p>');
  write('es/404.html', '<p>no encontrada</p>');
  write('chapters/scale/index.html', '<p>scale</p>');
  write('charts/risk.csv', 'a,b\n');
  write('_headers', '/*\n  X-Content-Type-Options: nosniff\n/embed/:chart/\n  X-Embed: yes\n');
  write('embed/risk/index.html', '<p>embed</p>');
  site = await startStaticServer(root, 0);
});
afterAll(async () => {
  await new Promise<void>((resolve) => site.server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${site.url}${path}`, { redirect: 'manual' });

describe('startStaticServer', () => {
  test('serves a folder’s index.html and a file with its type, UTF-8 for text, with the _headers rules', async () => {
    const page = await get('/chapters/scale/');
    expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([
      200,
      'text/html;charset=utf-8',
      '<p>scale</p>',
    ]);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-embed')).toBeNull();
    const csv = await get('/charts/risk.csv');
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    expect((await get('/embed/risk/')).headers.get('x-embed')).toBe('yes');
  });
  test('redirects a folder asked for without its slash', async () => {
    const response = await get('/chapters/scale');
    expect([response.status, response.headers.get('location')]).toEqual([301, '/chapters/scale/']);
  });
  test('answers a missing path with the nearest 404.html up the path, with the _headers rules', async () => {
    const english = await get('/chapters/none/');
    expect([english.status, await english.text()]).toEqual([404, '<p>not found</p>']);
    expect(english.headers.get('x-content-type-options')).toBe('nosniff');
    const spanish = await get('/es/capitulos/ninguno/');
    expect([spanish.status, await spanish.text()]).toEqual([404, '<p>no encontrada</p>']);
  });
  test('never serves a file from outside its root', async () => {
    const response = await get('/..%2f..%2fetc/passwd');
    expect(response.status).toBe(404);
  });
});

describe('notFoundPage', () => {
  test('walks up from the requested folder and stops at the root', () => {
    expect(notFoundPage(root, '/es/a/b/')).toBe(join(root, 'es', '404.html'));
    expect(notFoundPage(root, '/es/page.html')).toBe(join(root, 'es', '404.html'));
    expect(notFoundPage(root, '/esx/')).toBe(join(root, '404.html'));
    expect(notFoundPage(join(root, 'chapters'), '/scale/')).toBeUndefined();
  });
});
