/**
 * Each edition's offline trainer pack, zipped at build time: /educators/trainer-pack.zip and
 * /es/educators/trainer-pack.zip. This endpoint writes what comes from the content and data;
 * after the build, pack-finish.ts adds the lab pages and the PDFs to the same ZIP.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { challengesFor, lessonFor, quizFor } from '../../../educators/content.ts';
import { factProse } from '../../../educators/educator-facts.ts';
import { standaloneHandout } from '../../../educators/handout-data.ts';
import { kitChapterLinks } from '../../../educators/links.ts';
import { packCharts } from '../../../educators/pack-charts.ts';
import { packLayout } from '../../../educators/pack-layout.ts';
import { publicSiteUrl } from '../../../educators/site-address.ts';
import { trainerPackFiles, zipTrainerPack } from '../../../educators/trainer-pack.ts';
import { chapterPages } from '../../../lib/chapters.ts';
import { inEveryLocale, pageLocale, type Locale } from '../../../lib/locales.ts';
import { stringsFor } from '../../../lib/strings.ts';

export const getStaticPaths = (() => inEveryLocale()) satisfies GetStaticPaths;

/** Every edition's data/derived CSV files (the Spanish ones with translated headers and labels), by file name. */
const csvByLocale: Record<Locale, Record<string, string>> = {
  en: import.meta.glob<string>('../../../../data/derived/*.csv', { query: '?raw', import: 'default', eager: true }),
  es: import.meta.glob<string>('../../../../data/derived/es/*.csv', { query: '?raw', import: 'default', eager: true }),
};

export const GET: APIRoute = async ({ currentLocale }) => {
  const locale = pageLocale(currentLocale);
  const strings = stringsFor(locale);
  const { fillFacts } = factProse(locale);
  const siteUrl = publicSiteUrl();
  const csv = Object.fromEntries(
    Object.entries(csvByLocale[locale]).map(([path, text]) => [path.split('/').at(-1) ?? path, text]),
  );
  const files = trainerPackFiles({
    handoutHtml: standaloneHandout(locale),
    lesson: lessonFor(locale),
    quiz: quizFor(locale),
    challenges: challengesFor(locale),
    fill: fillFacts,
    chapterLinks: kitChapterLinks(await chapterPages(locale), strings.educators.chapterLabel),
    csvFiles: csv,
    charts: packCharts(siteUrl, locale),
    siteTitle: strings.siteTitle,
    creditTitle: `${strings.siteTitle}: ${fillFacts(strings.siteSubtitle)}`,
    siteUrl,
    strings: strings.educators,
    lang: strings.locale,
    laterFiles: packLayout(locale).laterFiles,
  });
  return new Response(zipTrainerPack(files) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/zip' },
  });
};
