/**
 * Where each source is used: which chapters cite it (inline with <Cite>, or through a <Fact>
 * whose row cites it) and which data rows cite it. The bibliography lists these back-links.
 */
import type { Fact, Source } from '../schemas/derived.ts';
import { citedSourceIdsIn, factIdsIn, placeholderFactIdsIn } from './chapter-text.ts';

/** What the index needs of a chapter. */
export interface ChapterText {
  slug: string;
  title: string;
  /** The chapter's MDX source. */
  body: string;
  /** Text outside the body that may hold {fact:<id>} placeholders (title, dek, summary). */
  frontmatterText?: string;
  /** Where the text lives, when it is not a chapter (`/chapters/<slug>/`), such as `/methodology/`. */
  href?: string;
}

/** One place a source is used. */
export interface SourceUse {
  /** "chapter" for story chapters, "data" for rows in data/derived. */
  kind: 'chapter' | 'data';
  /** Link target on this site. */
  href: string;
  /** Human label: the chapter title, or "facts: servers". */
  label: string;
  /** How the chapter uses it: cited inline, through a figure, or both. */
  via?: 'cite' | 'figure' | 'cite and figure';
}

/** Every source id a chapter uses: cited inline, or behind a figure it shows. */
export function sourceIdsUsedByChapter(
  chapter: ChapterText,
  factById: (id: string) => Fact,
): { cited: string[]; viaFigures: string[] } {
  const factIds = [...factIdsIn(chapter.body), ...placeholderFactIdsIn(chapter.frontmatterText ?? '')];
  return {
    cited: citedSourceIdsIn(chapter.body),
    viaFigures: [...new Set(factIds.flatMap((id) => factById(id).sourceIds))],
  };
}

const datasetPages: Record<string, string> = {
  facts: '/data/#facts',
  events: '/data/#timeline',
  timeline: '/data/#timeline',
  fields: '/data/#fields',
  incidents: '/data/#incidents',
};

/** "facts:servers" as a readable label and a link to the data page. */
function dataUse(citation: string): SourceUse {
  const [dataset = '', row = ''] = citation.split(':');
  return { kind: 'data', href: datasetPages[dataset] ?? '/data/', label: `${dataset}: ${row}` };
}

/**
 * For each source id, the places it is used: chapters first (in story order), then data rows.
 * Throws on a chapter citing an id that is not in `sources`, so no citation can dangle.
 */
export function sourceUses(
  sources: readonly Source[],
  chapters: readonly ChapterText[],
  factById: (id: string) => Fact,
): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>(sources.map((source) => [source.id, []]));
  for (const chapter of chapters) {
    const { cited, viaFigures } = sourceIdsUsedByChapter(chapter, factById);
    for (const id of new Set([...cited, ...viaFigures])) {
      const list = uses.get(id);
      if (!list)
        throw new Error(`Chapter "${chapter.slug}" cites unknown source id "${id}". Add it to data/raw/sources.csv.`);
      const via =
        cited.includes(id) && viaFigures.includes(id) ? 'cite and figure' : cited.includes(id) ? 'cite' : 'figure';
      list.push({ kind: 'chapter', href: chapter.href ?? `/chapters/${chapter.slug}/`, label: chapter.title, via });
    }
  }
  for (const source of sources) uses.get(source.id)?.push(...source.citedBy.map(dataUse));
  return uses;
}

/** A publisher's name without the parenthesised detail: "Microsoft Security Response Center". */
export function shortPublisher(publisher: string): string {
  return (
    publisher
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/,.*$/, '')
      .trim() || publisher
  );
}
