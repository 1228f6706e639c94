import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundleEmbedScript } from './bundle.ts';

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).byteLength;

describe('bundleEmbedScript', () => {
  test('bundleEmbedScript("child.js") is at most 2 KB gzip and self-contained', async () => {
    const child = await bundleEmbedScript('child.js');
    expect(child).not.toMatch(/\bimport\b|\bexport\b/);
    expect(child).toContain('xPYMx');
    expect(child).toContain('embed-size');
    expect(child).toContain('secret');
    expect(gzipBytes(child)).toBeLessThanOrEqual(2048);
  });

  test('bundleEmbedScript("loader.js") is a small classic script that reads its own address', async () => {
    const loader = await bundleEmbedScript('loader.js');
    expect(loader).not.toMatch(/\bimport\b|\bexport\b/);
    expect(loader).toContain('currentScript');
    expect(gzipBytes(loader)).toBeLessThanOrEqual(1024);
  });
});
