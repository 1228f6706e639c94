/**
 * The printable handout as an HTML fragment, from the lesson and the facts. One function feeds
 * both the /educators/handout/ page and the handout.html in the offline trainer pack, so the
 * two never drift apart. Every value is escaped. Its print styles live in handout-print.css.
 */
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

/** What the handout needs besides the lesson: facts as prose, and its headings. */
export interface HandoutInput {
  lesson: Lesson;
  /** Prose with `{fact:id}` markers filled in. */
  withFacts: (text: string) => string;
  /** A key fact's label and value as prose. */
  keyFact: (id: string) => { label: string; value: string };
  headings: {
    whatHappened: string;
    keyFacts: string;
    lessons: string;
    advice: string;
    source: string;
    objectivesShort: string;
  };
  title: string;
  /** Where the full sources are, as shown in print. */
  sourcesUrl: string;
}

/** The handout's body: title, what happened, key facts, what the case teaches, what to do, sources. */
export function handoutHtml(input: HandoutInput): string {
  const { lesson, withFacts, keyFact, headings } = input;
  const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const facts = lesson.keyFacts.map((id) => keyFact(id));
  return [
    `<article class="handout">`,
    `<h1>${escapeHtml(input.title)}</h1>`,
    `<h2>${escapeHtml(headings.whatHappened)}</h2>`,
    `<p>${escapeHtml(withFacts(lesson.summary))}</p>`,
    `<h2>${escapeHtml(headings.keyFacts)}</h2>`,
    `<dl class="key-facts">${facts
      .map((fact) => `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`)
      .join('')}</dl>`,
    `<h2>${escapeHtml(headings.lessons)}</h2>`,
    `<p>${escapeHtml(headings.objectivesShort)}:</p>`,
    list(lesson.objectives.map(withFacts)),
    `<h2>${escapeHtml(headings.advice)}</h2>`,
    list(lesson.advice.map(withFacts)),
    `<p class="handout-source">${escapeHtml(headings.source)} ${escapeHtml(input.sourcesUrl)}</p>`,
    `</article>`,
  ].join('\n');
}
