/**
 * The printable handout as an HTML fragment, from the lesson and the facts. One function feeds
 * both the /educators/handout/ page and the handout in the offline trainer pack, so the two never
 * drift apart. Every value is escaped. Its print styles live in handout-print.css.
 */
import type { educators } from '../../content/strings.json';
import type { Lesson } from './content.ts';

/** Text safe to put in HTML element content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What the handout needs besides the lesson: facts as prose, and its words. */
export interface HandoutInput {
  lesson: Lesson;
  /** Prose with `{fact:id}` markers filled in. */
  withFacts: (text: string) => string;
  /** A key fact's label and value as prose. */
  keyFact: (id: string) => { label: string; value: string };
  strings: typeof educators.handout;
  title: string;
  /** The sources page as an absolute address, or undefined when the site's address is not known (then only its path is printed). */
  sourcesUrl: string | undefined;
  sourcesPath: string;
  /** The update date as prose ("1 December 2026"). */
  updated: string;
  /** False when the page around it already shows the title. */
  showTitle?: boolean;
}

/** The handout's body: title, what happened, key facts, what the case teaches, what to do, where to report, sources, date and licence. */
export function handoutHtml(input: HandoutInput): string {
  const { lesson, withFacts, keyFact, strings } = input;
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const facts = lesson.keyFacts.map((id) => ({ ...keyFact(id), note: lesson.keyFactNotes[id] }));
  const source = input.sourcesUrl
    ? `${escapeHtml(strings.source)} ${escapeHtml(input.sourcesUrl)}`
    : escapeHtml(fill(strings.sourcePath, { path: input.sourcesPath }));
  return [
    `<article class="handout">`,
    ...(input.showTitle === false ? [] : [`<h1>${escapeHtml(input.title)}</h1>`]),
    `<h2>${escapeHtml(strings.whatHappened)}</h2>`,
    `<p>${escapeHtml(withFacts(lesson.summary))}</p>`,
    `<h2>${escapeHtml(strings.keyFacts)}</h2>`,
    `<dl class="key-facts">${facts
      .map(
        (fact) =>
          `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>${
            fact.note ? `<dd class="fact-note">${escapeHtml(withFacts(fact.note))}</dd>` : ''
          }</div>`,
      )
      .join('')}</dl>`,
    `<h2>${escapeHtml(strings.lessons)}</h2>`,
    list(lesson.lessons.map(withFacts)),
    `<h2>${escapeHtml(strings.advice)}</h2>`,
    list(lesson.advice.map(withFacts)),
    `<p class="report-line"><strong>${escapeHtml(strings.reportLine)}</strong> ${escapeHtml(strings.reportBlank)}</p>`,
    `<p class="handout-source">${source} ${escapeHtml(fill(strings.updated, { date: input.updated }))} ${escapeHtml(strings.licence)}</p>`,
    `</article>`,
  ].join('\n');
}
