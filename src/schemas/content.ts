/**
 * Schemas for the words: chapter frontmatter and corrections-log entries. `src/content.config.ts`
 * hands them to Astro's content collections, and pages take their types from here. What a chapter
 * shows (facts, sources, charts) is read from its MDX body, not listed here.
 */
import { z } from 'zod';
import { chartIdSchema } from '../charts/registry.ts';
import { otherLocales } from '../lib/locales.ts';
import { chapterSlugs } from './chapter-slugs.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export { chapterSlugs, type ChapterSlug } from './chapter-slugs.ts';

/** A chapter slug; anything else fails with the list of slugs. */
export const chapterSlugSchema = z.enum(chapterSlugs);

/**
 * Frontmatter of one chapter. `title`, `dek` and `summary` may hold `{fact:<id>}` placeholders,
 * filled from data/derived at build time, so no figure is ever typed into them.
 */
export const chapterSchema = z.object({
  /** Position in the story, 1 to 6. */
  order: z.number().int().min(1).max(chapterSlugs.length).describe('Position in the story, 1 to 6'),
  /** URL segment; must match the file's place in the story. */
  slug: chapterSlugSchema.describe('URL segment: /chapters/<slug>/'),
  title: z.string().min(1).max(80).describe('Chapter title; may contain {fact:<id>} placeholders'),
  /** One sentence under the title. */
  dek: z.string().min(1).max(240).describe('One sentence under the title'),
  /** Two or three sentences for the cover, search results and link previews. */
  summary: z.string().min(40).max(320).describe('Two or three sentences for the cover and link previews'),
  /** The chart whose PNG is the link-preview image, when the chapter places none itself. */
  ogChart: chartIdSchema.optional().describe('Chart id for og:image when the chapter places no chart'),
  /** Last substantive change to the words. */
  updated: isoDate.describe('Date of the last substantive change, YYYY-MM-DD'),
});

/** One entry in the corrections log: what changed, when, and which charts and chapters it touched. */
export const correctionSchema = z.object({
  /** Day the correction was published. */
  date: isoDate.describe('Day the correction was published, YYYY-MM-DD'),
  /** Charts whose data or wording changed (the embeds show the note too). */
  charts: z.array(chartIdSchema).default([]).describe('Affected chart ids'),
  /** Chapters whose words changed. */
  chapters: z.array(chapterSlugSchema).default([]).describe('Affected chapter slugs'),
  /** What was wrong and what it says now, in one or two plain sentences. */
  text: z.string().min(20).describe('What was wrong and what it says now'),
  /** The same text in each other edition, by routing code ("es"); every edition must have its own. */
  translations: z
    .record(z.enum(otherLocales), z.string().min(20))
    .describe('The text in each other edition, by locale code'),
});
export type CorrectionData = z.output<typeof correctionSchema>;
