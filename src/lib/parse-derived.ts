/**
 * Parsing of the derived datasets at site-build time. A mismatch with the schema is a stale or
 * hand-edited data/derived/ (the data build validates what it writes), so the error names the
 * file, the path inside it and the command that rebuilds it, instead of a bare zod message.
 */
import type { z } from 'zod';
import { derivedSchemas, type DerivedFileName } from '../schemas/derived.ts';
import { derivedDir } from './derived-files.ts';

/** "[3].headlineTotal" for zod's path [3, 'headlineTotal']; "(root)" for the document itself. */
export function jsonPath(path: readonly PropertyKey[]): string {
  const text = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return text.replace(/^\./, '') || '(root)';
}

/**
 * The dataset `file` parsed with its derived schema. Throws an error naming `dir/file`, each
 * failing path with zod's message, and "run `npm run data`".
 */
export function parseDerived<Name extends DerivedFileName>(
  file: Name,
  json: unknown,
  dir: string = derivedDir(),
): z.output<(typeof derivedSchemas)[Name]> {
  const result = derivedSchemas[file].safeParse(json);
  if (result.success) return result.data as z.output<(typeof derivedSchemas)[Name]>;
  const problems = result.error.issues.slice(0, 5).map((issue) => `  at ${jsonPath(issue.path)}: ${issue.message}`);
  const more = result.error.issues.length > 5 ? [`  and ${result.error.issues.length - 5} more`] : [];
  throw new Error(
    [
      `${dir}/${file} does not match its schema (src/schemas/derived.ts):`,
      ...problems,
      ...more,
      'The derived data is stale or was edited by hand: run `npm run data` to rebuild it from data/raw/.',
    ].join('\n'),
  );
}
