/**
 * Figures are bound to the data: a fact changed in a copy of data/raw, built by the data build and
 * the site build into a temporary folder, shows its new value in the built chapter text and the
 * chart's title. It reads the built files only (no browser), and its builds use
 * their own output and cache folders, so dist/ and the main build's cache are left as they were.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';

const run = promisify(execFile);

/** The page at a site path in a built site, parsed. */
function builtDocument(path: string, root: string): Document {
  return parseHTML(readFileSync(join(root, path, 'index.html'), 'utf8')).document;
}

test('a fact changed in a copy of data/raw shows its new value in the built chapter text and chart title', async () => {
  const work = await mkdtemp(join(tmpdir(), 'left-open-story-'));
  try {
    await cp('data/raw', join(work, 'raw'), { recursive: true });
    const factsCsv = await readFile(join(work, 'raw', 'facts.csv'), 'utf8');
    const changed = factsCsv.replace(/^records-exposed,number,\d+,/m, 'records-exposed,number,263000000,');
    expect(changed).not.toBe(factsCsv);
    await writeFile(join(work, 'raw', 'facts.csv'), changed);
    await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/build-data.ts',
      '--raw',
      join(work, 'raw'),
      '--out',
      join(work, 'derived'),
    ]);
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')], {
      // Only the chapters are read, so the educators' kit is not finished (its PDFs are printed in Chromium).
      env: {
        ...process.env,
        LEFT_OPEN_DERIVED_DIR: join(work, 'derived'),
        LEFT_OPEN_KIT_FINISH: 'skip',
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    const chapter = builtDocument('/chapters/what-happened/', join(work, 'dist'));
    const body = chapter.querySelector('.chapter-body')?.textContent ?? '';
    expect(body).toContain('263 million');
    expect(body).not.toContain('250 million');
    const shown = [...chapter.querySelectorAll('[data-fact="records-exposed"]')].map((span) => span.textContent);
    expect(shown.length).toBeGreaterThan(2);
    expect(new Set(shown)).toEqual(new Set(['263 million']));
    expect(builtDocument('/chapters/scale/', join(work, 'dist')).querySelector('h1')?.textContent).toBe(
      'How big is 263 million?',
    );
    // The chart's title reads the fact (its comparison bars read incidents.csv, which has its own row).
    const svg = await readFile(join(work, 'dist', 'charts/record-volume.svg'), 'utf8');
    expect(svg.match(/<title id="chart-record-volume-title">([^<]*)</)?.[1]).toContain('263 million records');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}, 300_000);
