/**
 * Which sources a list of sources names: the bibliography on /sources/ and a page's "also behind
 * the figures" notes. The comparison set has one source per incident, so a list naming each would
 * grow with the data (at 10,000 incidents, a quarter of a megabyte of HTML). Up to
 * `tableRowLimit` comparison sources every one is named, as with the real data; above it, only
 * those a reader can reach from the site (the sources of the rows the chart tables list, and those
 * the text cites), and the rest are counted, with the full bibliography in /data/sources.csv and
 * /data/sources.json. Sources of any other kind are always named. Pure.
 */
import { tableRowLimit } from '../charts/chart.ts';
import type { Source } from '../schemas/derived.ts';
import type { SourceNotes } from './source-notes.ts';
import type { TemplateLink } from './template.ts';

/** The downloads that hold every source, as links for the line under a shortened list (named by their files). */
export const fullBibliography = {
  csv: { href: '/data/sources.csv', text: 'sources.csv' },
  json: { href: '/data/sources.json', text: 'sources.json' },
} as const satisfies Record<string, TemplateLink>;

/** A list of sources as it is shown: what it names, in the given order, and how many comparison sources it leaves out. */
export interface ListedSources<S> {
  listed: S[];
  /** Comparison sources (kind "context") left out; 0 when every source is named. */
  left: number;
}

/**
 * The sources a list names, in their order: all of them when there are at most `limit` comparison
 * sources, else every source that is not a comparison source and the comparison sources in `keep`.
 */
export function listedSources<S extends Pick<Source, 'id' | 'kind'>>(
  sources: readonly S[],
  keep: ReadonlySet<string>,
  limit = tableRowLimit,
): ListedSources<S> {
  const comparison = sources.filter((source) => source.kind === 'context').length;
  if (comparison <= limit) return { listed: [...sources], left: 0 };
  const listed = sources.filter((source) => source.kind !== 'context' || keep.has(source.id));
  return { listed, left: sources.length - listed.length };
}

/**
 * What a page's source notes name: its cited sources, numbered, and the sources behind its figures
 * shortened by {@link listedSources}; `linkedIds` is every source the notes link to on /sources/,
 * so the bibliography can keep each of them.
 */
export function noteSources<S extends Pick<Source, 'id' | 'kind'>>(
  notes: SourceNotes,
  getSource: (id: string) => S,
  keep: ReadonlySet<string>,
): { figures: ListedSources<S>; linkedIds: string[] } {
  const figures = listedSources(notes.figuresOnly.map(getSource), keep);
  return { figures, linkedIds: [...notes.numbered, ...figures.listed.map((source) => source.id)] };
}
