/**
 * The personal-data guard (src/guard/personal-data.ts) over every text file of the built site,
 * with the same rules and exceptions as the data build. JSON and CSV downloads are read as data:
 * their strings and text cells are scanned, their numbers are figures (a census-sized total can
 * pass a card number's Luhn check), as in the data build. In the pages, a figure of the site's
 * own data written with an edition's grouping is no finding: Spanish writes 275,265,298 as
 * "275.265.298", which reads like a phone number (`figureSpellings`).
 */
import { parse } from 'csv-parse/sync';
import { findPersonalData, findPersonalDataInStrings, personalDataFixes } from '../guard/personal-data.ts';
import { formatGrouped } from '../lib/format.ts';
import { isPlainNumber } from '../transforms/csv.ts';
import { siteText, type SiteFiles } from './site.ts';

/** Extensions of the files scanned: everything the site serves as text. */
export const textExtensions = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.csv',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
  '.md',
] as const;

/** True when the guard scans `file`. `_headers` is text too. */
export function isScannedText(file: string): boolean {
  return textExtensions.some((extension) => file.endsWith(extension)) || file === '_headers';
}

/** Findings of one file as "where rule "match"" strings, where is file:line (or file path for JSON). */
function fileFindings(
  file: string,
  text: string,
): { where: string; rule: keyof typeof personalDataFixes; match: string }[] {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  if (file.endsWith('.json')) {
    try {
      return findPersonalDataInStrings(JSON.parse(text)).map((finding) => ({
        where: `${file} ${finding.path || '(root)'}`,
        rule: finding.rule,
        match: finding.match,
      }));
    } catch {
      // Not valid JSON: scan it as text below.
    }
  }
  if (file.endsWith('.csv')) {
    try {
      const records = parse(text, { info: true, relax_column_count: true }) as unknown as {
        record: string[];
        info: { lines: number };
      }[];
      return records.flatMap(({ record, info }) =>
        record
          .filter((cell) => !isPlainNumber(cell))
          .flatMap((cell) => findPersonalData(cell))
          .map((finding) => ({ where: `${file}:${info.lines}`, rule: finding.rule, match: finding.match })),
      );
    } catch {
      // Not valid CSV: scan it as text below.
    }
  }
  return findPersonalData(text).map((finding) => ({
    where: `${file}:${lineOf(finding.index)}`,
    rule: finding.rule,
    match: finding.match,
  }));
}

/**
 * Every number in `data` (the derived datasets, walked whole) written with each tag's digit
 * grouping: "275.265.298" for 275265298 in "es". The figures a page may show, so the scan can
 * tell them from the phone numbers and addresses they resemble.
 */
export function figureSpellings(data: unknown, tags: readonly string[]): Set<string> {
  const numbers = new Set<number>();
  const walk = (value: unknown) => {
    if (typeof value === 'number') numbers.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  return new Set([...numbers].flatMap((value) => tags.map((tag) => formatGrouped(value, tag))));
}

/**
 * Every finding in the site's text files, as "file:line rule "match": fix" ("file path …" in
 * JSON). A match that is one of `figures` (from {@link figureSpellings}) is a figure, not a finding.
 */
export function personalDataInSite(site: SiteFiles, figures: ReadonlySet<string> = new Set()): string[] {
  return [...site.keys()]
    .filter(isScannedText)
    .sort()
    .flatMap((file) =>
      fileFindings(file, siteText(site, file) ?? '')
        .filter(({ match }) => !figures.has(match))
        .map(({ where, rule, match }) => `${where} ${rule} "${match}": ${personalDataFixes[rule]}`),
    );
}
