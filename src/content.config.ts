/**
 * Content collections: the six chapters (MDX in content/chapters) and the corrections log
 * (JSON files in content/corrections). Schemas live in src/schemas/content.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, correctionSchema } from './schemas/content.ts';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** One JSON file per correction, named `YYYY-MM-DD-<what>.json`; README.md explains the format. */
const corrections = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/corrections' }),
  schema: correctionSchema,
});

export const collections = { chapters, corrections };
