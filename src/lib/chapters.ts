/**
 * The chapters as pages: sorted by order, frontmatter placeholders filled with figures, each with
 * what its MDX uses (facts, sources, charts, words: recorded by the component-uses plugin) and
 * linked to its neighbours. The one list of chapters, with their titles, for every page that links
 * to one: the chapter route, the cover, the bibliography, the charts index and the educators' kit.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { chapterSlugs, type ChapterSlug } from '../schemas/content.ts';
import { chartHomesOf, type ComponentUses } from './component-uses.ts';
import { dataFor } from './data.ts';
import { contentDir, defaultLocale, localizedPath, type Locale } from './locales.ts';
import { stringsFor } from './strings.ts';
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

/** `/chapters/<slug>/`, or `/es/chapters/<slug>/` in Spanish: every edition keeps the English slugs. */
export function chapterHref(slug: ChapterSlug, locale: Locale = defaultLocale): string {
  return localizedPath(locale, `/chapters/${slug}/`);
}

/** Whether a `chapters` entry (id "chapters/01-what-happened", "es/chapters/01-what-happened") is in `locale`'s edition. */
function inEdition(entryId: string, locale: Locale): boolean {
  return `content/${entryId}`.startsWith(`${contentDir(locale)}/chapters/`);
}

/** Every chapter of an edition in reading order. Throws when the edition's chapters do not match the six fixed slugs. */
export async function chapterPages(locale: Locale = defaultLocale): Promise<ChapterPage[]> {
  const { getFact } = dataFor(locale);
  const tag = stringsFor(locale).locale;
  const formatFact = (id: string) => formatFactValue(getFact(id), tag);
  const entries = (await getCollection('chapters', (entry) => inEdition(entry.id, locale))).sort(
    (a, b) => a.data.order - b.data.order,
  );
  const slugs = entries.map((entry) => entry.data.slug);
  if (slugs.join() !== chapterSlugs.join())
    throw new Error(
      `Chapters in ${contentDir(locale)}/chapters must be, in order: ${chapterSlugs.join(', ')}. Found: ${slugs.join(', ') || 'none'}.`,
    );
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
        href: chapterHref(entry.data.slug, locale),
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
export async function chartChapters(locale: Locale = defaultLocale): Promise<Map<string, ChapterPage>> {
  return chartHomesOf(await chapterPages(locale));
}
