/**
 * `npm run bench`: builds the data and the site, timing each, then prints every page's gzip
 * weight by type (HTML, CSS, JS, fonts). `--no-build` measures the existing dist/ without
 * building; `--write` also puts the figures into README.md between the bench markers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { benchReport, replaceBetweenMarkers, type BuildTimings } from '../src/quality/bench-report.ts';
import { gzipBytes, pageWeights } from '../src/quality/page-weights.ts';
import { htmlPages, pageUrlPath, readSite } from '../src/quality/site.ts';

const args = new Set(process.argv.slice(2));

/** Runs a Node script to completion and returns how long it took, in milliseconds. */
function timed(script: string[], env: NodeJS.ProcessEnv = {}): number {
  const start = performance.now();
  execFileSync(process.execPath, script, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return performance.now() - start;
}

let timings: BuildTimings | undefined;
if (!args.has('--no-build')) {
  const dataMs = timed(['--import', 'tsx', 'scripts/build-data.ts']);
  const siteMs = timed(['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  timings = { dataMs, siteMs };
}

const site = readSite('dist');
const pages = htmlPages(site).map((file) => ({ ...pageWeights(site, file), url: pageUrlPath(file) }));
const child = site.get('embed/child.js');
const report = benchReport(pages, timings, child ? gzipBytes(child) : undefined);
console.log(report);

if (args.has('--write')) {
  writeFileSync('README.md', replaceBetweenMarkers(readFileSync('README.md', 'utf8'), report));
  console.log('\nREADME.md updated.');
}
