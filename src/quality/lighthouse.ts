/**
 * The pure half of the Lighthouse gate: which pages to audit and whether the scores pass. The
 * run itself (tests/quality/lighthouse.test.ts) stays thin.
 */

/** The categories audited, each of which must score at least `minimumLighthouseScore`. */
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lowest score allowed in any category (Lighthouse scores run from 0 to 1). */
export const minimumLighthouseScore = 0.95;

/** The kinds of page audited. */
export type AuditedPageKind = 'home' | 'chapter' | 'embed';

/**
 * Audits left out for a kind of page, each with the reason. Embed pages carry `noindex` on
 * purpose: they are the chart alone, for other sites' iframes, and the chapter that holds the
 * chart is the page search engines should list. Lighthouse's is-crawlable audit would fail them
 * for exactly that, so it is skipped there and nowhere else.
 */
export const skippedAudits: Readonly<Record<AuditedPageKind, { audits: readonly string[]; reason: string }>> = {
  home: { audits: [], reason: '' },
  chapter: { audits: [], reason: '' },
  embed: { audits: ['is-crawlable'], reason: 'embed pages are noindex by design; their chapter is the indexed page' },
};

/** The page of each kind to audit, as URL paths, chosen from the built pages. */
export interface AuditPlan {
  pages: Partial<Record<AuditedPageKind, string>>;
  /** For each kind with no page in the build, a message that says so and who builds it. */
  missing: Partial<Record<AuditedPageKind, string>>;
}

/**
 * Picks the home page, the first chapter (/chapters/<slug>/) and the first embed page
 * (/embed/<id>/, not the gallery /embed/) from the URL paths of the built pages.
 */
export function planLighthouseAudits(pagePaths: readonly string[]): AuditPlan {
  const sorted = [...pagePaths].sort();
  const pages: AuditPlan['pages'] = {};
  const missing: AuditPlan['missing'] = {};
  const home = sorted.find((path) => path === '/');
  const chapter = sorted.find((path) => /^\/chapters\/[^/]+\/$/.test(path));
  const embed = sorted.find((path) => /^\/embed\/[^/]+\/$/.test(path));
  if (home) pages.home = home;
  else missing.home = 'no home page (dist/index.html)';
  if (chapter) pages.chapter = chapter;
  else missing.chapter = 'no chapter page (dist/chapters/<slug>/index.html): the story branch builds them';
  if (embed) pages.embed = embed;
  else missing.embed = 'no embed page (dist/embed/<chart-id>/index.html): the embeds branch builds them';
  return { pages, missing };
}

/** Category scores as Lighthouse reports them (score is null when a category could not be scored). */
export type CategoryScores = Readonly<Record<string, { score: number | null; title?: string } | undefined>>;

/** One message per audited category below the minimum or without a score. */
export function lighthouseShortfalls(
  page: string,
  categories: CategoryScores,
  minimum = minimumLighthouseScore,
): string[] {
  return lighthouseCategories.flatMap((id) => {
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
