/**
 * The handout assembled from the site's data: the thin I/O end around handout.ts, used by each
 * edition's handout page and by its trainer pack.
 */
import { siteColours } from '../charts/palette.ts';
import { dataFor } from '../lib/data.ts';
import { formatDate } from '../lib/format.ts';
import { localizedPath, type Locale } from '../lib/locales.ts';
import { stringsFor } from '../lib/strings.ts';
import { lessonFor } from './content.ts';
import { factProse } from './educator-facts.ts';
import printCss from './handout-print.css?raw';
import { escapeHtml, handoutHtml } from './handout.ts';
import { publicSiteUrl } from './site-address.ts';

/**
 * An edition's handout fragment, for its page and its pack; with SITE_URL unset it names the
 * sources page by its path only.
 */
export function siteHandoutHtml(locale: Locale, showTitle = true): string {
  const site = publicSiteUrl();
  const strings = stringsFor(locale);
  const lesson = lessonFor(locale);
  const { fillFacts, formatFact } = factProse(locale);
  const sourcesPath = localizedPath(locale, '/sources/');
  return handoutHtml({
    lesson,
    withFacts: fillFacts,
    keyFact: (id) => ({ label: dataFor(locale).getFact(id).label, value: formatFact(id) }),
    strings: strings.educators.handout,
    title: strings.educators.pages.handout.title,
    sourcesUrl: site ? `${site}${sourcesPath}` : undefined,
    sourcesPath,
    updated: formatDate(lesson.updated, 'day', 'long', strings.locale),
    showTitle,
  });
}

/** An edition's handout as a standalone document with its own styles, for its pack. */
export function standaloneHandout(locale: Locale): string {
  const strings = stringsFor(locale);
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
    siteHandoutHtml(locale),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
