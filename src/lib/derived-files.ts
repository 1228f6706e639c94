/**
 * The files in data/derived, for the /data/ downloads. LEFT_OPEN_DERIVED_DIR points the build at
 * another derived directory (tests build the site from a changed copy of data/raw); astro.config.mjs
 * redirects the JSON imports of src/lib/data.ts the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Directory the site's data comes from. */
export function derivedDir(): string {
  return process.env.LEFT_OPEN_DERIVED_DIR ?? 'data/derived';
}

/** A downloadable derived file. */
export interface DerivedFile {
  name: string;
  /** "csv" or "json". */
  format: string;
  bytes: number;
  text: string;
}

/** Every .csv and .json file in the derived directory, sorted by name. */
export function derivedFiles(dir = derivedDir()): DerivedFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(csv|json)$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, format: name.split('.').pop() ?? '', bytes: Buffer.byteLength(text), text };
    });
}
