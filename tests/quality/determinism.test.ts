/**
 * Two builds from the same commit are byte-identical: the site is built a second time, into its
 * own output and cache folders, and compared file by file with dist/ (which `npm test` built
 * just before). The data step is not repeated here: data/derived/ is committed, and
 * scripts/build-data.test.ts checks that the data build is deterministic.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { buildDifferences } from '../../src/quality/determinism.ts';
import { readSite } from '../../src/quality/site.ts';
import { readDist } from './dist.ts';

const run = promisify(execFile);
const secondBuild = join('.cache', 'quality', 'second-build');

test('a second build of the same commit gives a byte-identical dist/', async () => {
  const first = readDist();
  rmSync(secondBuild, { recursive: true, force: true });
  await run(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', join(secondBuild, 'dist')],
    {
      env: { ...process.env, ASTRO_CACHE_DIR: join(secondBuild, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const second = readSite(join(secondBuild, 'dist'));
  expect(second.size, 'the second build wrote no files').toBeGreaterThan(0);
  expect(buildDifferences(first, second)).toEqual([]);
});
