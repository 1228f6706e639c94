/**
 * The offline trainer pack, zipped at build time: /educators/trainer-pack.zip. This endpoint
 * writes what comes from the content and data; after the build, pack-finish.ts adds the lab
 * pages and the PDFs to the same ZIP.
 */
import type { APIRoute } from 'astro';
import strings from '../../../content/strings.json';
import { challenges } from '../../educators/challenges.ts';
import { lesson, quiz } from '../../educators/content.ts';
import { fillFacts } from '../../educators/educator-facts.ts';
import { standaloneHandout } from '../../educators/handout-data.ts';
import { packCharts } from '../../educators/pack-charts.ts';
import { kitChapterLinks } from '../../educators/links.ts';
import { laterPackFiles } from '../../educators/pack-layout.ts';
import { publicSiteUrl } from '../../educators/site-address.ts';
import { trainerPackFiles, zipTrainerPack } from '../../educators/trainer-pack.ts';
import { chapterPages } from '../../lib/chapters.ts';

const csvFiles = import.meta.glob<string>('../../../data/derived/*.csv', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const GET: APIRoute = async () => {
  const siteUrl = publicSiteUrl();
  const csv = Object.fromEntries(
    Object.entries(csvFiles).map(([path, text]) => [path.split('/').at(-1) ?? path, text]),
  );
  const files = trainerPackFiles({
    handoutHtml: standaloneHandout(),
    lesson,
    quiz,
    challenges,
    fill: fillFacts,
    chapterLinks: kitChapterLinks(await chapterPages()),
    csvFiles: csv,
    charts: packCharts(siteUrl),
    siteTitle: strings.siteTitle,
    creditTitle: `${strings.siteTitle}: ${fillFacts(strings.siteSubtitle)}`,
    siteUrl,
    strings: strings.educators,
    laterFiles: laterPackFiles,
  });
  return new Response(zipTrainerPack(files) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/zip' },
  });
};
