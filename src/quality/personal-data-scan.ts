/**
 * The personal-data guard (src/guard/personal-data.ts) over every text file of the built site,
 * with the same rules and exceptions as the data build.
 */
import { findPersonalData, personalDataFixes } from '../guard/personal-data.ts';
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

/** Every finding in the site's text files, as "file:line rule "match": fix". */
export function personalDataInSite(site: SiteFiles): string[] {
  const problems: string[] = [];
  for (const file of [...site.keys()].filter(isScannedText).sort()) {
    const text = siteText(site, file) ?? '';
    for (const finding of findPersonalData(text)) {
      const line = text.slice(0, finding.index).split('\n').length;
      problems.push(`${file}:${line} ${finding.rule} "${finding.match}": ${personalDataFixes[finding.rule]}`);
    }
  }
  return problems;
}
