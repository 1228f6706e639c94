/**
 * The handout assembled from the site's data: the thin I/O end around handout.ts, used by the
 * handout page and by the trainer pack.
 */
import strings from '../../content/strings.json';
import { siteColours } from '../charts/palette.ts';
import { getFact } from '../lib/data.ts';
import { formatDate } from '../lib/format.ts';
import { lesson } from './content.ts';
import { fillFacts, formatFact } from './educator-facts.ts';
import printCss from './handout-print.css?raw';
import { escapeHtml, handoutHtml } from './handout.ts';
import { publicSiteUrl } from './site-address.ts';

const sourcesPath = '/sources/';

/** The handout fragment, for the page and the pack; with SITE_URL unset it names the sources page by its path only. */
export function siteHandoutHtml(showTitle = true): string {
  const site = publicSiteUrl();
  return handoutHtml({
    lesson,
    withFacts: fillFacts,
    keyFact: (id) => ({ label: getFact(id).label, value: formatFact(id) }),
    strings: strings.educators.handout,
    title: strings.educators.pages.handout.title,
    sourcesUrl: site ? `${site}${sourcesPath}` : undefined,
    sourcesPath,
    updated: formatDate(lesson.updated),
    showTitle,
  });
}

/** The handout as a standalone document with its own styles, for the pack. */
export function standaloneHandout(): string {
  const title = escapeHtml(`${strings.educators.pages.handout.title} | ${strings.siteTitle}`);
  const screenCss =
    'body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; ' +
    `color: ${siteColours.text.light}; }`;
  return [
    '<!doctype html>',
    `<html lang="${strings.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${screenCss}\n${printCss}\n</style>`,
    '</head>',
    '<body>',
    siteHandoutHtml(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
