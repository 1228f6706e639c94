/**
 * `<sim-lab>`: turns the server-rendered worked example into an editable rule table. Rows are
 * clones of the one `<template>` RuleRow.astro renders. Every edit re-parses and re-evaluates the
 * whole table (it is tiny); a cell Azure would refuse gets a message tied to it with
 * aria-describedby and the verdict says "Not evaluated". The table is kept in the URL fragment
 * (scenario-link.ts), and a challenge named there is graded live. Nothing is sent or stored.
 * Its words, its edition's challenges and its language tag come from the page (SimulatorLab.astro:
 * `data-words`, `data-challenges`, `data-tag`), so every edition's labs speak its language.
 */
import type { educators } from '../../content/strings.json';
import { fillTemplate } from '../lib/template.ts';
import { findChallenge, gradeChallenge, parseChallenges, startingTables, type Challenge } from './challenges.ts';
import { finiteNumber, h, queryRequired, readDataJson } from './dom.ts';
import { describeFlow, describeSimulation, problemLine, problemText, type SimulatorStrings } from './result-text.ts';
import { decodeFragment, encodeFragment } from './scenario-link.ts';
import { checkedPortSchema } from './schemas.ts';
import {
  blankRule,
  december2019Scenario,
  ruleFields,
  simulate,
  verifyFlow,
  type Flow,
  type HoneypotFigures,
  type RuleDraft,
  type RuleProblem,
  type Scenario,
} from './simulator.ts';

/** The words the element needs: the simulator's and the challenges' blocks of the edition's strings. */
interface SimulatorWords {
  simulator: SimulatorStrings;
  challenges: typeof educators.challenges;
}

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

type Control = HTMLInputElement | HTMLSelectElement;

class SimLab extends HTMLElement {
  #strings!: SimulatorStrings;
  #challengeStrings!: SimulatorWords['challenges'];
  #challenges: readonly Challenge[] = [];
  #tag = '';
  #honeypot!: HoneypotFigures;
  #exposureDays = 0;
  #binaryEdgeDays = 0;
  #challenge: Challenge | undefined;
  #flowShown = false;

