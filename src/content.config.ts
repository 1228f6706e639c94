/**
 * Content collections: the six chapters of every edition (MDX in content/chapters, and
 * content/<locale>/chapters for the others; an entry's id is its path, "es/chapters/01-what-happened",
 * because the editions share slugs) and the corrections log
 * (JSON files in content/corrections). Schemas live in src/schemas/content.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, correctionSchema } from './schemas/content.ts';

const chapters = defineCollection({
  loader: glob({
    pattern: ['chapters/*.mdx', '*/chapters/*.mdx'],
    base: './content',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: chapterSchema,
});

/** One JSON file per correction, named `YYYY-MM-DD-<what>.json`; README.md explains the format. */
const corrections = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/corrections' }),
  schema: correctionSchema,
});

export const collections = { chapters, corrections };
