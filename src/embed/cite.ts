/**
 * "Cite this chart": APA (7th edition), MLA (9th edition) and BibTeX references for one chart,
 * with its version and the date of that version, as pure functions of the chart's metadata.
 */
import { z } from 'zod';

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
export function apaCitation(chart: ChartCitation): string {
  const { year, month, day } = dateParts(chart.date);
  const date = `${year}, ${monthNames[month]} ${day}`;
  return `${withFullStop(chart.publisher)} (${date}). ${chart.title} (Version ${chart.version}) [Chart]. ${chart.url}`;
}

/**
 * MLA 9 reference, in plain text (the container would be italic in print). MLA leaves out the
 * author when it is also the publisher, and the protocol of the URL.
 * @example `"Title." Left Open, version 1.1, 29 Nov. 2026, left-open.example.org/embed/x/.`
 */
export function mlaCitation(chart: ChartCitation): string {
  const { year, month, day } = dateParts(chart.date);
  const address = chart.url.replace(/^https?:\/\//, '');
  return `“${withFullStop(chart.title)}” ${chart.publisher}, version ${chart.version}, ${day} ${mlaMonths[month]} ${year}, ${address}.`;
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
export function bibtexCitation(chart: ChartCitation): string {
  const { year, month, day } = dateParts(chart.date);
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(chart.publisher)}}`],
    ['title', `{${escapeBibtex(chart.title)}}`],
    ['howpublished', 'Chart'],
    ['version', chart.version],
    ['year', String(year)],
    ['month', bibtexMonths[month] ?? ''],
    ['date', chart.date],
    ['url', chart.url],
    ['note', `Version ${chart.version} of ${day} ${monthNames[month]} ${year}`],
  ];
  const body = fields
    .map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
    .join(',\n');
  return `@misc{${chart.publisher.toLowerCase().replace(/[^a-z0-9]/g, '')}-${chart.id}-v${chart.version},\n${body}\n}`;
}

/** The three references, after validating the metadata (a bad date or URL fails the build). */
export function chartCitations(chart: ChartCitation): { apa: string; mla: string; bibtex: string } {
  const valid = chartCitationSchema.parse(chart);
  return { apa: apaCitation(valid), mla: mlaCitation(valid), bibtex: bibtexCitation(valid) };
}
