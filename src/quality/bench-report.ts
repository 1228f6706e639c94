/**
 * The text `npm run bench` prints and writes into README.md: a Markdown table of every page's
 * gzip weight by type, and the build times. Pure: the script measures, these functions format.
 */
import { budgets, formatKilobytes } from './budgets.ts';
import type { PageWeights } from './page-weights.ts';

/** Wall-clock times of the build steps, in milliseconds. */
export interface BuildTimings {
  dataMs: number;
  siteMs: number;
}

/** Seconds with one decimal: "12.3 s". */
export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/** The Markdown report: build times, then one row per page (URL path, HTML, CSS, JS, fonts, total, in KB gzip). */
export function benchReport(
  pages: readonly (PageWeights & { url: string })[],
  timings: BuildTimings | undefined,
  childScriptGzipBytes: number | undefined,
): string {
  const lines: string[] = [];
  if (timings)
    lines.push(`Build times: data ${formatSeconds(timings.dataMs)}, site ${formatSeconds(timings.siteMs)}.`, '');
  lines.push(
    `Gzip weights in KB (1 KB = 1,000 bytes). Budgets: JS per chapter or embed page ${formatKilobytes(budgets.chapterJs.maxGzipBytes)}, ` +
      `HTML + CSS + JS + fonts per chapter page ${formatKilobytes(budgets.chapterTotal.maxGzipBytes)}, ` +
      `embed child script ${formatKilobytes(budgets.embedChildScript.maxGzipBytes)}.`,
    '',
    '| page | HTML | CSS | JS | fonts | total |',
    '|---|--:|--:|--:|--:|--:|',
  );
  const number = (bytes: number) => (bytes / 1000).toFixed(1);
  for (const page of [...pages].sort((a, b) => a.url.localeCompare(b.url))) {
    lines.push(
      `| \`${page.url}\` | ${number(page.html)} | ${number(page.css)} | ${number(page.js)} | ` +
        `${number(page.fonts)} | ${number(page.total)} |`,
    );
  }
  if (childScriptGzipBytes !== undefined)
    lines.push('', `Embed child script \`/embed/child.js\`: ${formatKilobytes(childScriptGzipBytes)} gzip.`);
  return lines.join('\n');
}

/** Markers around the generated figures in README.md. */
export const benchMarkers = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' } as const;

/** `text` with everything between the bench markers replaced by `content`; throws when the markers are missing or out of order. */
export function replaceBetweenMarkers(
  text: string,
  content: string,
  markers: { start: string; end: string } = benchMarkers,
): string {
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start)
    throw new Error(`README.md needs ${markers.start} and ${markers.end}, in that order, around the figures`);
  return `${text.slice(0, start + markers.start.length)}\n${content}\n${text.slice(end)}`;
}
