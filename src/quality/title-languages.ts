/**
 * WCAG 3.1.2 (language of parts) for source titles: wherever a page cites a source whose title is
 * in another language than the page's, that title must sit in an element with its `lang`, so a
 * screen reader switches voice. Pure: takes a page's HTML and the bibliography.
 */
import { parseHTML } from 'linkedom';
import { sourceTitleRuns } from '../lib/source-title.ts';
import type { Source } from '../schemas/derived.ts';

/** The titles a page shows in another language than its own: how many are marked, and each one that is not. */
export function titleLanguageProblems(
  file: string,
  html: string,
  sources: readonly Pick<Source, 'id' | 'title' | 'language'>[],
): { marked: number; problems: string[] } {
  // Most pages cite nothing: no need to parse them.
  if (!html.includes('<cite')) return { marked: 0, problems: [] };
  const { document } = parseHTML(html);
  const pageLanguage = document.documentElement.getAttribute('lang') ?? '';
  const cites = [...document.querySelectorAll('cite')];
  let marked = 0;
  const problems: string[] = [];
  for (const source of sources) {
    const [title] = sourceTitleRuns(source, pageLanguage);
    if (!title?.lang) continue;
    // A cite shows this source when its text is the whole title: "Tech support scams" must not match
    // the cite of "Tech support scams are a growing problem".
    for (const cite of cites.filter((element) => element.textContent.replace(/\s+/g, ' ').trim() === source.title)) {
      const tagged = [...cite.querySelectorAll('[lang]')].some(
        (element) => element.getAttribute('lang') === title.lang && element.textContent === title.text,
      );
      if (tagged) marked++;
      else
        problems.push(
          `${file}: the title of source "${source.id}" ("${title.text}") has no lang="${title.lang}" ` +
            '(render it with SourceTitle.astro)',
        );
    }
  }
  return { marked, problems };
}
