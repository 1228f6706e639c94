/** Pure transforms for the bibliography. */
import type { SourceRow } from '../schemas/raw.ts';
import type { Source } from '../schemas/derived.ts';

/** A row in some dataset that cites sources. */
export interface Citation {
  /** Dataset name, such as "events". */
  dataset: string;
  id: string;
  sourceIds: readonly string[];
}

/** Sources sorted by id, each listing the rows that cite it as "<dataset>:<id>". */
export function sourcesWithCitations(rows: readonly SourceRow[], citations: readonly Citation[]): Source[] {
  return [...rows]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      publisher: row.publisher,
      ...(row.author ? { author: row.author } : {}),
      title: row.title,
      ...(row.url ? { url: row.url } : {}),
      ...(row.published ? { published: row.published } : {}),
      ...(row.note ? { note: row.note } : {}),
      citedBy: citations
        .filter((citation) => citation.sourceIds.includes(row.id))
        .map((citation) => `${citation.dataset}:${citation.id}`)
        .sort(),
    }));
}
