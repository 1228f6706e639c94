/**
 * CSV injection over the built site: no cell of any CSV download (/data/*.csv, /charts/*.csv)
 * may start like a spreadsheet formula. The data build rejects such raw cells and the one CSV
 * writer (src/transforms/csv.ts) neutralises them; this gate checks the files actually served.
 */
import { parse } from 'csv-parse/sync';
import { startsLikeFormula } from '../transforms/csv.ts';
import { siteText, type SiteFiles } from './site.ts';

/** Every cell of the site's CSV files that starts like a formula, as 'file:line "cell"'. */
export function formulaCellsInSite(site: SiteFiles): string[] {
  return [...site.keys()]
    .filter((file) => file.endsWith('.csv'))
    .sort()
    .flatMap((file) => {
      const records = parse(siteText(site, file) ?? '', { info: true, relax_column_count: true }) as unknown as {
        record: string[];
        info: { lines: number };
      }[];
      return records.flatMap(({ record, info }) =>
        record.filter(startsLikeFormula).map((cell) => `${file}:${info.lines} "${cell.slice(0, 40)}"`),
      );
    });
}
