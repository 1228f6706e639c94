/**
 * The chapters as pages: sorted by order, frontmatter placeholders filled with figures, each with
 * what its MDX uses (facts, sources, charts, words: recorded by the component-uses plugin) and
 * linked to its neighbours. The one list of chapters, with their titles, for every page that links
 * to one: the chapter route, the cover, the bibliography, the charts index and the educators' kit.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { chapterSlugs, type ChapterSlug } from '../schemas/content.ts';
import { chartHomesOf, type ComponentUses } from './component-uses.ts';
import { getFact } from './data.ts';
import { formatFactValue } from './format.ts';
import { factIdsInTemplate, fillFacts } from './template.ts';

/** A link to a chapter. */
export interface ChapterLink {
  href: string;
  title: string;
}

/** A chapter ready to render or link to. */
export interface ChapterPage extends ChapterLink {
  entry: CollectionEntry<'chapters'>;
  slug: ChapterSlug;
  order: number;
  dek: string;
  summary: string;
  /** What the chapter's MDX uses. */
  uses: ComponentUses;
  /** Facts named by `{fact:<id>}` markers in the title, dek and summary. */
  frontmatterFacts: string[];
  /** Chart for the link-preview image: the chapter's first chart, or its ogChart. */
  ogChart: string | undefined;
  previous: ChapterLink | undefined;
  next: ChapterLink | undefined;
}

/** `/chapters/<slug>/`. */
export function chapterHref(slug: ChapterSlug): string {
  return `/chapters/${slug}/`;
}

const formatFact = (id: string) => formatFactValue(getFact(id));

/** Every chapter in reading order. Throws when the collection does not match the six fixed slugs. */
export async function chapterPages(): Promise<ChapterPage[]> {
  const entries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const slugs = entries.map((entry) => entry.data.slug);
  if (slugs.join() !== chapterSlugs.join())
    throw new Error(`Chapters must be, in order: ${chapterSlugs.join(', ')}. Found: ${slugs.join(', ')}.`);
  const pages = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const uses = remarkPluginFrontmatter['uses'] as ComponentUses | undefined;
      if (!uses)
        throw new Error(`No component uses recorded for ${entry.id}: is componentUsesPlugin in astro.config.mjs?`);
      const { title, dek, summary } = entry.data;
      return {
        entry,
        slug: entry.data.slug,
        order: entry.data.order,
        title: fillFacts(title, formatFact),
        dek: fillFacts(dek, formatFact),
        summary: fillFacts(summary, formatFact),
        href: chapterHref(entry.data.slug),
        uses,
        frontmatterFacts: factIdsInTemplate([title, dek, summary].join('\n')),
        ogChart: uses.charts[0] ?? entry.data.ogChart,
      };
    }),
  );
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

/** The chapter each chart belongs to: the first chapter that places it with `<ChartFigure>`. */
export async function chartChapters(): Promise<Map<string, ChapterPage>> {
  return chartHomesOf(await chapterPages());
}
