import { describe, expect, test } from 'vitest';
import {
  auditedPages,
  auditsLosingPoints,
  bestScores,
  deterministicCategories,
  lighthouseShortfalls,
  planLighthouseAudits,
  skippedAudits,
} from './lighthouse.ts';

describe('planLighthouseAudits(pagePaths)', () => {
  const built = [
    '/',
    '/chapters/scale/',
    '/chapters/risk/',
    '/charts/',
    '/embed/',
    '/embed/record-volume/',
    '/educators/simulator/',
    '/es/chapters/scale/',
    '/es/embed/record-volume/',
  ];
  test('audits the named heaviest page of each kind, and the home page', () => {
    expect(planLighthouseAudits(built)).toEqual({
      pages: {
        home: '/',
        chapter: '/chapters/scale/',
        charts: '/charts/',
        embed: '/embed/record-volume/',
        educators: '/educators/simulator/',
        chapterEs: '/es/chapters/scale/',
        embedEs: '/es/embed/record-volume/',
      },
      missing: {},
    });
  });
  test('says which named page the build lacks and where to rename it', () => {
    expect(planLighthouseAudits(built.filter((path) => path !== '/charts/')).missing).toEqual({
      charts: expect.stringMatching(/^\/charts\/ is not in the build: .*auditedPages \(src\/quality\/lighthouse\.ts\)/),
    });
  });
  test('names a reason for each audited page', () => {
    expect(Object.values(auditedPages).every(({ why }) => why.length > 10)).toBe(true);
  });
});

describe('lighthouseShortfalls(page, categories, ids)', () => {
  const scores = (accessibility: number | null, performance = 0.5) => ({
    performance: { score: performance },
    accessibility: { score: accessibility },
    'best-practices': { score: 0.96 },
    seo: { score: 0.95 },
  });
  test('checks the deterministic categories by default: a slow machine cannot fail it', () => {
    expect(deterministicCategories).toEqual(['accessibility', 'best-practices', 'seo']);
    expect(lighthouseShortfalls('/', scores(0.99, 0.3))).toEqual([]);
  });
  test('names a category below 0.95 or without a score', () => {
    expect(lighthouseShortfalls('/', scores(0.9))).toEqual(['/: accessibility scored 90, below 95']);
    expect(lighthouseShortfalls('/', scores(null))).toEqual([
      '/: no accessibility score (the audit did not run or errored)',
    ]);
    expect(lighthouseShortfalls('/', { accessibility: { score: 1 } })).toHaveLength(2);
  });
  test('checks performance when asked, as the bench does', () => {
    expect(lighthouseShortfalls('/', scores(1, 0.9), ['performance'])).toEqual(['/: performance scored 90, below 95']);
  });
});

describe('bestScores(runs)', () => {
  test('keeps the best score of each category over the runs', () => {
    expect(
      bestScores(
        [{ performance: { score: 0.81 } }, { performance: { score: 0.97 } }, { performance: { score: null } }],
        ['performance', 'seo'],
      ),
    ).toEqual({ performance: 0.97, seo: null });
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
      ['embedEs', { audits: ['is-crawlable'], reason: expect.stringContaining('noindex') }],
    ]);
  });
});
