import { describe, expect, test } from 'vitest';
import { benchReport, formatSeconds, replaceBetweenMarkers } from './bench-report.ts';
import type { PageWeights } from './page-weights.ts';

const weights = (url: string, js: number): PageWeights & { url: string } => ({
  url,
  page: `${url.slice(1)}index.html`,
  html: 4000,
  css: 2500,
  js,
  fonts: 20_000,
  total: 26_500 + js,
  assets: [],
  missing: [],
});

describe('benchReport(pages, timings, childScriptGzipBytes)', () => {
  const report = benchReport([weights('/sources/', 0), weights('/', 1234)], { dataMs: 812, siteMs: 14_250 }, 950);
  test('starts with the build times', () => {
    expect(report.split('\n')[0]).toBe('Build times: data 0.8 s, site 14.3 s.');
  });
  test('has one row per page, sorted by URL, in KB', () => {
    expect(report).toContain(
      '| `/` | 4.0 | 2.5 | 1.2 | 20.0 | 27.7 |\n| `/sources/` | 4.0 | 2.5 | 0.0 | 20.0 | 26.5 |',
    );
  });
  test('ends with the child script', () => {
    expect(report.split('\n').at(-1)).toBe('Embed child script `/embed/child.js`: 0.9 KB gzip.');
  });
  test('leaves out what was not measured', () => {
    const bare = benchReport([], undefined, undefined);
    expect(bare).not.toContain('Build times');
    expect(bare).not.toContain('child script `');
  });
});

describe('replaceBetweenMarkers(text, content)', () => {
  test('replaces only what sits between the markers', () => {
    expect(replaceBetweenMarkers('a\n<!-- bench:start -->\nold\n<!-- bench:end -->\nb', 'new')).toBe(
      'a\n<!-- bench:start -->\nnew\n<!-- bench:end -->\nb',
    );
  });
  test('throws when the markers are missing', () => {
    expect(() => replaceBetweenMarkers('no markers', 'x')).toThrow(/needs <!-- bench:start -->/);
  });
});

describe('formatSeconds(milliseconds)', () => {
  test('rounds to a tenth of a second', () => {
    expect(formatSeconds(1049)).toBe('1.0 s');
  });
});
