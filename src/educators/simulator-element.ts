/**
 * `<sim-lab>`: turns the server-rendered worked example into an editable rule table. Every edit
 * re-parses and re-evaluates the whole table (it is tiny); bad cells get a message tied to the
 * input with aria-describedby; the verdict sits in a status region so screen readers hear it.
 */
import { educators } from '../../content/strings.json';
import { describeSimulation, fillTemplate } from './describe.ts';
import { finiteNumber, h, required } from './dom.ts';
import type { parseRules } from './simulator.ts';
import { simulate, type HoneypotFigures, type RuleDraft, type Scenario } from './simulator.ts';

const strings = educators.simulator;
const fieldOrder = ['priority', 'name', 'access', 'source', 'port'] as const;
const fieldLabels: Record<keyof RuleDraft, string> = {
  priority: strings.priority,
  name: strings.name,
  access: strings.access,
  source: strings.source,
  port: strings.port,
};

/** Reads the honeypot figures the server put in a data attribute; all four must be finite numbers. */
function readHoneypot(json: string | undefined): HoneypotFigures {
  const raw: unknown = JSON.parse(json ?? '{}');
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const value = (key: keyof HoneypotFigures) => {
    const number = finiteNumber(record[key]);
    if (number === undefined) throw new Error(`honeypot figure ${key} is missing`);
    return number;
  };
  return {
    firstAttackHours: value('firstAttackHours'),
    reportedRequestsPerDay: value('reportedRequestsPerDay'),
    requests: value('requests'),
    days: value('days'),
  };
}

/** Reads the starting scenario from its data attribute, keeping only well-formed rows. */
function readScenario(json: string | undefined): Scenario {
  const raw: unknown = JSON.parse(json ?? '{}');
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as { rules?: unknown; authentication?: unknown };
  const rules = Array.isArray(record.rules)
    ? record.rules.filter(
        (rule): rule is RuleDraft =>
          typeof rule === 'object' &&
          rule !== null &&
          fieldOrder.every((key) => typeof (rule as Record<string, unknown>)[key] === 'string'),
      )
    : [];
  return { rules, authentication: record.authentication === true };
}

class SimLab extends HTMLElement {
  #honeypot!: HoneypotFigures;
  #exposureDays = 0;
  #initial!: Scenario;
  #nextId = 0;

