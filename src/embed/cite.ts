/**
 * "Cite this chart": APA (7th edition), MLA (9th edition) and BibTeX references for one chart,
 * with its version and the date of that version, as pure functions of the chart's metadata.
 */
import { z } from 'zod';
import { monthName } from '../lib/format.ts';
import { defaultLocale, localePrefix, type Locale } from '../lib/locales.ts';

/** What a reference to one chart needs. */
export const chartCitationSchema = z.object({
  /** Chart id, as in /embed/<id>/; used in the BibTeX key. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Chart title, as shown above the chart. */
  title: z.string().min(1),
  /** The chart's version, e.g. "1.1"; bumped when its data or drawing changes. */
  version: z.string().regex(/^[\w.-]+$/),
  /** Date of that version, YYYY-MM-DD. */
  date: z.iso.date(),
  /** Absolute URL of the chart to cite (its embed page). */
  url: z.url({ protocol: /^https?$/ }),
  /** Author and publisher: the site. */
  publisher: z.string().min(1),
});

/** Input of every citation function, validated by {@link chartCitationSchema}. */
export type ChartCitation = z.output<typeof chartCitationSchema>;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
// MLA abbreviates months longer than four letters.
const mlaMonths = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;
const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * How each edition writes a reference: the words and date forms of APA 7, MLA 9 and BibTeX in
 * that language (the Spanish editions of the APA and MLA manuals: "(2026, 1 de diciembre)",
 * "(Versión 1.1) [Gráfico]", "1 dic. 2026"). A third language adds its entry here.
 */
interface CitationConvention {
  apaDate: (year: number, month: number, day: number) => string;
  version: string;
  chart: string;
  mlaDate: (year: number, month: number, day: number) => string;
  /** BibTeX `note`: the version and its date in words. */
  note: (version: string, year: number, month: number, day: number) => string;
  /** BibTeX `language` (babel's name), when not English. */
  language?: string;
}

const spanishMonth = (month: number, length: 'long' | 'short') => monthName(month + 1, length, 'es');

const conventions: Record<Locale, CitationConvention> = {
  en: {
    apaDate: (year, month, day) => `${year}, ${monthNames[month]} ${day}`,
    version: 'Version',
    chart: 'Chart',
    mlaDate: (year, month, day) => `${day} ${mlaMonths[month]} ${year}`,
    note: (version, year, month, day) => `Version ${version} of ${day} ${monthNames[month]} ${year}`,
  },
  es: {
    apaDate: (year, month, day) => `${year}, ${day} de ${spanishMonth(month, 'long')}`,
    version: 'Versión',
    chart: 'Gráfico',
    // MLA in Spanish abbreviates months longer than four letters to three and a full stop: "dic.", but "mayo".
    mlaDate: (year, month, day) => {
      const name = spanishMonth(month, 'long');
      return `${day} ${name.length > 4 ? `${name.slice(0, 3)}.` : name} ${year}`;
    },
    note: (version, year, month, day) => `Versión ${version} del ${day} de ${spanishMonth(month, 'long')} de ${year}`,
    language: 'spanish',
  },
};

function dateParts(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month: month - 1, day };
}

/** Ends `text` with a full stop unless it already ends with sentence punctuation. */
function withFullStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * APA 7 reference, in plain text (the title would be italic in print). The site is both author
 * and publisher, so it is named once.
 * @example `Left Open. (2026, November 29). Title (Version 1.1) [Chart]. https://…`
 */
export function apaCitation(chart: ChartCitation, locale: Locale = defaultLocale): string {
  const { year, month, day } = dateParts(chart.date);
  const words = conventions[locale];
  const date = words.apaDate(year, month, day);
  return `${withFullStop(chart.publisher)} (${date}). ${chart.title} (${words.version} ${chart.version}) [${words.chart}]. ${chart.url}`;
}

/**
 * MLA 9 reference, in plain text (the container would be italic in print). MLA leaves out the
 * author when it is also the publisher, and the protocol of the URL.
 * @example `"Title." Left Open, version 1.1, 29 Nov. 2026, left-open.example.org/embed/x/.`
 */
export function mlaCitation(chart: ChartCitation, locale: Locale = defaultLocale): string {
  const { year, month, day } = dateParts(chart.date);
  const words = conventions[locale];
  const address = chart.url.replace(/^https?:\/\//, '');
  const version = `${words.version.toLowerCase()} ${chart.version}`;
  return `“${withFullStop(chart.title)}” ${chart.publisher}, ${version}, ${words.mlaDate(year, month, day)}, ${address}.`;
}

/** Escapes the characters TeX treats specially, so a title is printed as written. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (character) =>
    character === '\\'
      ? '\\textbackslash{}'
      : character === '^'
        ? '\\^{}'
        : character === '~'
          ? '\\~{}'
          : `\\${character}`,
  );
}

/** BibTeX `@misc` entry; the title is braced so its capitals survive any bibliography style. */
export function bibtexCitation(chart: ChartCitation, locale: Locale = defaultLocale): string {
  const { year, month, day } = dateParts(chart.date);
  const words = conventions[locale];
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(chart.publisher)}}`],
    ['title', `{${escapeBibtex(chart.title)}}`],
    ['howpublished', words.chart],
    ['version', chart.version],
    ['year', String(year)],
    ['month', bibtexMonths[month] ?? ''],
    ['date', chart.date],
    ['url', chart.url],
    ['note', words.note(chart.version, year, month, day)],
    ...(words.language ? [['language', words.language] as [string, string]] : []),
  ];
  const body = fields
    .map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
    .join(',\n');
  const key = `${chart.publisher.toLowerCase().replace(/[^a-z0-9]/g, '')}-${chart.id}-v${chart.version}${localePrefix(locale).replace('/', '-')}`;
  return `@misc{${key},\n${body}\n}`;
}

/** The three references, after validating the metadata (a bad date or URL fails the build). */
export function chartCitations(
  chart: ChartCitation,
  locale: Locale = defaultLocale,
): { apa: string; mla: string; bibtex: string } {
  const valid = chartCitationSchema.parse(chart);
  return { apa: apaCitation(valid, locale), mla: mlaCitation(valid, locale), bibtex: bibtexCitation(valid, locale) };
}
