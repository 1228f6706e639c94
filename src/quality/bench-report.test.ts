import { describe, expect, test } from 'vitest';
import {
  benchReport,
  formatSeconds,
  performanceReport,
  replaceBetweenMarkers,
  scaleOverruns,
  scaleReport,
} from './bench-report.ts';
import type { PageWeights } from './page-weights.ts';

const weights = (url: string, js: number, html = 4000): PageWeights & { url: string } => ({
  url,
  page: `${url.slice(1)}index.html`,
  html,
  css: 2500,
  js,
  fonts: 20_000,
  total: html + 22_500 + js,
  assets: [],
  missing: [],
});

describe('benchReport(pages, timings, childScriptGzipBytes)', () => {
  const report = benchReport(
    [weights('/sources/', 0), weights('/', 1234, 44_000)],
    { dataMs: 812, siteMs: 14_250 },
    950,
  );
  test('starts with the build times', () => {
    expect(report.split('\n')[0]).toBe('Build times: data 0.8 s, site 14.3 s.');
  });
  test('has one row per page, sorted by URL, in KB, each against the budget of its kind', () => {
    // The home page has budgets of its own (src/quality/budgets.ts): this made-up one's 67.7 KB is over the
    // home page's total, though under other pages' (the sources page's).
    expect(report).toContain(
      '| `/` | 44.0 | 2.5 | 1.2 | 20.0 | 67.7 | over |\n| `/sources/` | 4.0 | 2.5 | 0.0 | 20.0 | 26.5 | within |',
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

describe('scaleReport(real, scaled, note)', () => {
  const real = {
    incidents: 44,
    dataMs: 500,
    siteMs: 9000,
    pages: [weights('/charts/', 2000), weights('/about/', 600)],
    derivedBytes: { 'incidents.json': 14_700, 'fields.json': 7500 },
    fileBytes: { 'charts/record-volume.png': 562_000, 'charts/risk.png': 279_000 },
  };
  const scaled = {
    incidents: 1000,
    dataMs: 1500,
    siteMs: 20_000,
    pages: [{ ...weights('/charts/', 2000), html: 200_000, total: 224_500 }, weights('/about/', 600)],
    derivedBytes: { 'incidents.json': 314_100, 'fields.json': 7500 },
    fileBytes: { 'charts/record-volume.png': 800_000, 'charts/risk.png': 279_000 },
  };
  const report = scaleReport(real, scaled, 'Exactness: fine.');
  test('puts the build times side by side, and the CPU times and peak memory when they were measured', () => {
    expect(report).toContain('| data | 0.5 s | 1.5 s |\n| site | 9.0 s | 20.0 s |\n\n');
    const cpu = scaleReport(
      { ...real, cpu: { dataMs: 400, siteMs: 8000, sitePeakMb: 900.4 } },
      { ...scaled, cpu: { dataMs: 1200, siteMs: 12_000, sitePeakMb: 1500 } },
      '',
    );
    expect(cpu).toContain(
      '| data, CPU | 0.4 s | 1.2 s |\n| site, CPU | 8.0 s | 12.0 s |\n| site, peak memory | 900 MB | 1,500 MB |',
    );
  });
  test('shows each page real and scaled, with its growth and its budget', () => {
    expect(report).toContain(
      '| `/charts/` | 28.5 | 224.5 | ×7.9 | 4.0 → 200.0 | over: HTML + CSS + JS + fonts of the chart gallery',
    );
    expect(report).toContain('| `/about/` | 27.1 | 27.1 | ×1.0 | 4.0 → 4.0 | within |');
  });
  test('lists what grows with the data, pages and derived files, and ends with the note', () => {
    expect(report).toContain(
      'Grows with the data (more than ×1.2): \n- `/charts/` 28.5 → 224.5 KB gzip (×7.9)\n' +
        '- `data/derived/incidents.json` 14.7 → 314.1 KB (×21.4)\n' +
        '- `/charts/record-volume.png` 562.0 → 800.0 KB (×1.4)',
    );
    expect(report).toContain('| `/charts/record-volume.png` | 562.0 KB | 800.0 KB | ×1.4 |');
    expect(report).not.toContain('risk.png');
  });
  test('counts the budgets the scaled pages break, or says every page is within', () => {
    expect(report).toContain('Budgets at 1000 incidents: 1 over.');
    expect(scaleOverruns(scaled)).toEqual([expect.stringMatching(/^\/charts\/: HTML \+ CSS \+ JS \+ fonts/)]);
    const within = { ...scaled, pages: real.pages };
    expect(scaleReport(real, within, '')).toContain('Budgets at 1000 incidents: every page within its budget.');
    expect(scaleOverruns(within)).toEqual([]);
    expect(report.endsWith('Exactness: fine.')).toBe(true);
  });
  test('says when the scaled site did not build', () => {
    expect(scaleReport(real, { ...scaled, pages: [], failed: 'JavaScript heap out of memory' }, '')).toContain(
      '| site | 9.0 s | failed: JavaScript heap out of memory |',
    );
  });
});

describe('performanceReport(results, minimum)', () => {
  test('gives the best of the runs per page and flags one below the minimum', () => {
    expect(
      performanceReport(
        [
          { path: '/', scores: [0.91, 0.99, null] },
          { path: '/charts/', scores: [0.8, 0.85, 0.9] },
        ],
        0.95,
      ),
    ).toBe(
      'Lighthouse performance (mobile defaults), best of 3 runs; minimum 95:\n\n' +
        '- `/`: 99 (runs: 91, 99, –) ok\n- `/charts/`: 90 (runs: 80, 85, 90) BELOW the minimum',
    );
  });
  test('is empty when Lighthouse did not run', () => {
    expect(performanceReport([], 0.95)).toBe('');
  });
});
