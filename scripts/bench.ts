/**
 * `npm run bench`: builds the data and the site, timing each, prints every page's gzip weight by
 * type (HTML, CSS, JS, fonts) against its budget, then Lighthouse performance on the audited
 * pages, best of N runs (performance is timed, so it lives here and not in `npm test`).
 *
 * Options:
 * - `--no-build`: measure the existing dist/ without building.
 * - `--write`: also put the figures into README.md between the bench markers.
 * - `--lighthouse N`: runs per page for the performance score (default 3; 0 skips Lighthouse).
 * - `--scale N`: the scale benchmark. Copies data/raw to a temporary folder, adds synthetic
 *   incidents (each with its own source row) up to N in all, builds the data and the site from
 *   the copy, and prints times, page weights and derived-file sizes next to the real data's.
 *   The copy is deleted afterwards; `--keep DIR` writes it to DIR instead (for repeated timings).
 *   `--data-only` stops after the data build. It fails (exit code 1) when the synthetic site does
 *   not build or a page of it is over its budget (src/quality/budgets.ts).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify, parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';
import { runLighthouse, withChromium } from './lighthouse-run.ts';
import { findChromium } from '../tests/browser/chromium.ts';
import {
  benchReport,
  performanceReport,
  replaceBetweenMarkers,
  scaleOverruns,
  scaleReport,
  type BuildTimings,
  type PerformanceResult,
  type ScaleRun,
} from '../src/quality/bench-report.ts';
import {
  auditedPages,
  minimumLighthouseScore,
  skippedAudits,
  type AuditedPageKind,
} from '../src/quality/lighthouse.ts';
import { gzipBytes, pageWeights } from '../src/quality/page-weights.ts';
import { htmlPages, pageUrlPath, readSite } from '../src/quality/site.ts';
import { exactFigure, exactFigureIncidentId, syntheticIncidentRows } from '../src/quality/synthetic-incidents.ts';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    lighthouse: { type: 'string', default: '3' },
    scale: { type: 'string' },
    keep: { type: 'string' },
    'data-only': { type: 'boolean', default: false },
  },
});

const run = promisify(execFile);

/** GNU time, when installed: it reports a run's CPU time and peak memory, which the machine's load does not change. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** What one build step cost: wall time, and where GNU time is installed, CPU time (user + system) and peak memory. */
interface StepCost {
  ms: number;
  cpuMs?: number;
  peakMb?: number;
  error?: string;
}

/** Runs a Node script to completion: what it cost, or why it failed. */
async function timed(script: string[], env: NodeJS.ProcessEnv = {}): Promise<StepCost> {
  const usage = gnuTime ? join(await mkdtemp(join(tmpdir(), 'left-open-time-')), 'usage') : undefined;
  const [command, args] = usage
    ? [gnuTime!, ['-f', '%U %S %M', '-o', usage, process.execPath, ...script]]
    : [process.execPath, script];
  const start = performance.now();
  const cost = async (): Promise<Omit<StepCost, 'error'>> => {
    const ms = performance.now() - start;
    if (!usage) return { ms };
    const [user, system, peakKb] = (await readFile(usage, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
    await rm(dirname(usage), { recursive: true, force: true });
    return { ms, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, peakMb: (peakKb ?? 0) / 1024 };
  };
  try {
    await run(command, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 256 * 1024 * 1024,
    });
    return await cost();
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    const text = (stderr || message).trim().split('\n');
    return { ...(await cost()), error: text.slice(-12).join('\n') };
  }
}

/** Builds data and site into the given folders; exits on a failure of the real build. */
async function buildAll(raw: string, derived: string, dist: string, env: NodeJS.ProcessEnv = {}) {
  const data = await timed(['--import', 'tsx', 'scripts/build-data.ts', '--raw', raw, '--out', derived]);
  if (data.error || values['data-only']) return { data, site: undefined };
  const site = await timed(['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], env);
  return { data, site };
}

/** Every page of a built site with its weights, and the bytes of every other file. */
function weightsOf(dist: string) {
  const site = readSite(dist);
  return {
    site,
    pages: htmlPages(site).map((file) => ({ ...pageWeights(site, file), url: pageUrlPath(file) })),
    fileBytes: Object.fromEntries(
      [...site].filter(([file]) => !file.endsWith('.html')).map(([file, bytes]) => [file, bytes.byteLength]),
    ),
  };
}

async function derivedBytes(dir: string): Promise<Record<string, number>> {
  const names = (await readdir(dir)).filter((name) => /\.(csv|json)$/.test(name));
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await stat(join(dir, name))).size])));
}

