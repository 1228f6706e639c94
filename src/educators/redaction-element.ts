/**
 * `<redaction-lab>`: re-runs the redactor over this week's and next week's notes whenever a rule
 * is switched on or off, redraws the notes and the scores, and runs the same rules over the
 * learner's own note as they type (which never leaves the page). Only rule ids the lab knows
 * are accepted from the form.
 */
import { educators } from '../../content/strings.json';
import { fillTemplate } from '../lib/template.ts';
import { h, queryRequired } from './dom.ts';
import { describeMissed } from './result-text.ts';
import {
  naiveRuleIds,
  redactFreeText,
  ruleIds,
  scoreRedaction,
  segmentNote,
  type NoteResult,
  type RuleId,
} from './redactor.ts';
import { nextWeekNotes, supportNotes } from './support-notes.ts';

const strings = educators.redaction;
const knownRules = new Set<string>(ruleIds);
const sets = { week: supportNotes, next: nextWeekNotes } as const;

/** A note's text as nodes: removed runs named after their rule, leaks highlighted, over-redaction struck through. */
function noteText(result: NoteResult): (Node | string)[] {
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
  connectedCallback(): void {
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
    for (const [id, notes] of Object.entries(sets)) {
      const section = queryRequired(this, `[data-set="${id}"]`);
      const score = scoreRedaction(notes, chosen);
      queryRequired(section, '[data-summary]').textContent = fillTemplate(strings.summary, {
        caught: score.caught,
        planted: score.planted,
        missed: score.missed,
        falsePositives: score.falsePositives,
      });
      for (const result of score.notes) {
        const item = queryRequired(section, `[data-note="${result.note.id}"]`);
        queryRequired(item, '[data-note-text]').replaceChildren(...noteText(result));
        queryRequired(item, '[data-missed]').textContent = describeMissed(result, strings);
      }
    }
    this.#renderOwn();
  }

  #renderOwn(): void {
    const text = queryRequired<HTMLTextAreaElement>(this, '#own-note').value;
    const result = redactFreeText(text, this.#chosen());
    queryRequired(this, '[data-own-text]').replaceChildren(...(text ? noteText(result) : []));
    const removed = result.falsePositives.length;
    queryRequired(this, '[data-own-result]').textContent = text
      ? removed > 0
        ? fillTemplate(strings.ownResult, { count: removed })
        : strings.ownNone
      : '';
  }
}

if (!customElements.get('redaction-lab')) customElements.define('redaction-lab', RedactionLab);
