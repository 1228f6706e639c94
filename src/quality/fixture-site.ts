/** The fixture site the quality checks' unit tests run over (tests/fixtures/quality/site). */
import { readSite, type SiteFiles } from './site.ts';

/** Path of the fixture site, relative to the project root. */
export const fixtureSiteRoot = 'tests/fixtures/quality/site';

/** The fixture site, read once per test file. */
export function fixtureSite(): SiteFiles {
  return readSite(fixtureSiteRoot);
}

/** The problems that mention `file`, so a test can look at one fixture page at a time. */
export function problemsOf(problems: readonly string[], file: string): string[] {
  return problems.filter((problem) => problem.startsWith(`${file}:`) || problem.startsWith(`${file} `));
}
