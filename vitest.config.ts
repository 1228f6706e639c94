import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs pure code and needs nothing built; `site` drives Chromium against dist/.
export default defineConfig({
  test: {
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
    projects: [
      {
        test: {
          name: 'unit',
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
          fileParallelism: false,
        },
      },
    ],
  },
});
