/**
 * `<redaction-lab>`: re-runs the redactor over the notes whenever a rule is switched on or off,
 * and redraws the notes and the score. Only rule ids the lab knows are accepted from the form.
 */
import { educators } from '../../content/strings.json';
import { describeMissed, fillTemplate } from './result-text.ts';
import { h, queryRequired } from './dom.ts';
import { ruleIds, scoreRedaction, segmentNote, type NoteResult, type RuleId } from './redactor.ts';
import { supportNotes } from './support-notes.ts';

const strings = educators.redaction;
const knownRules = new Set<string>(ruleIds);

function noteText(result: NoteResult): (Node | string)[] {
  return segmentNote(result).map((segment) => {
    if (segment.state === 'redacted') return h('span', { class: 'removed' }, strings.removed);
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
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="rule"]')) box.disabled = false;
    queryRequired(this, '[data-form]').addEventListener('change', () => this.#render());
  }

  #render(): void {
    const chosen = [...this.querySelectorAll<HTMLInputElement>('input[name="rule"]:checked')]
      .map((box) => box.value)
      .filter((id): id is RuleId => knownRules.has(id));
    const score = scoreRedaction(supportNotes, chosen);
    queryRequired(this, '[data-summary]').textContent = fillTemplate(strings.summary, {
      caught: score.caught,
      planted: score.planted,
      missed: score.missed,
      falsePositives: score.falsePositives,
    });
    for (const result of score.notes) {
      const item = queryRequired(this, `[data-note="${result.note.id}"]`);
      queryRequired(item, '[data-note-text]').replaceChildren(...noteText(result));
      queryRequired(item, '[data-missed]').textContent = describeMissed(result, strings);
    }
  }
}

if (!customElements.get('redaction-lab')) customElements.define('redaction-lab', RedactionLab);