  connectedCallback(): void {
    const words = readDataJson(this, 'words') as SimulatorWords;
    this.#strings = words.simulator;
    this.#challengeStrings = words.challenges;
    this.#challenges = parseChallenges(readDataJson(this, 'challenges'), '<sim-lab> data-challenges');
    this.#tag = this.dataset['tag'] ?? '';
    this.#honeypot = readHoneypot(this.dataset['honeypot']);
    this.#exposureDays = finiteNumber(this.dataset['exposureDays']) ?? 0;
    this.#binaryEdgeDays = finiteNumber(this.dataset['binaryEdgeDays']) ?? 0;
    queryRequired(this, '[data-no-js]').hidden = true;
    for (const selector of ['[data-actions]', '[data-flow]', '[data-share]'])
      queryRequired(this, selector).hidden = false;
    for (const selector of ['#sim-authentication', '#sim-port'])
      queryRequired<Control>(this, selector).disabled = false;
    const form = queryRequired(this, '[data-form]');
    form.addEventListener('input', () => this.#evaluate(true));
    form.addEventListener('change', () => this.#evaluate(true));
    queryRequired(this, '[data-add]').addEventListener('click', () => this.#addRule());
    queryRequired(this, '[data-reset]').addEventListener('click', () => this.#load(this.#startingScenario(), true));
    queryRequired(this, '[data-flow]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#flowShown = true;
      this.#checkFlow();
    });
    window.addEventListener('hashchange', () => this.#loadFragment());
    this.#loadFragment();
  }

  /** The table the reset button goes back to: the challenge's start, or December 2019. */
  #startingScenario(): Scenario {
    return this.#challenge ? startingTables[this.#challenge.start] : december2019Scenario;
  }

  /** Loads whatever the fragment holds; a fragment that cannot be read gets a message, never a silent reset. */
  #loadFragment(): void {
    const state = decodeFragment(window.location.hash);
    const error = queryRequired(this, '[data-link-error]');
    error.hidden = true;
    error.textContent = '';
    const strings = this.#strings;
    const challenge =
      state.kind === 'empty' || !state.challengeId ? undefined : findChallenge(this.#challenges, state.challengeId);
    if (state.kind !== 'empty' && state.challengeId && !challenge) {
      error.textContent = fillTemplate(strings.share.unknownChallenge, { id: state.challengeId.slice(0, 40) });
      error.hidden = false;
    } else if (state.kind === 'error') {
      error.textContent = fillTemplate(strings.share.badLink, { reason: state.reason });
      error.hidden = false;
    }
    this.#challenge = challenge;
    this.#showChallenge();
    const scenario = state.kind === 'ok' && state.scenario ? state.scenario : this.#startingScenario();
    this.#load(scenario, false);
  }

  #load(scenario: Scenario, fromEdit: boolean): void {
    this.#renderRows(scenario.rules);
    queryRequired<HTMLInputElement>(this, '#sim-authentication').checked = scenario.authentication;
    queryRequired<HTMLSelectElement>(this, '#sim-port').value = scenario.port;
    this.#evaluate(fromEdit);
  }

  #readScenario(): Scenario {
    const rules = [...this.querySelectorAll('[data-row]')].map((row) => {
      const draft = { ...blankRule };
      for (const field of ruleFields) draft[field] = row.querySelector<Control>(`[data-field="${field}"]`)?.value ?? '';
      return draft;
    });
    const port = checkedPortSchema.safeParse(queryRequired<HTMLSelectElement>(this, '#sim-port').value);
    return {
      rules,
      authentication: queryRequired<HTMLInputElement>(this, '#sim-authentication').checked,
      port: port.success ? port.data : '9200',
    };
  }

  #renderRows(drafts: readonly RuleDraft[]): void {
    const strings = this.#strings;
    const template = queryRequired<HTMLTemplateElement>(this, '[data-row-template]');
    const rows = drafts.map((draft, row) => {
      const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
      for (const field of ruleFields) {
        const id = `rule-${row}-${field}`;
        const control = queryRequired<Control>(item, `[data-field="${field}"]`);
        control.id = id;
        control.name = id;
        // A value a select does not offer (from a shared link) stays visible as an extra option, so Azure's refusal can be shown.
        if (
          control instanceof HTMLSelectElement &&
          ![...control.options].some((o) => o.value.toLowerCase() === draft[field].toLowerCase())
        )
          control.append(h('option', { value: draft[field] }, draft[field]));
        const option =
          control instanceof HTMLSelectElement
            ? [...control.options].find((o) => o.value.toLowerCase() === draft[field].toLowerCase())
            : undefined;
        control.value = option ? option.value : draft[field];
        queryRequired<HTMLLabelElement>(item, `[data-label-for="${field}"]`).htmlFor = id;
        queryRequired(item, `[data-error-for="${field}"]`).id = `${id}-error`;
      }
      queryRequired(item, '[data-legend]').textContent = fillTemplate(strings.rule, { n: row + 1 });
      const remove = queryRequired<HTMLButtonElement>(item, '[data-remove]');
      remove.textContent = fillTemplate(strings.remove, { n: row + 1 });
      remove.addEventListener('click', () => this.#removeRule(row));
      return item;
    });
    queryRequired(this, '[data-rules]').replaceChildren(...rows);
  }

  #addRule(): void {
    const scenario = this.#readScenario();
    const highest = Math.max(100, ...scenario.rules.map((draft) => finiteNumber(draft.priority) ?? 0));
    const n = scenario.rules.length + 1;
    scenario.rules.push({
      ...blankRule,
      priority: String(Math.min(4096, highest + 10)),
      name: fillTemplate(this.#strings.newRuleName, { n }),
    });
    this.#load(scenario, true);
    this.querySelectorAll<HTMLInputElement>('[data-row] [data-field="priority"]')[n - 1]?.focus();
  }

  #removeRule(row: number): void {
    const scenario = this.#readScenario();
    scenario.rules.splice(row, 1);
    this.#load(scenario, true);
    const inputs = this.querySelectorAll<HTMLInputElement>('[data-row] [data-field="priority"]');
    (inputs[Math.min(row, inputs.length - 1)] ?? queryRequired<HTMLButtonElement>(this, '[data-add]')).focus();
  }

