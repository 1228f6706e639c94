/**
 * The educators' own pages, and how the kit names a chapter. Chapter slugs, titles and links come
 * from the chapters collection (src/lib/chapters.ts), chart files and embed pages from
 * src/charts/download-links.ts.
 */
import type { ChapterPage } from '../lib/chapters.ts';
import { fillTemplate } from '../lib/template.ts';
import type { ChapterSlug } from '../schemas/content.ts';

/** A chapter as the kit links to it: its URL and a label with its number ("Chapter 2: The misconfiguration"). */
export interface KitChapterLink {
  href: string;
  label: string;
}

/**
 * Each chapter's link and numbered label, by slug, from an edition's chapter list (its titles with
 * figures filled in) and its `educators.chapterLabel` template ("Chapter {n}: {title}").
 */
export function kitChapterLinks(
  chapters: readonly Pick<ChapterPage, 'slug' | 'order' | 'title' | 'href'>[],
  chapterLabel: string,
): Record<ChapterSlug, KitChapterLink> {
  return Object.fromEntries(
    chapters.map((chapter) => [
      chapter.slug,
      { href: chapter.href, label: fillTemplate(chapterLabel, { n: chapter.order, title: chapter.title }) },
    ]),
  ) as Record<ChapterSlug, KitChapterLink>;
}

/** The educators' own pages, as every edition shares them: a page links its own edition's with `Edition.href`. */
export const educatorPages = {
  hub: '/educators/',
  quiz: '/educators/quiz/',
  simulator: '/educators/simulator/',
  challenges: '/educators/challenges/',
  redactionLab: '/educators/redaction-lab/',
  handout: '/educators/handout/',
  trainerPack: '/educators/trainer-pack.zip',
} as const;
