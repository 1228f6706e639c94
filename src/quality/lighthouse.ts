/**
 * The pure half of the Lighthouse gate: which pages to audit, which categories the test suite
 * checks, and whether the scores pass. The runs (scripts/lighthouse-run.ts, called by
 * tests/quality/lighthouse.test.ts and scripts/bench.ts) stay thin.
 */

/**
 * Categories whose scores do not depend on how busy the machine is: checked in `npm test`.
 * Performance is timed (simulated throttling still measures real CPU work), so it is scored in
 * `npm run bench`, best of several runs, and kept out of the test suite.
 */
export const deterministicCategories = ['accessibility', 'best-practices', 'seo'] as const;

/** The timed category, scored by `npm run bench`. */
export const timedCategories = ['performance'] as const;

/** Every category, in Lighthouse's order. */
export const lighthouseCategories = [...timedCategories, ...deterministicCategories] as const;

/** Lowest score allowed in any category (Lighthouse scores run from 0 to 1). */
export const minimumLighthouseScore = 0.95;

/** The kinds of page audited. */
export type AuditedPageKind = 'home' | 'chapter' | 'charts' | 'embed' | 'educators' | 'chapterEs' | 'embedEs';

/**
 * The page audited for each kind: the heaviest of its kind by `npm run bench`, so the audit
 * sees the most the site asks of a browser, plus the home page. README.md names them too.
 */
export const auditedPages: Readonly<Record<AuditedPageKind, { path: string; why: string }>> = {
  home: { path: '/', why: 'the front door' },
  chapter: { path: '/chapters/scale/', why: 'the heaviest chapter: the comparison of every incident, with its table' },
  charts: { path: '/charts/', why: 'the chart gallery: every chart and table on one page' },
  embed: { path: '/embed/record-volume/', why: 'the heaviest embed: one bar and one table row per incident' },
  educators: { path: '/educators/simulator/', why: 'the educators page with the most JavaScript' },
  // The Spanish edition: the same heaviest chapter and embed, with their longer words.
  chapterEs: { path: '/es/chapters/scale/', why: 'the heaviest chapter in the Spanish edition' },
  embedEs: { path: '/es/embed/record-volume/', why: 'the heaviest embed in the Spanish edition' },
};

/**
 * Audits left out for a kind of page, each with the reason. Embed pages carry `noindex` on
 * purpose: they are the chart alone, for other sites' iframes, and the chapter that holds the
 * chart is the page search engines should list. Lighthouse's is-crawlable audit would fail them
 * for exactly that, so it is skipped there and nowhere else.
 */
export const skippedAudits: Readonly<Record<AuditedPageKind, { audits: readonly string[]; reason: string }>> = {
  home: { audits: [], reason: '' },
  chapter: { audits: [], reason: '' },
  charts: { audits: [], reason: '' },
  embed: { audits: ['is-crawlable'], reason: 'embed pages are noindex by design; their chapter is the indexed page' },
  educators: { audits: [], reason: '' },
  chapterEs: { audits: [], reason: '' },
  embedEs: { audits: ['is-crawlable'], reason: 'embed pages are noindex by design; their chapter is the indexed page' },
};

/** The page of each kind to audit, as URL paths, and what is missing from the build. */
export interface AuditPlan {
  pages: Partial<Record<AuditedPageKind, string>>;
  /** For each kind whose page is not in the build, a message that says so. */
  missing: Partial<Record<AuditedPageKind, string>>;
}

/** The named audited pages that the build has (`pagePaths` are the URL paths of its pages). */
export function planLighthouseAudits(pagePaths: readonly string[]): AuditPlan {
  const built = new Set(pagePaths);
  const pages: AuditPlan['pages'] = {};
  const missing: AuditPlan['missing'] = {};
  for (const [kind, { path }] of Object.entries(auditedPages) as [AuditedPageKind, { path: string }][]) {
    if (built.has(path)) pages[kind] = path;
    else
      missing[kind] =
        `${path} is not in the build: if it moved or another page of this kind is now heavier, ` +
        'name it in auditedPages (src/quality/lighthouse.ts) and in README.md';
  }
  return { pages, missing };
}

/** Category scores as Lighthouse reports them (score is null when a category could not be scored). */
export type CategoryScores = Readonly<Record<string, { score: number | null; title?: string } | undefined>>;

/** One message per category of `ids` below the minimum or without a score. */
export function lighthouseShortfalls(
  page: string,
  categories: CategoryScores,
  ids: readonly string[] = deterministicCategories,
  minimum = minimumLighthouseScore,
): string[] {
  return ids.flatMap((id) => {
    const score = categories[id]?.score;
    if (score === undefined || score === null) return [`${page}: no ${id} score (the audit did not run or errored)`];
    return score < minimum
      ? [`${page}: ${id} scored ${Math.round(score * 100)}, below ${Math.round(minimum * 100)}`]
      : [];
  });
}

/** The slice of a Lighthouse result that explains a low score. */
export interface LighthouseReport {
  categories: Readonly<
    Record<string, { score: number | null; auditRefs: readonly { id: string; weight: number }[] } | undefined>
  >;
  audits: Readonly<Record<string, { score: number | null; title: string; displayValue?: string } | undefined>>;
}

/** The weighted audits that lost points in `category`, as "id (score): title", worst first. */
export function auditsLosingPoints(report: LighthouseReport, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ audit }) => audit !== undefined && audit.score !== null && audit.score < 1)
    .sort((a, b) => (a.audit?.score ?? 0) - (b.audit?.score ?? 0))
    .map(
      ({ ref, audit }) =>
        `${ref.id} (${Math.round((audit?.score ?? 0) * 100)}): ${audit?.title}${audit?.displayValue ? `, ${audit.displayValue}` : ''}`,
    );
}

/** The best score of each category over several runs of one page (null when no run scored it). */
export function bestScores(
  runs: readonly CategoryScores[],
  ids: readonly string[] = lighthouseCategories,
): Record<string, number | null> {
  return Object.fromEntries(
    ids.map((id) => {
      const scores = runs.map((run) => run[id]?.score).filter((score): score is number => typeof score === 'number');
      return [id, scores.length ? Math.max(...scores) : null];
    }),
  );
}
