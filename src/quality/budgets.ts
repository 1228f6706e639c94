/**
 * The byte budgets of the site, in one place. Sizes are gzip-compressed bytes (zlib's default
 * level, close to what static hosts send), and 1 KB = 1,000 bytes, the stricter reading.
 */

/** A budget in gzip bytes, with the rule it enforces in words for failure messages. */
export interface Budget {
  /** Most gzip bytes allowed. */
  maxGzipBytes: number;
  /** What is measured, for messages ("JavaScript of a chapter page"). */
  measures: string;
}

const kilobytes = (count: number): number => count * 1000;

/** Every budget the test suite enforces. */
export const budgets = {
  /** All JavaScript a chapter page loads (its scripts and everything they import). */
  chapterJs: { maxGzipBytes: kilobytes(30), measures: 'JavaScript of a chapter page' },
  /** HTML, CSS, JavaScript and the fonts it needs, for one chapter page. */
  chapterTotal: { maxGzipBytes: kilobytes(150), measures: 'HTML + CSS + JS + fonts of a chapter page' },
  /** All JavaScript an embed page loads. */
  embedJs: { maxGzipBytes: kilobytes(30), measures: 'JavaScript of an embed page' },
  /** The Pym-compatible child script that embed pages load (/embed/child.js). */
  embedChildScript: { maxGzipBytes: kilobytes(2), measures: 'the embed child script' },
} as const satisfies Record<string, Budget>;

/** A readable size: "12.3 KB". */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A message when `gzipBytes` is over the budget, or undefined when within it. */
export function budgetOverrun(budget: Budget, gzipBytes: number, where: string): string | undefined {
  if (gzipBytes <= budget.maxGzipBytes) return undefined;
  return (
    `${where}: ${budget.measures} is ${formatKilobytes(gzipBytes)} gzip, over the budget of ` +
    `${formatKilobytes(budget.maxGzipBytes)} by ${formatKilobytes(gzipBytes - budget.maxGzipBytes)}`
  );
}