  #evaluate(fromEdit: boolean): void {
    const scenario = this.#readScenario();
    const result = simulate(scenario, this.#honeypot, this.#exposureDays);
    const strings = this.#strings;
    const text = describeSimulation(result, strings, { binaryEdgeDays: this.#binaryEdgeDays, tag: this.#tag });
    this.#showProblems(result.problems);
    const box = queryRequired(this, '[data-result]');
    const bar = queryRequired(this, '[data-verdict-bar]');
    box.dataset['verdict'] = result.verdict;
    bar.dataset['verdict'] = result.verdict;
    queryRequired(bar, '[data-verdict-headline]').textContent = text.headline;
    const verdict = queryRequired(box, '[data-verdict-text]');
    if (verdict.textContent !== text.verdict) verdict.textContent = text.verdict;
    const estimate = queryRequired(box, '[data-estimate]');
    estimate.hidden = text.estimate.length === 0;
    estimate.replaceChildren(...text.estimate.map((line) => h('p', {}, line)));
    const caveat = queryRequired(box, '[data-caveat]');
    caveat.hidden = !text.caveat;
    caveat.textContent = text.caveat ?? '';
    queryRequired(this, '[data-outcomes-caption]').textContent = text.outcomesCaption;
    queryRequired(this, '[data-outcomes]').replaceChildren(
      ...(text.outcomes.length === 0
        ? [h('tr', {}, h('td', { colspan: '4' }, strings.outcomesNotEvaluated))]
        : text.outcomes.map((outcome) =>
            h(
              'tr',
              { 'data-rule-name': outcome.name },
              h('td', { class: 'num' }, outcome.priority),
              h('td', {}, outcome.name),
              h('td', {}, outcome.access),
              h('td', { class: 'num' }, outcome.decided),
            ),
          )),
    );
    this.#grade(scenario);
    const fragment = encodeFragment(scenario, this.#challenge?.id);
    if (fromEdit) history.replaceState(null, '', fragment);
    queryRequired<HTMLAnchorElement>(this, '[data-share-link]').href = fragment;
    if (this.#flowShown) this.#checkFlow();
  }

  #checkFlow(): void {
    const scenario = this.#readScenario();
    const source = queryRequired<HTMLInputElement>(this, '#flow-source');
    const port = queryRequired<HTMLInputElement>(this, '#flow-port');
    const protocol = queryRequired<HTMLSelectElement>(this, '#flow-protocol').value as Flow['protocol'];
    const check = verifyFlow(
      scenario.rules,
      source.value,
      ['tcp', 'udp', 'icmp'].includes(protocol) ? protocol : 'tcp',
      port.value,
    );
    queryRequired(this, '[data-flow-result]').textContent = describeFlow(check, this.#strings);
    source.toggleAttribute('aria-invalid', !check.ok && check.field === 'address');
    port.toggleAttribute('aria-invalid', !check.ok && check.field === 'port');
    for (const marked of this.querySelectorAll('[data-decides]')) marked.removeAttribute('data-decides');
    if (!check.ok) return;
    const name = check.rule.name.toLowerCase();
    for (const row of this.querySelectorAll<HTMLElement>('[data-row]'))
      if (row.querySelector<HTMLInputElement>('[data-field="name"]')?.value.trim().toLowerCase() === name)
        row.setAttribute('data-decides', '');
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-rule-name]'))
      if (row.dataset['ruleName']?.toLowerCase() === name) row.setAttribute('data-decides', '');
  }

  #showChallenge(): void {
    const panel = queryRequired(this, '[data-challenge]');
    const challenge = this.#challenge;
    panel.hidden = !challenge;
    if (!challenge) return;
    queryRequired(panel, '[data-challenge-title]').textContent = challenge.title;
    queryRequired(panel, '[data-challenge-task]').textContent = challenge.task;
    const template = queryRequired<HTMLTemplateElement>(panel, '[data-hint-template]');
    queryRequired(panel, '[data-challenge-hints]').replaceChildren(
      ...challenge.hints.map((hint, index) => {
        const details = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
        queryRequired(details, '[data-hint-summary]').textContent = fillTemplate(this.#challengeStrings.hint, {
          n: index + 1,
        });
        queryRequired(details, '[data-hint-text]').textContent = hint;
        return details;
      }),
    );
  }

  #grade(scenario: Scenario): void {
    if (!this.#challenge) return;
    const grade = gradeChallenge(this.#challenge, scenario);
    const challengeStrings = this.#challengeStrings;
    const met = grade.goals.filter((goal) => goal.met).length;
    queryRequired(this, '[data-challenge-status]').textContent = !grade.evaluated
      ? challengeStrings.notGraded
      : grade.passed
        ? challengeStrings.passed
        : fillTemplate(challengeStrings.progress, { met, total: grade.goals.length });
    queryRequired(this, '[data-challenge-goals]').replaceChildren(
      ...grade.goals.map((goal) =>
        h(
          'li',
          { 'data-met': goal.met },
          h('span', { class: 'visually-hidden' }, `${goal.met ? challengeStrings.met : challengeStrings.notMet}: `),
          goal.label,
        ),
      ),
    );
  }

  #showProblems(problems: readonly RuleProblem[]): void {
    const strings = this.#strings;
    const rows = [...this.querySelectorAll('[data-row]')];
    for (const control of this.querySelectorAll<Control>('[data-row] [data-field]')) {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
    }
    for (const error of this.querySelectorAll<HTMLElement>('[data-row] .field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const problem of problems) {
      const control = rows[problem.row]?.querySelector<Control>(`[data-field="${problem.field}"]`);
      const error = control && rows[problem.row]?.querySelector<HTMLElement>(`[data-error-for="${problem.field}"]`);
      if (!control || !error) continue;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', error.id);
      error.textContent = error.textContent
        ? `${error.textContent} ${problemText(problem, strings)}`
        : problemText(problem, strings);
      error.hidden = false;
    }
    const box = queryRequired(this, '[data-problems]');
    box.hidden = problems.length === 0;
    queryRequired(box, '[data-problem-list]').replaceChildren(
      ...problems.map((problem) => h('li', {}, problemLine(problem, strings))),
    );
  }
}

if (!customElements.get('sim-lab')) customElements.define('sim-lab', SimLab);
