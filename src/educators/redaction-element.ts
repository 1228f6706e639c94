/**
 * `<redaction-lab>`: re-runs the redactor over this week's and next week's notes whenever a rule
 * is switched on or off, redraws the notes and the scores, and runs the same rules over the
 * learner's own note as they type (which never leaves the page). Only rule ids the lab knows
 * are accepted from the form. Its words, its notes and its edition (whose words the rules read)
 * come from the page (RedactionLab.astro): `data-words`, `data-notes`, `data-locale`.
 */
import type { Locale } from '../lib/locales.ts';
import { fillTemplate } from '../lib/template.ts';
import { h, queryRequired, readDataJson } from './dom.ts';
import { describeMissed, type RedactionStrings } from './result-text.ts';
import {
  naiveRuleIds,
  redactFreeText,
  ruleIds,
  scoreRedaction,
  segmentNote,
  type NoteResult,
  ruleLanguages,
  type RuleId,
} from './redactor.ts';
import type { SupportNote } from './schemas.ts';

const knownRules = new Set<string>(ruleIds);

/** The two sets of notes the page hands over: this week's and next week's, each a list of notes. */
type NoteSets = { week: readonly SupportNote[]; next: readonly SupportNote[] };

/** The notes from `data-notes`; each set must be a list of notes with text and planted values. */
function readNotes(json: unknown): NoteSets {
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const set = (name: keyof NoteSets): SupportNote[] => {
    const notes = record[name];
    const ok =
      Array.isArray(notes) &&
      notes.every((note: unknown) => {
        const fields = (note ?? {}) as Record<string, unknown>;
        return (
          typeof fields['id'] === 'string' && typeof fields['text'] === 'string' && Array.isArray(fields['planted'])
        );
      });
    if (!ok) throw new Error(`<redaction-lab> data-notes has no valid "${name}" list of notes`);
    return notes as SupportNote[];
  };
  return { week: set('week'), next: set('next') };
}

/** A note's text as nodes: removed runs named after their rule, leaks highlighted, over-redaction struck through. */
function noteText(result: NoteResult, strings: RedactionStrings): (Node | string)[] {
  return segmentNote(result).map((segment) => {
    if (segment.state === 'redacted' || (segment.state === 'over-redacted' && result.note.id === 'own'))
      return h(
        'span',
        { class: 'removed' },
        h('span', { class: 'visually-hidden' }, `${strings.removedPrefix} `),
        fillTemplate(strings.removedBy, { rule: segment.ruleId ? strings.rules[segment.ruleId].short : '' }),
      );
    if (segment.state === 'leaked')
      return h(
        'mark',
        { class: 'leaked' },
        h('span', { class: 'visually-hidden' }, `${strings.leaked} `),
        segment.text,
      );
    if (segment.state === 'over-redacted')
      return h(
        's',
        { class: 'over' },
        h('span', { class: 'visually-hidden' }, `${strings.overRedacted} `),
        segment.text,
      );
    return segment.text;
  });
}

class RedactionLab extends HTMLElement {
  #strings!: RedactionStrings;
  #sets!: NoteSets;
  #locale: Locale = 'en';

  connectedCallback(): void {
    this.#strings = readDataJson(this, 'words') as RedactionStrings;
    this.#sets = readNotes(readDataJson(this, 'notes'));
    const locale = this.dataset['locale'] ?? '';
    if (!Object.hasOwn(ruleLanguages, locale)) throw new Error(`<redaction-lab> data-locale "${locale}" is no edition`);
    this.#locale = locale as Locale;
    queryRequired(this, '[data-no-js]').hidden = true;
    queryRequired(this, '[data-own]').hidden = false;
    const reset = queryRequired<HTMLButtonElement>(this, '[data-reset]');
    reset.hidden = false;
    for (const box of this.#boxes()) box.disabled = false;
    queryRequired(this, '[data-form]').addEventListener('change', () => this.#render());
    queryRequired(this, '#own-note').addEventListener('input', () => this.#renderOwn());
    reset.addEventListener('click', () => {
      for (const box of this.#boxes()) box.checked = naiveRuleIds.includes(box.value as RuleId);
      queryRequired<HTMLTextAreaElement>(this, '#own-note').value = '';
      this.#render();
    });
  }

  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="rule"]')];
  }

  #chosen(): RuleId[] {
    return this.#boxes()
      .filter((box) => box.checked)
      .map((box) => box.value)
      .filter((id): id is RuleId => knownRules.has(id));
  }

  #render(): void {
    const chosen = this.#chosen();
    const strings = this.#strings;
    for (const [id, notes] of Object.entries(this.#sets)) {
      const section = queryRequired(this, `[data-set="${id}"]`);
      const score = scoreRedaction(notes, chosen, this.#locale);
      queryRequired(section, '[data-summary]').textContent = fillTemplate(strings.summary, {
        caught: score.caught,
        planted: score.planted,
        missed: score.missed,
        falsePositives: score.falsePositives,
      });
      for (const result of score.notes) {
        const item = queryRequired(section, `[data-note="${result.note.id}"]`);
        queryRequired(item, '[data-note-text]').replaceChildren(...noteText(result, strings));
        queryRequired(item, '[data-missed]').textContent = describeMissed(result, strings);
      }
    }
    this.#renderOwn();
  }

  #renderOwn(): void {
    const strings = this.#strings;
    const text = queryRequired<HTMLTextAreaElement>(this, '#own-note').value;
    const result = redactFreeText(text, this.#chosen(), this.#locale);
    queryRequired(this, '[data-own-text]').replaceChildren(...(text ? noteText(result, strings) : []));
    const removed = result.falsePositives.length;
    queryRequired(this, '[data-own-result]').textContent = text
      ? removed > 0
        ? fillTemplate(strings.ownResult, { count: removed })
        : strings.ownNone
      : '';
  }
}

if (!customElements.get('redaction-lab')) customElements.define('redaction-lab', RedactionLab);
