/**
 * The six chapter slugs, in reading order; URLs are `/chapters/<slug>/`. Declared here, free of
 * imports, because src/schemas/content.ts (which re-exports them for everything else) loads the
 * chart modules for its chart-id schema, and code loaded with astro.config.mjs (the trainer
 * pack's layout) must not pay for that on every Astro command.
 */
export const chapterSlugs = ['what-happened', 'misconfiguration', 'timeline', 'records', 'risk', 'scale'] as const;
export type ChapterSlug = (typeof chapterSlugs)[number];
