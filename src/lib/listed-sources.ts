/**
 * Which sources a list of sources names: the bibliography on /sources/ and a page's "also behind
 * the figures" notes. The comparison set has one source per incident, so a list naming each would
 * grow with the data (at 10,000 incidents, a quarter of a megabyte of HTML). The lists are
 * shortened exactly when a chart table is (above `tableRowLimit` incidents; never with the real
 * data, whose 82 comparison sources are all named): then they name every source that is not a
 * comparison source and the comparison sources a reader can reach from the site (those of the rows
 * the chart tables list, and those the pages link to), and count the rest, with the full
 * bibliography in /data/sources.csv and /data/sources.json. Pure.
 */
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
 * The sources a list names, in their order: all of them when `keep` is undefined (no chart table
 * is capped), else every source that is not a comparison source and the comparison sources in `keep`.
 */
export function listedSources<S extends Pick<Source, 'id' | 'kind'>>(
  sources: readonly S[],
  keep: ReadonlySet<string> | undefined,
): ListedSources<S> {
  if (!keep) return { listed: [...sources], left: 0 };
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
  keep: ReadonlySet<string> | undefined,
): { figures: ListedSources<S>; linkedIds: string[] } {
  const figures = listedSources(notes.figuresOnly.map(getSource), keep);
  return { figures, linkedIds: [...notes.numbered, ...figures.listed.map((source) => source.id)] };
}