/** Lighthouse performance, best of `runs`, on each audited page of dist/. */
async function lighthousePerformance(runs: number): Promise<PerformanceResult[]> {
  if (runs <= 0) return [];
  const chromiumPath = findChromium();
  const { server, url } = await startStaticServer('dist', 0);
  try {
    const results: PerformanceResult[] = [];
    for (const [kind, { path }] of Object.entries(auditedPages) as [AuditedPageKind, { path: string }][]) {
      const scores: (number | null)[] = [];
      for (let attempt = 0; attempt < runs; attempt++) {
        const result = await withChromium(chromiumPath, (chrome) =>
          runLighthouse(`${url}${path}`, {
            port: chrome.port,
            categories: ['performance'],
            skipAudits: skippedAudits[kind].audits,
          }),
        );
        scores.push(result.lhr.categories['performance']?.score ?? null);
      }
      results.push({ path, scores });
    }
    return results;
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
}

async function realRun(): Promise<{ timings?: BuildTimings; cpu?: ScaleRun['cpu'] }> {
  if (values['no-build']) return {};
  const { data, site } = await buildAll('data/raw', 'data/derived', 'dist');
  const failed = data.error ?? site?.error;
  if (failed) {
    console.error(`The build of the real data failed:\n${failed}`);
    process.exit(1);
  }
  return { timings: { dataMs: data.ms, siteMs: site?.ms ?? 0 }, cpu: cpuOf(data, site) };
}

/** The CPU side of a run's two steps, when GNU time measured them. */
function cpuOf(data: StepCost, site: StepCost | undefined): ScaleRun['cpu'] {
  if (data.cpuMs === undefined) return undefined;
  return { dataMs: data.cpuMs, siteMs: site?.cpuMs, sitePeakMb: site?.peakMb };
}

async function scaleBenchmark(total: number) {
  const realIncidents = (await readFile('data/raw/incidents.csv', 'utf8')).trimEnd().split('\n').length - 1;
  if (!Number.isInteger(total) || total < realIncidents)
    throw new Error(
      `--scale needs a whole number of at least ${realIncidents} (the real incidents), got ${values.scale}`,
    );
  const { timings, cpu } = values['data-only'] ? { timings: undefined, cpu: undefined } : await realRun();
  const realSite = values['data-only'] ? undefined : weightsOf('dist');
  const real: ScaleRun = {
    incidents: realIncidents,
    ...(timings ? { dataMs: timings.dataMs, siteMs: timings.siteMs } : {}),
    ...(cpu && { cpu }),
    pages: realSite?.pages ?? [],
    derivedBytes: await derivedBytes('data/derived'),
    ...(realSite && { fileBytes: realSite.fileBytes }),
  };

  const work = values.keep ? resolve(values.keep) : await mkdtemp(join(tmpdir(), 'left-open-scale-'));
  if (work.startsWith(resolve('.')))
    throw new Error('--keep must be outside the project: the synthetic copy is never committed');
  await rm(work, { recursive: true, force: true });
  await cp('data/raw', join(work, 'raw'), { recursive: true });
  const rows = syntheticIncidentRows(total - realIncidents);
  for (const [file, lines] of [
    ['incidents.csv', rows.incidents],
    ['sources.csv', rows.sources],
  ] as const) {
    const text = await readFile(join(work, 'raw', file), 'utf8');
    await writeFile(join(work, 'raw', file), `${text.trimEnd()}\n${lines.join('\n')}\n`);
  }
  const derived = join(work, 'derived');
  const dist = join(work, 'dist');
  const { data, site } = await buildAll(join(work, 'raw'), derived, dist, { LEFT_OPEN_DERIVED_DIR: derived });
  if (data.error) throw new Error(`The data build of ${total} incidents failed:\n${data.error}`);
  const built = site && !site.error ? weightsOf(dist) : undefined;
  const scaledCpu = cpuOf(data, site);
  const scaled: ScaleRun = {
    incidents: total,
    dataMs: data.ms,
    ...(site ? { siteMs: site.ms } : {}),
    ...(scaledCpu && { cpu: scaledCpu }),
    ...(site?.error ? { failed: site.error.split('\n').at(-1) ?? 'see above' } : {}),
    pages: built?.pages ?? [],
    derivedBytes: await derivedBytes(derived),
    ...(built && { fileBytes: built.fileBytes }),
  };
  if (site?.error)
    console.error(
      `The site build of ${total} incidents failed after ${(site.ms / 1000).toFixed(1)} s:\n${site.error}\n`,
    );

  // The census-sized figure, followed to the chart download of the built site.
  const derivedText = await readFile(join(derived, 'incidents.json'), 'utf8');
  const inDerived = derivedText.includes(`"records": ${exactFigure},`);
  const chartCsv = built ? new TextDecoder().decode(built.site.get('charts/record-volume.csv')) : '';
  const inSite = chartCsv.split('\n').some((line) => line.includes(`,${exactFigure},`));
  const exactNote =
    `Exactness: incident \`${exactFigureIncidentId}\` has ${exactFigure} records: ` +
    `data/derived/incidents.json ${inDerived ? 'has it exactly' : 'DOES NOT have it exactly'}` +
    (built ? `; the built /charts/record-volume.csv ${inSite ? 'has it exactly' : 'DOES NOT have it exactly'}.` : '.');
  console.log(scaleReport(real, scaled, exactNote));
  if (values.keep) console.log(`\nThe synthetic copy is in ${work} (raw/, derived/, dist/).`);
  else await rm(work, { recursive: true, force: true });
  // Pages stay within budget whatever the size of the data: a page over its budget, or no site, fails the benchmark.
  const overruns = scaleOverruns(scaled);
  if (overruns.length)
    console.error(`\nOver budget at ${total} incidents:\n${overruns.map((line) => `- ${line}`).join('\n')}`);
  if (overruns.length || site?.error) process.exitCode = 1;
}

if (values.scale !== undefined) {
  await scaleBenchmark(Number(values.scale));
} else {
  const { timings } = await realRun();
  const { site, pages } = weightsOf('dist');
  const child = site.get('embed/child.js');
  const performanceResults = await lighthousePerformance(Number(values.lighthouse));
  const report = [
    benchReport(pages, timings, child ? gzipBytes(child) : undefined),
    performanceReport(performanceResults, minimumLighthouseScore),
  ]
    .filter(Boolean)
    .join('\n\n');
  console.log(report);
  if (values.write) {
    await writeFile('README.md', replaceBetweenMarkers(await readFile('README.md', 'utf8'), report));
    console.log('\nREADME.md updated.');
  }
}
