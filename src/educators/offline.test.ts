import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serviceWorkerFile, writeServiceWorker } from './offline.ts';

const roots: string[] = [];
/** A tiny built site. */
function fixtureDist(pageText = 'kit'): string {
  const root = mkdtempSync(join(tmpdir(), 'left-open-sw-'));
  roots.push(root);
  const files: Record<string, string> = {
    'educators/index.html': `<h1>${pageText}</h1>`,
    'chapters/risk/index.html': '<h1>risk</h1>',
    'embed/risk/index.html': '<h1>embed</h1>',
    'es/educators/index.html': '<h1>kit</h1>',
    'es/chapters/risk/index.html': '<h1>riesgo</h1>',
    'es/embed/risk/index.html': '<h1>embed</h1>',
    '_astro/page.abc123.js': 'console.log(1)',
    'index.html': '<h1>home</h1>',
    'favicon.svg': '<svg/>',
    'theme-init.js': '',
    'sw-register.js': '',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('writeServiceWorker', () => {
  test("writeServiceWorker precaches both editions' kit and chapters, not the embeds, with a stable manifest", async () => {
    const [first, second] = [fixtureDist(), fixtureDist()];
    expect(await writeServiceWorker(first!)).toMatchObject({ count: 8 });
    await writeServiceWorker(second!);
    const worker = readFileSync(join(first!, serviceWorkerFile), 'utf8');
    expect(readFileSync(join(second!, serviceWorkerFile), 'utf8')).toBe(worker);
    expect(worker).toContain('educators/index.html');
    expect(worker).toContain('chapters/risk/index.html');
    expect(worker).toContain('"es/educators/index.html"');
    expect(worker).toContain('"es/chapters/risk/index.html"');
    expect(worker).not.toContain('embed/risk');
  }, 60_000);
  test('writeServiceWorker gives a changed page a new revision, so a new build replaces the old cache entry', async () => {
    const [before, after] = [fixtureDist('kit'), fixtureDist('kit, updated')];
    await writeServiceWorker(before!);
    await writeServiceWorker(after!);
    const revision = (root: string) =>
      /url:"educators\/index\.html",revision:"([0-9a-f]+)"/.exec(
        readFileSync(join(root, serviceWorkerFile), 'utf8'),
      )?.[1];
    expect(revision(before!)).toMatch(/^[0-9a-f]{32}$/);
    expect(revision(after!)).not.toBe(revision(before!));
  }, 60_000);
});
