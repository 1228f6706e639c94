/**
 * Where each source is used: which chapters and pages cite it (inline with <Cite>, or through a
 * <Fact> whose row cites it) and which data rows cite it. The bibliography lists these back-links.
 */
import type { Fact, Source } from '../schemas/derived.ts';
import type { ComponentUses } from './component-uses.ts';

/** What the index needs of a chapter or page. */
export interface UsingPage {
  title: string;
  /** Where it lives on the site. */
  href: string;
  uses: Pick<ComponentUses, 'facts' | 'sources'>;
  /** Facts named outside the body, by `{fact:<id>}` markers in the title, dek and summary. */
  frontmatterFacts?: readonly string[];
}

/** One place a source is used. */
export interface SourceUse {
  /** "chapter" for chapters and pages, "data" for rows in data/derived. */
  kind: 'chapter' | 'data';
  /** Link target on this site. */
  href: string;
  /** Human label: the chapter title, or "facts: servers". */
  label: string;
  /** How the chapter uses it: cited inline, through a figure, or both. */
  via?: 'cite' | 'figure' | 'cite and figure';
}

/** Every source id a page uses: cited inline, or behind a figure it shows. */
export function sourceIdsUsedBy(
  page: Pick<UsingPage, 'uses' | 'frontmatterFacts'>,
  factById: (id: string) => Fact,
): { cited: string[]; viaFigures: string[] } {
  const factIds = [...page.uses.facts, ...(page.frontmatterFacts ?? [])];
  return {
    cited: [...page.uses.sources],
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

/** "facts:servers" as a readable label and a link to the data page (in the page's edition: `localHref`). */
function dataUse(citation: string, localHref: (path: string) => string): SourceUse {
  const [dataset = '', row = ''] = citation.split(':');
  return { kind: 'data', href: localHref(datasetPages[dataset] ?? '/data/'), label: `${dataset}: ${row}` };
}

/**
 * For each source id, the places it is used: pages first (in the order given), then data rows.
 * Throws on a page citing an id that is not in `sources`, so no citation can dangle. Links to the
 * data page go through `localHref`, which puts them in the page's edition.
 */
export function sourceUses(
  sources: readonly Source[],
  pages: readonly UsingPage[],
  factById: (id: string) => Fact,
  localHref: (path: string) => string = (path) => path,
): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>(sources.map((source) => [source.id, []]));
  for (const page of pages) {
    const { cited, viaFigures } = sourceIdsUsedBy(page, factById);
    for (const id of new Set([...cited, ...viaFigures])) {
      const list = uses.get(id);
      if (!list) throw new Error(`${page.href} cites unknown source id "${id}". Add it to data/raw/sources.csv.`);
      const via =
        cited.includes(id) && viaFigures.includes(id) ? 'cite and figure' : cited.includes(id) ? 'cite' : 'figure';
      list.push({ kind: 'chapter', href: page.href, label: page.title, via });
    }
  }
  for (const source of sources)
    uses.get(source.id)?.push(...source.citedBy.map((citation) => dataUse(citation, localHref)));
  return uses;
}
