import { defineConfig } from 'vitest/config';

// Projects: `unit` runs pure code and needs nothing built; `site` drives Chromium against dist/;
// `quality` checks dist/ against the quality gates (tests/quality/).
export default defineConfig({
  test: {
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
    projects: [
      {
        test: {
          name: 'unit',
          // Property tests run the whole data build dozens of times; on a busy 2-core machine one took over
          // vitest's 5 s default while passing alone in 1.5 s. A time limit is not what these tests check.
          testTimeout: 60_000,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at a time, each in its own worker, all connected to the one Chromium and static server
          // (global-setup.ts): a browser test spends much of its time waiting on the page, which the other
          // file's work fills. One at a time, the project used about half of the machine's 2 cores.
          fileParallelism: true,
          maxWorkers: 2,
          // Concurrent tests within a file (the crawl, the per-chart checks) open this many pages at once.
          maxConcurrency: 3,
        },
      },
      {
        // Quality gates over dist/: budgets, CSP, validity, links, personal data, Lighthouse, determinism.
        test: {
          name: 'quality',
          include: ['tests/quality/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
