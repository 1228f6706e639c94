/**
 * The byte budgets of the site, in one place. Sizes are gzip-compressed bytes (zlib's default
 * level, close to what static hosts send), and 1 KB = 1,000 bytes, the stricter reading.
 *
 * Each budget is the measured size of the heaviest page of its kind plus 30% headroom, so a
 * regression shows at once instead of hiding under a limit 4 to 10 times too high. When a page
 * grows on purpose (a new visual, a Spanish edition, more data), run `npm run bench`, and set
 * that budget's `measuredKb` to the new size of its heaviest page: the limit follows.
 */

/** How much above the measured size a budget allows. */
export const budgetHeadroom = 0.3;

/** A budget in gzip bytes, with what it measures and where it was measured, for failure messages. */
export interface Budget {
  /** Most gzip bytes allowed: the measured size plus the headroom. */
  maxGzipBytes: number;
  /** What is measured, for messages ("JavaScript of a chapter page"). */
  measures: string;
  /** Gzip KB of the heaviest page of the kind when the budget was last set (absent for an ad hoc budget). */
  measuredKb?: number;
  /** That page (URL path), and when it was measured. */
  measuredOn?: string;
}

/** A budget at `measuredKb` plus the headroom, rounded up to 0.1 KB. */
function measured(measuredKb: number, measures: string, measuredOn: string): Budget {
  return { maxGzipBytes: Math.ceil(measuredKb * (1 + budgetHeadroom) * 10) * 100, measures, measuredKb, measuredOn };
}

/**
 * Every budget the test suite enforces (measured on 2026-12-01 with `npm run bench`). The totals of
 * every page kind but embeds include the text face, Source Sans 3 in two weights (31.3 KB, preloaded
 * by every page that uses BaseLayout's stylesheet: src/styles/fonts.ts says why both); embed pages
 * draw their chart in the reader's own fonts and load none.
 */
export const budgets = {
  /**
   * All JavaScript a chapter page loads (its scripts and everything they import). Counted this way
   * it includes the sound player (0.7 KB), which a page fetches only when a reader presses "Play as sound".
   */
  chapterJs: measured(5.0, 'JavaScript of a chapter page', '/chapters/scale/, 2026-12-01'),
  /** HTML, CSS, JavaScript and the fonts it needs, for one chapter page. */
  chapterTotal: measured(68.8, 'HTML + CSS + JS + fonts of a chapter page', '/chapters/scale/, 2026-12-01'),
  /** All JavaScript an embed page (/embed/<chart>/) loads. */
  embedJs: measured(5.4, 'JavaScript of an embed page', '/embed/record-volume/, 2026-12-01'),
  /** Everything an embed page loads. */
  embedTotal: measured(25.9, 'HTML + CSS + JS + fonts of an embed page', '/embed/record-volume/, 2026-12-01'),
  /** The Pym-compatible child script that embed pages load (/embed/child.js). */
  embedChildScript: measured(1.1, 'the embed child script', '/embed/child.js, 2026-12-01'),
  /** The chart gallery (/charts/), which shows every chart at once. */
  chartsJs: measured(5.0, 'JavaScript of the chart gallery', '/charts/, 2026-12-01'),
  chartsTotal: measured(76.1, 'HTML + CSS + JS + fonts of the chart gallery', '/charts/, 2026-12-01'),
  /** The educators' kit (/educators/…), whose simulator and redaction lab run in the page. */
  educatorsJs: measured(24.4, 'JavaScript of an educators page', '/educators/simulator/, 2026-12-01'),
  educatorsTotal: measured(67.2, 'HTML + CSS + JS + fonts of an educators page', '/educators/simulator/, 2026-12-01'),
  /** The home page, which leads with the cover graphic (a chart, with its interaction). */
  homeJs: measured(4.3, 'JavaScript of the home page', '/, 2026-12-01'),
  homeTotal: measured(49.0, 'HTML + CSS + JS + fonts of the home page', '/, 2026-12-01'),
  /** Every other page: sources, data, methodology, about, corrections, the embed gallery, 404. */
  pageJs: measured(1.5, 'JavaScript of a page', '/embed/, 2026-12-01'),
  pageTotal: measured(56.0, 'HTML + CSS + JS + fonts of a page', '/sources/, 2026-12-01'),
} as const satisfies Record<string, Budget>;

/** Name of one budget. */
export type BudgetName = keyof typeof budgets;

/** The kinds of page with budgets of their own. */
export type PageKind = 'home' | 'chapter' | 'embed' | 'charts' | 'educators' | 'page';

/** The JavaScript and total budget of each kind of page. */
export const pageBudgets: Readonly<Record<PageKind, { js: BudgetName; total: BudgetName }>> = {
  home: { js: 'homeJs', total: 'homeTotal' },
  chapter: { js: 'chapterJs', total: 'chapterTotal' },
  embed: { js: 'embedJs', total: 'embedTotal' },
  charts: { js: 'chartsJs', total: 'chartsTotal' },
  educators: { js: 'educatorsJs', total: 'educatorsTotal' },
  page: { js: 'pageJs', total: 'pageTotal' },
};

/**
 * The kind of the page at `urlPath` ("/chapters/scale/"). A leading language segment
 * ("/es/chapters/scale/") is skipped, so an edition's pages share the budgets of their originals.
 */
export function pageKind(urlPath: string): PageKind {
  const path = urlPath.replace(/^\/[a-z]{2}(?=\/)/, '');
  if (path === '/') return 'home';
  if (/^\/chapters\/[^/]+\/$/.test(path)) return 'chapter';
  if (/^\/embed\/[^/]+\/$/.test(path)) return 'embed';
  if (path === '/charts/') return 'charts';
  if (path.startsWith('/educators/')) return 'educators';
  return 'page';
}

/** A readable size: "12.3 KB". */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A message when `gzipBytes` is over the budget, or undefined when within it. */
export function budgetOverrun(budget: Budget, gzipBytes: number, where: string): string | undefined {
  if (gzipBytes <= budget.maxGzipBytes) return undefined;
  return (
    `${where}: ${budget.measures} is ${formatKilobytes(gzipBytes)} gzip, over the budget of ` +
    `${formatKilobytes(budget.maxGzipBytes)} by ${formatKilobytes(gzipBytes - budget.maxGzipBytes)}` +
    (budget.measuredKb === undefined
      ? ''
      : ` (${budget.measuredKb.toFixed(1)} KB measured on ${budget.measuredOn}, plus ${budgetHeadroom * 100}%). ` +
        'If the growth is intended, set its measuredKb in src/quality/budgets.ts to the size `npm run bench` reports.')
  );
}

/** Every budget a page with these weights breaks, as messages (none when it is within them). */
export function pageBudgetOverruns(urlPath: string, weights: { js: number; total: number }, where: string): string[] {
  const { js, total } = pageBudgets[pageKind(urlPath)];
  return [budgetOverrun(budgets[js], weights.js, where), budgetOverrun(budgets[total], weights.total, where)].filter(
    (message): message is string => message !== undefined,
  );
}
