/**
 * The text `npm run bench` prints and writes into README.md: a Markdown table of every page's
 * gzip weight by type, and the build times. Pure: the script measures, these functions format.
 */
import { budgets, formatKilobytes, pageBudgetOverruns, pageBudgets, type BudgetName } from './budgets.ts';
import type { PageWeights } from './page-weights.ts';

/** Wall-clock times of the build steps, in milliseconds. */
export interface BuildTimings {
  dataMs: number;
  siteMs: number;
}

/** "chapter 3.9 / 51.4 KB, embed …": each kind's JavaScript and total budgets. */
function budgetSummary(): string {
  return (Object.entries(pageBudgets) as [string, { js: BudgetName; total: BudgetName }][])
    .map(([kind, { js, total }]) => `${kind} ${kb(budgets[js].maxGzipBytes)} / ${kb(budgets[total].maxGzipBytes)} KB`)
    .join(', ');
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
    'Gzip weights in KB (1 KB = 1,000 bytes). Budgets (src/quality/budgets.ts, the heaviest page of each kind plus 30%), ' +
      `JS / total: ${budgetSummary()}; embed child script ${formatKilobytes(budgets.embedChildScript.maxGzipBytes)}.`,
    '',
    '| page | HTML | CSS | JS | fonts | total | budget |',
    '|---|--:|--:|--:|--:|--:|---|',
  );
  for (const page of [...pages].sort((a, b) => a.url.localeCompare(b.url))) {
    const over = pageBudgetOverruns(page.url, page, page.url).length > 0;
    lines.push(
      `| \`${page.url}\` | ${[page.html, page.css, page.js, page.fonts, page.total].map(kb).join(' | ')} | ${over ? 'over' : 'within'} |`,
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

/** One side of the scale comparison: how many incidents, how long the builds took, and what they made. */
export interface ScaleRun {
  incidents: number;
  dataMs?: number;
  /** Undefined when the site was not built; `failed` says why when it did not build. */
  siteMs?: number;
  failed?: string;
  /**
   * CPU time (user + system, child processes included) of each step and the site build's peak
   * memory, where GNU time measured them: unlike wall time, the machine's load barely moves them.
   */
  cpu?: { dataMs: number; siteMs?: number | undefined; sitePeakMb?: number | undefined };
  pages: readonly (PageWeights & { url: string })[];
  /** Bytes of each derived file. */
  derivedBytes: Readonly<Record<string, number>>;
  /** Bytes of each built file that is not a page (downloads, images, the trainer pack), by path in dist/. */
  fileBytes?: Readonly<Record<string, number>>;
}

/** Every budget a run's pages break, one message per page and budget (none when all are within). */
export function scaleOverruns(run: Pick<ScaleRun, 'pages'>): string[] {
  return run.pages.flatMap((page) => pageBudgetOverruns(page.url, page, page.url));
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const growth = (before: number, after: number) => (before > 0 ? `×${(after / before).toFixed(1)}` : '');

/**
 * The scale benchmark's report: build times, then every page's gzip weight with the real data
 * and with the synthetic set, its growth and its budget, then the derived files, then a list of
 * what grew by more than `noticeable` (×1.2) so the report names what grows with the data.
 */
export function scaleReport(real: ScaleRun, scaled: ScaleRun, exactFigureNote: string, noticeable = 1.2): string {
  const seconds = (ms: number | undefined) => (ms === undefined ? 'not built' : formatSeconds(ms));
  const megabytes = (mb: number | undefined) =>
    mb === undefined ? 'not built' : `${Math.round(mb).toLocaleString('en-GB')} MB`;
  const lines = [
    `Scale benchmark: ${real.incidents} incidents (the real data) against ${scaled.incidents} (synthetic rows added).`,
    '',
    `| build | ${real.incidents} incidents | ${scaled.incidents} incidents |`,
    '|---|--:|--:|',
    `| data | ${seconds(real.dataMs)} | ${seconds(scaled.dataMs)} |`,
    `| site | ${seconds(real.siteMs)} | ${scaled.failed ? `failed: ${scaled.failed}` : seconds(scaled.siteMs)} |`,
    ...(real.cpu || scaled.cpu
      ? [
          `| data, CPU | ${seconds(real.cpu?.dataMs)} | ${seconds(scaled.cpu?.dataMs)} |`,
          `| site, CPU | ${seconds(real.cpu?.siteMs)} | ${seconds(scaled.cpu?.siteMs)} |`,
          `| site, peak memory | ${megabytes(real.cpu?.sitePeakMb)} | ${megabytes(scaled.cpu?.sitePeakMb)} |`,
        ]
      : []),
    '',
  ];
  const byUrl = new Map(scaled.pages.map((page) => [page.url, page]));
  const grown: string[] = [];
  if (scaled.pages.length) {
    lines.push(
      `Gzip KB per page (HTML + CSS + JS + fonts), real → ${scaled.incidents} incidents, and the budget of its kind at that size:`,
      '',
      `| page | real | ${scaled.incidents} | growth | HTML real → ${scaled.incidents} | budget at ${scaled.incidents} |`,
      '|---|--:|--:|--:|--:|---|',
    );
    for (const page of [...real.pages].sort((a, b) => a.url.localeCompare(b.url))) {
      const after = byUrl.get(page.url);
      if (!after) {
        lines.push(`| \`${page.url}\` | ${kb(page.total)} | missing | | | |`);
        continue;
      }
      const overruns = pageBudgetOverruns(after.url, after, after.url).map((message) =>
        message.replace(/^[^:]+: /, '').replace(/ \(.*$/, ''),
      );
      lines.push(
        [
          `| \`${page.url}\``,
          kb(page.total),
          kb(after.total),
          growth(page.total, after.total),
          `${kb(page.html)} → ${kb(after.html)}`,
          `${overruns.length ? `over: ${overruns.join('; ')}` : 'within'} |`,
        ].join(' | '),
      );
      if (after.total > page.total * noticeable)
        grown.push(
          `\`${page.url}\` ${kb(page.total)} → ${kb(after.total)} KB gzip (${growth(page.total, after.total)})`,
        );
    }
    lines.push('');
  }
  lines.push(`| derived file | real | ${scaled.incidents} | growth |`, '|---|--:|--:|--:|');
  for (const [file, bytes] of Object.entries(real.derivedBytes).sort(([a], [b]) => a.localeCompare(b))) {
    const after = scaled.derivedBytes[file] ?? 0;
    lines.push(`| \`${file}\` | ${kb(bytes)} KB | ${kb(after)} KB | ${growth(bytes, after)} |`);
    if (after > bytes * noticeable)
      grown.push(`\`data/derived/${file}\` ${kb(bytes)} → ${kb(after)} KB (${growth(bytes, after)})`);
  }
  // Built files (downloads, images, the pack) have no budget; the ones that grow are listed, so the report says why.
  // The /data/ downloads are the derived files above, so they are not listed twice.
  const files = Object.entries(real.fileBytes ?? {})
    .filter(([file, bytes]) => !file.startsWith('data/') && (scaled.fileBytes?.[file] ?? 0) > bytes * noticeable)
    .sort(([a], [b]) => a.localeCompare(b));
  if (files.length) {
    lines.push('', `| built file that grows | real | ${scaled.incidents} | growth |`, '|---|--:|--:|--:|');
    for (const [file, bytes] of files) {
      const after = scaled.fileBytes?.[file] ?? 0;
      lines.push(`| \`/${file}\` | ${kb(bytes)} KB | ${kb(after)} KB | ${growth(bytes, after)} |`);
      grown.push(`\`/${file}\` ${kb(bytes)} → ${kb(after)} KB (${growth(bytes, after)})`);
    }
  }
  const overruns = scaleOverruns(scaled);
  lines.push(
    '',
    scaled.pages.length
      ? overruns.length
        ? `Budgets at ${scaled.incidents} incidents: ${overruns.length} over.`
        : `Budgets at ${scaled.incidents} incidents: every page within its budget.`
      : `Budgets at ${scaled.incidents} incidents: not checked (no site built).`,
  );
  lines.push('', `Grows with the data (more than ×${noticeable}): ${grown.length ? '' : 'nothing.'}`);
  for (const item of grown) lines.push(`- ${item}`);
  lines.push('', exactFigureNote);
  return lines.join('\n');
}

/** Lighthouse performance of one audited page over several runs. */
export interface PerformanceResult {
  path: string;
  /** Each run's score, 0 to 1 (null when a run could not score it). */
  scores: readonly (number | null)[];
}

/** The bench's Lighthouse lines: best performance score of N runs per audited page, against the 0.95 minimum. */
export function performanceReport(results: readonly PerformanceResult[], minimum: number): string {
  if (!results.length) return '';
  const lines = [
    `Lighthouse performance (mobile defaults), best of ${Math.max(...results.map((result) => result.scores.length))} runs; ` +
      `minimum ${Math.round(minimum * 100)}:`,
    '',
  ];
  for (const { path, scores } of results) {
    const scored = scores.filter((score): score is number => score !== null);
    const best = scored.length ? Math.max(...scored) : undefined;
    const runs = scores.map((score) => (score === null ? '–' : Math.round(score * 100))).join(', ');
    const verdict = best === undefined ? 'no score' : best >= minimum ? 'ok' : 'BELOW the minimum';
    lines.push(`- \`${path}\`: ${best === undefined ? '–' : Math.round(best * 100)} (runs: ${runs}) ${verdict}`);
  }
  return lines.join('\n');
}
