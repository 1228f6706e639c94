import { describe, expect, test } from 'vitest';
import { auditsLosingPoints, lighthouseShortfalls, planLighthouseAudits, skippedAudits } from './lighthouse.ts';

describe('planLighthouseAudits(pagePaths)', () => {
  test('picks the home page, the first chapter and the first embed page, not the gallery', () => {
    expect(
      planLighthouseAudits([
        '/embed/',
        '/embed/timeline/',
        '/embed/risk/',
        '/chapters/what-happened/',
        '/chapters/risk/',
        '/',
        '/404.html',
      ]),
    ).toEqual({
      pages: { home: '/', chapter: '/chapters/risk/', embed: '/embed/risk/' },
      missing: {},
    });
  });
  test('says which kinds of page the build lacks', () => {
    expect(planLighthouseAudits(['/', '/embed/']).missing).toEqual({
      chapter: 'no chapter page (dist/chapters/<slug>/index.html): the story branch builds them',
      embed: 'no embed page (dist/embed/<chart-id>/index.html): the embeds branch builds them',
    });
  });
});

describe('lighthouseShortfalls(page, categories)', () => {
  const scores = (performance: number | null) => ({
    performance: { score: performance },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
    seo: { score: 0.95 },
  });
  test('passes scores of 0.95 and above', () => {
    expect(lighthouseShortfalls('/', scores(0.99))).toEqual([]);
  });
  test('names a category below 0.95 or without a score', () => {
    expect(lighthouseShortfalls('/', scores(0.9))).toEqual(['/: performance scored 90, below 95']);
    expect(lighthouseShortfalls('/', scores(null))).toEqual([
      '/: no performance score (the audit did not run or errored)',
    ]);
    expect(lighthouseShortfalls('/', { performance: { score: 1 } })).toHaveLength(3);
  });
});

describe('auditsLosingPoints(report, category)', () => {
  test('lists weighted audits below a full score, worst first, and skips unweighted or unscored ones', () => {
    const report = {
      categories: {
        performance: {
          score: 0.8,
          auditRefs: [
            { id: 'lcp', weight: 25 },
            { id: 'cls', weight: 25 },
            { id: 'tbt', weight: 30 },
            { id: 'diagnostic', weight: 0 },
            { id: 'manual', weight: 10 },
          ],
        },
      },
      audits: {
        lcp: { score: 0.7, title: 'Largest Contentful Paint', displayValue: '3.1 s' },
        cls: { score: 1, title: 'Cumulative Layout Shift' },
        tbt: { score: 0.2, title: 'Total Blocking Time' },
        diagnostic: { score: 0, title: 'Diagnostics' },
        manual: { score: null, title: 'Manual check' },
      },
    };
    expect(auditsLosingPoints(report, 'performance')).toEqual([
      'tbt (20): Total Blocking Time',
      'lcp (70): Largest Contentful Paint, 3.1 s',
    ]);
  });
});

describe('skippedAudits', () => {
  test('skips only is-crawlable, only on embed pages, and says why', () => {
    expect(Object.entries(skippedAudits).filter(([, skip]) => skip.audits.length > 0)).toEqual([
      ['embed', { audits: ['is-crawlable'], reason: expect.stringContaining('noindex') }],
    ]);
  });
});
