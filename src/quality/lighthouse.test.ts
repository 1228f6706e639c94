import { describe, expect, test } from 'vitest';
import { lighthouseShortfalls, planLighthouseAudits } from './lighthouse.ts';

describe('planLighthouseAudits(pagePaths)', () => {
  test('picks the home page, the first chapter and the first embed page, not the gallery', () => {
    expect(planLighthouseAudits(['/embed/', '/embed/timeline/', '/embed/risk/', '/chapters/what-happened/', '/chapters/risk/', '/', '/404.html'])).toEqual({
      pages: { home: '/', chapter: '/chapters/risk/', embed: '/embed/risk/' },
      missing: [],
    });
  });
  test('says which kinds of page the build lacks', () => {
    expect(planLighthouseAudits(['/', '/embed/']).missing).toEqual([
      'no chapter page (dist/chapters/<slug>/index.html): the story branch builds them',
      'no embed page (dist/embed/<chart-id>/index.html): the embeds branch builds them',
    ]);
  });
});

describe('lighthouseShortfalls(page, categories)', () => {
  const scores = (performance: number | null) => ({ performance: { score: performance }, accessibility: { score: 1 }, 'best-practices': { score: 0.96 }, seo: { score: 0.95 } });
  test('passes scores of 0.95 and above', () => {
    expect(lighthouseShortfalls('/', scores(0.99))).toEqual([]);
  });
  test('names a category below 0.95 or without a score', () => {
    expect(lighthouseShortfalls('/', scores(0.9))).toEqual(['/: performance scored 90, below 95']);
    expect(lighthouseShortfalls('/', scores(null))).toEqual(['/: no performance score (the audit did not run or errored)']);
    expect(lighthouseShortfalls('/', { performance: { score: 1 } })).toHaveLength(3);
  });
});
