/**
 * Builds the two scripts other sites load from us, /embed/child.js and /embed/loader.js, from
 * their TypeScript sources: one minified classic script each (an IIFE, so `document.currentScript`
 * works in the loader), no imports left, no source map. The endpoints in src/pages/embed/ serve
 * the result; the budget test measures the same output.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

/** The scripts we publish, by the file name they are served under in /embed/. */
export const embedScripts = { 'child.js': 'src/embed/child.ts', 'loader.js': 'src/embed/loader.ts' } as const;

/** Name of a published script. */
export type EmbedScriptName = keyof typeof embedScripts;

/** The minified JavaScript of a published script (paths are relative to the project root). */
export async function bundleEmbedScript(name: EmbedScriptName, projectRoot = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [join(projectRoot, embedScripts[name])],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${name}`);
  return output.text;
}
