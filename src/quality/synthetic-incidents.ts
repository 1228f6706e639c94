/**
 * A synthetic comparison set for the scale benchmark (`npm run bench -- --scale N`): extra
 * incidents, each with a source row of its own, appended to copies of data/raw/incidents.csv and
 * sources.csv. Every row says it is synthetic, every address is on a reserved domain, and the
 * same N always gives the same rows (a seeded generator), so builds at a size can be compared.
 * One incident carries 650,295,646,367 records, so the benchmark also shows that a
 * census-sized figure survives both builds digit for digit.
 */
import { csvRecord } from '../transforms/csv.ts';

/** A census-sized figure the benchmark follows from raw data to the built site. */
export const exactFigure = 650_295_646_367;

/** Id of the synthetic incident that carries `exactFigure`. */
export const exactFigureIncidentId = 'synthetic-exact-figure';

/** Mulberry32: a small seeded generator, so runs at the same size get the same rows. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const causes = ['misconfiguration', 'hack', 'other', 'insider'] as const;
const technologies = ['Elasticsearch', 'MongoDB', 'Amazon S3', 'other', 'unknown'] as const;
const units = ['records', 'accounts', 'people'] as const;

/** The records to append (without headers) to incidents.csv and sources.csv for `count` synthetic incidents. */
export function syntheticIncidentRows(count: number): { incidents: string[]; sources: string[] } {
  const random = seeded(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const incidents: unknown[][] = [];
  const sources: unknown[][] = [];
  for (let index = 1; index <= count; index++) {
    const number = String(index).padStart(6, '0');
    const id = index === count ? exactFigureIncidentId : `synthetic-${number}`;
    // Log-uniform from a thousand to three billion: a few huge figures, many small ones, as in real lists.
    const records = index === count ? exactFigure : Math.round(10 ** (3 + random() * 6.5));
    const year = 2005 + Math.floor(random() * 17);
    incidents.push([
      id,
      `Synthetic Org ${number}`,
      year,
      1 + Math.floor(random() * 12),
      records,
      pick(units),
      pick(causes),
      pick(technologies),
      'names; emails',
      `inc-${id}`,
      'Synthetic row for the scale benchmark; not a real incident.',
      'single-source',
      'Synthetic: no second source exists.',
    ]);
    sources.push([
      `inc-${id}`,
      'context',
      'Synthetic benchmark data',
      '',
      `Synthetic incident ${number} (benchmark data, not a real source)`,
      '',
      `https://bench.example.com/incidents/${number}`,
      String(year),
      'Synthetic source row for the scale benchmark; no such page exists.',
    ]);
  }
  return { incidents: incidents.map(csvRecord), sources: sources.map(csvRecord) };
}
