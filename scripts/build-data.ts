/**
 * `npm run data`: reads `data/raw/*.csv`, builds every derived dataset, and replaces
 * `data/derived/` in one rename. Each edition in another language is built too, from the same
 * rows and its translations in `data/raw/<locale>/`, into `data/derived/<locale>/`. On any
 * problem it prints all of them and exits 1, leaving the previous `data/derived/` untouched.
 *
 * Options (for tests): --raw DIR, --out DIR.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDataError } from '../src/pipeline/errors.ts';
import { otherLocales } from '../src/lib/locales.ts';
import { stringsFor } from '../src/lib/strings.ts';
import { buildDerived, type BuildResult, type RawTexts } from '../src/pipeline/build.ts';
import { rawFiles, translationFiles, type RawFileName } from '../src/schemas/raw.ts';

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

const shownRawDir = relative(process.cwd(), rawDir) || rawDir;
/** Each edition's output folder under outDir ("" for English) and its build. */
const builds: { folder: string; result: BuildResult }[] = [{ folder: '', result: buildDerived(texts, shownRawDir) }];
for (const locale of otherLocales) {
  const editionTexts = Object.fromEntries(
    (
      await Promise.all(
        translationFiles.map(async (name) => [
          name,
          await readFile(join(rawDir, locale, name), 'utf8').catch(() => undefined),
        ]),
      )
    ).filter(([, text]) => text !== undefined),
  );
  const edition = { dir: `${shownRawDir}/${locale}`, texts: editionTexts, text: stringsFor(locale).derivedData };
  builds.push({ folder: locale, result: buildDerived(texts, shownRawDir, edition) });
}
const errors = builds.flatMap(({ result }) => (result.ok ? [] : result.errors));
if (errors.length > 0) {
  console.error(
    `Data build failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}; ${outDir}/ was left as it was.\n`,
  );
  // The English problems show again in every edition's build: print each once.
  for (const line of new Set(errors.map(formatDataError))) console.error(`  ${line}`);
  process.exit(1);
}

// Write everything next to the output, then swap directories, so readers never see half a build.
const staging = `${outDir}.tmp-${process.pid}`;
const previous = `${outDir}.old-${process.pid}`;
await rm(staging, { recursive: true, force: true });
await mkdir(staging, { recursive: true });
let written = 0;
for (const { folder, result } of builds) {
  if (!result.ok) continue;
  await mkdir(join(staging, folder), { recursive: true });
  for (const [file, text] of Object.entries(result.files)) await writeFile(join(staging, folder, file), text);
  written += Object.keys(result.files).length;
}
await mkdir(dirname(outDir), { recursive: true });
await rename(outDir, previous).catch(() => undefined);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(
  `Data build: ${written} files written to ${outDir}/ (editions: en${otherLocales.map((locale) => `, ${locale}`).join('')})`,
);
