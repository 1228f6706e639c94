/**
 * A source's title as pages write it: marked with its language (`lang`, WCAG 3.1.2) where that
 * differs from the page's, so a screen reader reads "Microsoft expõe 250 milhões…" in Portuguese.
 * Our own English note on a title ("(title not recorded exactly)") is kept apart, in English.
 * Pure; /sources/ and SourceNotes.astro render what it returns.
 */
import { defaultSourceLanguage } from '../schemas/raw.ts';
import type { Source } from '../schemas/derived.ts';

/** A run of title text, with the `lang` it needs on the page (undefined: the page's own language). */
export interface TitleRun {
  text: string;
  lang: string | undefined;
}

/** The `lang` a run in `language` needs on a page in `pageLanguage`: none when the page's language covers it ("en" on an "en-GB" page). */
export function langAttribute(language: string, pageLanguage: string): string | undefined {
  const run = language.toLowerCase();
  const page = pageLanguage.toLowerCase();
  return run === page || page.startsWith(`${run}-`) ? undefined : language;
}

/** A trailing note of ours on a title: "(title not recorded)", "(exact title not located)", "(…; title not recorded)". */
const annotation = /\s+(\([^()]*\b(?:title not recorded|not located)\b[^()]*\))$/;

/**
 * The runs of a source's title: the title in its language, then any note of ours in English. The
 * runs' text, joined with a space, is the title as recorded.
 */
export function sourceTitleRuns(source: Pick<Source, 'title' | 'language'>, pageLanguage: string): TitleRun[] {
  const match = annotation.exec(source.title);
  const title = match ? source.title.slice(0, match.index) : source.title;
  const runs: TitleRun[] = [{ text: title, lang: langAttribute(source.language, pageLanguage) }];
  if (match) runs.push({ text: match[1]!, lang: langAttribute(defaultSourceLanguage, pageLanguage) });
  return runs;
}
