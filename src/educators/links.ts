/**
 * Every link from the educators' pages to pages other branches build, in one typed place, so the
 * integrator can check them in one go: the six chapters (story branch), the chart files
 * (charts branch) and the embed pages (embeds branch).
 */

/** Chapter slugs, in reading order (fixed by the project's contract). */
export const chapterSlugs = ['what-happened', 'misconfiguration', 'timeline', 'records', 'risk', 'scale'] as const;
export type ChapterSlug = (typeof chapterSlugs)[number];

/** The chapters' titles as the story branch writes them; `{fact:id}` markers are filled in by the caller. */
export const chapterTitles: Record<ChapterSlug, string> = {
  'what-happened': 'What happened',
  misconfiguration: 'The misconfiguration',
  timeline: 'The timeline',
  records: 'What was in the records',
  risk: 'The risk',
  scale: 'How big is {fact:records-exposed}?',
};

/** "/chapters/<slug>/". */
export function chapterHref(slug: ChapterSlug): string {
  return `/chapters/${slug}/`;
}

/** "Chapter 2: The misconfiguration" (may hold `{fact:id}` markers, as the titles do). */
export function chapterLabel(slug: ChapterSlug): string {
  return `Chapter ${chapterSlugs.indexOf(slug) + 1}: ${chapterTitles[slug]}`;
}

/** Chart ids the charts branch promises (more may exist). */
export const contractChartIds = [
  'timeline',
  'record-volume',
  'records-by-year-cause',
  'field-inventory',
  'risk',
] as const;

/** The files and pages one chart is published as. */
export function chartLinks(id: string): { svg: string; png: string; csv: string; json: string; embed: string } {
  return {
    svg: `/charts/${id}.svg`,
    png: `/charts/${id}.png`,
    csv: `/charts/${id}.csv`,
    json: `/charts/${id}.json`,
    embed: `/embed/${id}/`,
  };
}

/** The educators' own pages. */
export const educatorPages = {
  hub: '/educators/',
  quiz: '/educators/quiz/',
  simulator: '/educators/simulator/',
  challenges: '/educators/challenges/',
  redactionLab: '/educators/redaction-lab/',
  handout: '/educators/handout/',
  trainerPack: '/educators/trainer-pack.zip',
} as const;
