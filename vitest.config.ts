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
          // One module graph per worker, not per file: the unit tests are pure (no mocks, stubs or fake
          // timers), and importing d3, zod and the data build afresh for each file was over half their time.
          isolate: false,
          // Type tests (src/**/*.test-d.ts) are not run here: `tsc --noEmit` (typecheck:ts, part of test:static)
          // compiles them with the rest of src/, and a failed expectTypeOf is a compile error there.
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
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
          // What a page does in a second alone can take several on 2 busy cores: expect.poll's default of
          // one second failed the quiz and simulator tests under load. A time limit is not what they check.
          expect: { poll: { timeout: 10_000 } },
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
