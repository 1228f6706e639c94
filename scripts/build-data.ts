/**
 * `npm run data`: reads `data/raw/*.csv`, builds every derived dataset, and replaces
 * `data/derived/` in one rename. On any problem it prints all of them and exits 1, leaving the
 * previous `data/derived/` untouched.
 *
 * Options (for tests): --raw DIR, --out DIR.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDataError } from '../src/pipeline/errors.ts';
import { buildDerived, type RawTexts } from '../src/pipeline/build.ts';
import { rawFiles, type RawFileName } from '../src/schemas/raw.ts';

const { values } = parseArgs({
  options: { raw: { type: 'string', default: 'data/raw' }, out: { type: 'string', default: 'data/derived' } },
});
const rawDir = values.raw;
const outDir = values.out;

const names = Object.keys(rawFiles) as RawFileName[];
const texts = Object.fromEntries(
  await Promise.all(
    names.map(async (name) => {
      try {
        return [name, await readFile(join(rawDir, name), 'utf8')] as const;
      } catch {
        console.error(`${join(rawDir, name)}: cannot be read. Fix: create it with the header given in data/README.md.`);
        process.exit(1);
      }
    }),
  ),
) as RawTexts;

const result = buildDerived(texts, relative(process.cwd(), rawDir) || rawDir);
if (!result.ok) {
  console.error(
    `Data build failed with ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}; ${outDir}/ was left as it was.\n`,
  );
  for (const error of result.errors) console.error(`  ${formatDataError(error)}`);
  process.exit(1);
}

// Write everything next to the output, then swap directories, so readers never see half a build.
const staging = `${outDir}.tmp-${process.pid}`;
const previous = `${outDir}.old-${process.pid}`;
await rm(staging, { recursive: true, force: true });
await mkdir(staging, { recursive: true });
for (const [file, text] of Object.entries(result.files)) await writeFile(join(staging, file), text);
await mkdir(dirname(outDir), { recursive: true });
await rename(outDir, previous).catch(() => undefined);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`Data build: ${Object.keys(result.files).length} files written to ${outDir}/`);
