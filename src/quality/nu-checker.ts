/**
 * The W3C Nu HTML Checker (vnu, the engine of validator.w3.org/nu) over built pages and SVG
 * files. It reads documents as browsers parse them and knows the HTML, ARIA-in-HTML and SVG
 * content models, so it finds what html-validate's rules do not (an invalid SVG attribute value,
 * an ARIA attribute an element may not carry, content after </html>). It runs on Java: one
 * `java -jar vnu.jar` for all files, since starting the JVM costs more than checking a page.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

/** The part of vnu's `--format json` output the findings use. */
const nuOutputSchema = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      firstColumn: z.number().optional(),
      lastColumn: z.number().optional(),
      message: z.string(),
    }),
  ),
});

/** Where a message's file is, relative to `root`, from vnu's file: URL. */
function fileOf(url: string | undefined, root: string): string {
  if (!url) return '(no file)';
  return url.startsWith('file:') ? relative(root, fileURLToPath(url)).split('\\').join('/') : url;
}

/**
 * vnu's JSON output as readable findings, "embed/index.html:1:4963 The “aria-label” attribute …",
 * one per error, grouped by file in document order. Errors are `type: "error"` (a fatal one too) and
 * `non-document-error` (a file vnu could not read); info messages and warnings are left out.
 */
export function nuFindings(output: string, root: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(output);
  } catch {
    throw new Error(`The Nu checker did not print JSON; it printed:\n${output.slice(0, 2000)}`);
  }
  const { messages } = nuOutputSchema.parse(json);
  const findings = messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => {
      const file = fileOf(message.url, root);
      const where =
        message.lastLine === undefined ? '' : `:${message.lastLine}:${message.firstColumn ?? message.lastColumn ?? 0}`;
      return { file, text: `${file}${where} ${message.message}` };
    });
  // By file only: within a file, vnu's own order is the order of the document.
  return findings.sort((a, b) => a.file.localeCompare(b.file, 'en')).map((finding) => finding.text);
}

/** The vnu.jar that the vnu-jar package ships. */
export const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const run = promisify(execFile);

/**
 * Runs vnu once over `files` (HTML, and SVG files checked as SVG) and returns its JSON output.
 * Needs `java` (17 or later) on the PATH or in JAVA_HOME; .ci/run installs Debian's
 * default-jre-headless when there is none.
 */
export async function runNuChecker(files: readonly string[]): Promise<string> {
  const java = process.env['JAVA_HOME'] ? `${process.env['JAVA_HOME']}/bin/java` : 'java';
  try {
    const { stdout, stderr } = await run(
      java,
      ['-jar', vnuJar, '--format', 'json', '--errors-only', '--exit-zero-always', '--also-check-svg', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // vnu writes its report to stderr unless --stdout; take whichever holds it.
    return stderr.trim() ? stderr : stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        `No Java runtime ("${java}" not found). The Nu HTML checker needs Java 17 or later: ` +
          'install one (Debian/Ubuntu: apt-get install -y default-jre-headless; .ci/run does this), or set JAVA_HOME.',
      );
    throw error;
  }
}
