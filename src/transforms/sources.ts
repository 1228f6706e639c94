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
  // Indexed once, so the cost grows with sources + citations, not sources × citations.
  const citedBy = new Map<string, string[]>();
  for (const citation of citations) {
    for (const id of new Set(citation.sourceIds)) {
      const list = citedBy.get(id) ?? [];
      list.push(`${citation.dataset}:${citation.id}`);
      citedBy.set(id, list);
    }
  }
  return [...rows]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      publisher: row.publisher,
      ...(row.author ? { author: row.author } : {}),
      title: row.title,
      language: row.language,
      ...(row.url ? { url: row.url } : {}),
      ...(row.published ? { published: row.published } : {}),
      ...(row.note ? { note: row.note } : {}),
      citedBy: (citedBy.get(row.id) ?? []).sort(),
    }));
}
