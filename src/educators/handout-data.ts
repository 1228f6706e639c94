/**
 * The handout and the trainer pack assembled from the site's data: the thin I/O end around
 * handout.ts and trainer-pack.ts, used by the handout page and the ZIP endpoint.
 */
import strings from '../../content/strings.json';
import { getFact } from '../lib/data.ts';
import { lesson, quiz } from './content.ts';
import printCss from './handout-print.css?raw';
import { escapeHtml, handoutHtml } from './handout.ts';
import { packCharts } from './pack-charts.ts';
import { formatFact, fillFacts } from './educator-facts.ts';
import { trainerPackFiles, zipTrainerPack } from './trainer-pack.ts';

/** The handout fragment, for the page and the pack. */
export function siteHandoutHtml(site: URL | undefined): string {
  return handoutHtml({
    lesson,
    withFacts: fillFacts,
    keyFact: (id) => ({ label: getFact(id).label, value: formatFact(id) }),
    headings: strings.educators.handout,
    title: strings.educators.pages.handout.title,
    sourcesUrl: new URL('/sources/', site ?? 'https://left-open.example.org').href,
  });
}

/** The handout as a standalone document with its own styles, for the ZIP. */
export function standaloneHandout(site: URL | undefined): string {
  const title = escapeHtml(`${strings.educators.pages.handout.title} | ${strings.siteTitle}`);
  const screenCss =
    'body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1c1b19; }';
  return `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n<style>\n${screenCss}\n${printCss}\n</style>\n</head>\n<body>\n${siteHandoutHtml(site)}\n</body>\n</html>\n`;
}

const csvFiles = import.meta.glob<string>('../../data/derived/*.csv', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The trainer pack's ZIP bytes. */
export function siteTrainerPack(site: URL | undefined): Uint8Array {
  const csv = Object.fromEntries(
    Object.entries(csvFiles).map(([path, text]) => [path.split('/').at(-1) ?? path, text]),
  );
  return zipTrainerPack(
    trainerPackFiles({
      handoutHtml: standaloneHandout(site),
      lesson,
      quiz,
      withFacts: fillFacts,
      csvFiles: csv,
      charts: packCharts(String(site ?? 'https://left-open.example.org')),
      siteTitle: strings.siteTitle,
    }),
  );
}