  connectedCallback(): void {
    this.#honeypot = readHoneypot(this.dataset['honeypot']);
    this.#exposureDays = finiteNumber(this.dataset['exposureDays']) ?? 0;
    this.#initial = readScenario(this.dataset['initial']);
    required(this, '[data-no-js]').hidden = true;
    required(this, '[data-actions]').hidden = false;
    const auth = required<HTMLInputElement>(this, '#sim-authentication');
    auth.disabled = false;
    const form = required(this, '[data-form]');
    form.addEventListener('input', () => this.#evaluate());
    form.addEventListener('change', () => this.#evaluate());
    required(this, '[data-add]').addEventListener('click', () => this.#addRule());
    required(this, '[data-reset]').addEventListener('click', () => this.#reset());
    this.#renderRows(this.#readDrafts());
    this.#evaluate();
  }

  #readDrafts(): RuleDraft[] {
    return [...this.querySelectorAll('[data-row]')].map((row) => {
      const value = (name: string) =>
        row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${name}"]`)?.value ?? '';
      return {
        priority: value('priority'),
        name: value('name'),
        access: value('access'),
        source: value('source'),
        port: value('port'),
      };
    });
  }

  #renderRows(drafts: readonly RuleDraft[]): void {
    const list = required(this, '[data-rules]');
    list.replaceChildren(...drafts.map((draft, row) => this.#row(draft, row)));
  }

  #row(draft: RuleDraft, row: number): HTMLLIElement {
    const id = `rule-${this.#nextId++}`;
    const cells = fieldOrder.map((key) => {
      const inputId = `${id}-${key}`;
      const control =
        key === 'access'
          ? h(
              'select',
              { id: inputId, name: inputId, 'data-field': key },
              h('option', { value: 'Allow', selected: draft.access.toLowerCase() !== 'deny' }, strings.allow),
              h('option', { value: 'Deny', selected: draft.access.toLowerCase() === 'deny' }, strings.deny),
            )
          : h('input', {
              type: 'text',
              id: inputId,
              name: inputId,
              'data-field': key,
              value: draft[key],
              autocomplete: 'off',
              spellcheck: 'false',
              inputmode: key === 'priority' ? 'numeric' : undefined,
            });
      return h(
        'div',
        { class: `cell cell-${key}` },
        h('label', { for: inputId }, fieldLabels[key]),
        control,
        h('p', { class: 'field-error', id: `${inputId}-error`, hidden: true }),
      );
    });
    const label = fillTemplate(strings.rule, { n: row + 1 });
    const remove = h('button', { type: 'button', class: 'remove' }, fillTemplate(strings.remove, { n: row + 1 }));
    remove.addEventListener('click', () => this.#removeRule(row));
    return h(
      'li',
      { class: 'rule', 'data-row': true },
      h('fieldset', {}, h('legend', {}, label), h('div', { class: 'cells' }, ...cells), remove),
    );
  }

  #addRule(): void {
    const drafts = this.#readDrafts();
    const highest = Math.max(100, ...drafts.map((draft) => finiteNumber(draft.priority) ?? 0));
    drafts.push({
      priority: String(Math.min(4096, highest + 10)),
      name: '',
      access: 'Deny',
      source: 'Internet',
      port: '9200',
    });
    this.#renderRows(drafts);
    this.querySelectorAll<HTMLInputElement>('[data-row] [data-field="priority"]')[drafts.length - 1]?.focus();
    this.#evaluate();
  }

  #removeRule(row: number): void {
    const drafts = this.#readDrafts().filter((_, index) => index !== row);
    this.#renderRows(drafts);
    const inputs = this.querySelectorAll<HTMLInputElement>('[data-row] [data-field="priority"]');
    (inputs[Math.min(row, inputs.length - 1)] ?? required<HTMLButtonElement>(this, '[data-add]')).focus();
    this.#evaluate();
  }

  #reset(): void {
    this.#renderRows(this.#initial.rules);
    required<HTMLInputElement>(this, '#sim-authentication').checked = this.#initial.authentication;
    this.#evaluate();
  }

  #evaluate(): void {
    const drafts = this.#readDrafts();
    const authentication = required<HTMLInputElement>(this, '#sim-authentication').checked;
    const result = simulate({ rules: drafts, authentication }, this.#honeypot, this.#exposureDays);
    const text = describeSimulation(result, strings);
    this.#showProblems(result.problems);
    const box = required(this, '[role="status"]');
    box.dataset['verdict'] = result.verdict;
    const verdict = required(box, '[data-verdict-text]');
    if (verdict.textContent !== text.verdict) verdict.textContent = text.verdict;
    const estimate = required(box, '[data-estimate]');
    estimate.hidden = !text.estimate;
    estimate.textContent = text.estimate ?? '';
    const caveat = required(box, '[data-caveat]');
    caveat.hidden = !text.caveat;
    caveat.textContent = text.caveat ?? '';
    required(this, '[data-outcomes]').replaceChildren(
      ...text.outcomes.map((outcome) =>
        h(
          'tr',
          {},
          h('td', { class: 'num' }, outcome.priority),
          h('td', {}, outcome.name),
          h('td', {}, outcome.access),
          h('td', { class: 'num' }, outcome.decided),
        ),
      ),
    );
  }

  #showProblems(problems: ReturnType<typeof parseRules>['problems']): void {
    const rows = [...this.querySelectorAll('[data-row]')];
    for (const row of rows) {
      for (const control of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        control.removeAttribute('aria-invalid');
        control.removeAttribute('aria-describedby');
        const error = row.querySelector<HTMLElement>(`#${CSS.escape(control.id)}-error`);
        if (error) {
          error.hidden = true;
          error.textContent = '';
        }
      }
    }
    for (const problem of problems) {
      const control = rows[problem.row]?.querySelector<HTMLInputElement | HTMLSelectElement>(
        `[data-field="${problem.field}"]`,
      );
      const error = control && rows[problem.row]?.querySelector<HTMLElement>(`#${CSS.escape(control.id)}-error`);
      if (!control || !error) continue;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', error.id);
      error.textContent = problem.message;
      error.hidden = false;
    }
    const box = required(this, '[data-problems]');
    box.hidden = problems.length === 0;
    required(box, '[data-problem-list]').replaceChildren(
      ...problems.map((problem) =>
        h(
          'li',
          {},
          `${fillTemplate(strings.rule, { n: problem.row + 1 })}, ${fieldLabels[problem.field]}: ${problem.message}`,
        ),
      ),
    );
  }
}

if (!customElements.get('sim-lab')) customElements.define('sim-lab', SimLab);
