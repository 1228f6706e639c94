/**
 * The chapters as pages: sorted by order, frontmatter placeholders filled with figures, and each
 * linked to its neighbours. Used by the chapter route, the cover and the bibliography.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterSlugs } from '../schemas/content.ts';
import { fillFactPlaceholders } from './chapter-text.ts';
import { getFact } from './data.ts';

/** A chapter ready to render or link to. */
export interface ChapterPage {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  order: number;
  title: string;
  dek: string;
  summary: string;
  body: string;
  href: string;
  /** Chart for the link-preview image: the chapter's first chart, or its ogChart. */
  ogChart: string | undefined;
  previous: { href: string; title: string } | undefined;
  next: { href: string; title: string } | undefined;
}

/** Every chapter in reading order. Throws when the collection does not match the six fixed slugs. */
export async function chapterPages(): Promise<ChapterPage[]> {
  const entries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const slugs = entries.map((entry) => entry.data.slug);
  if (slugs.join() !== chapterSlugs.join())
    throw new Error(`Chapters must be, in order: ${chapterSlugs.join(', ')}. Found: ${slugs.join(', ')}.`);
  const pages = entries.map((entry) => ({
    entry,
    slug: entry.data.slug,
    order: entry.data.order,
    title: fillFactPlaceholders(entry.data.title, getFact),
    dek: fillFactPlaceholders(entry.data.dek, getFact),
    summary: fillFactPlaceholders(entry.data.summary, getFact),
    body: entry.body ?? '',
    href: `/chapters/${entry.data.slug}/`,
    ogChart: entry.data.charts[0] ?? entry.data.ogChart,
  }));
  return pages.map((page, index) => {
    const before = pages[index - 1];
    const after = pages[index + 1];
    return {
      ...page,
      previous: before && { href: before.href, title: before.title },
      next: after && { href: after.href, title: after.title },
    };
  });
}
