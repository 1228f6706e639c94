import { expect, test } from 'vitest';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { misconfigurationSteps, misconfigurationStepsChart, renderStep, stepText } from './misconfiguration-steps.ts';
import { serverDocument } from './server-svg.ts';

const data = fixture();

test('misconfigurationSteps(derived) draws the steps whose events the timeline has, in order', () => {
  // The fixture timeline has no BinaryEdge indexing event, so that step is left out.
  const steps = misconfigurationSteps(data);
  expect(steps.map((step) => [step.number, step.id, step.event?.id])).toEqual([
    [1, 'guarded', undefined],
    [2, 'rule-changed', 'exposure-start'],
    [3, 'scanned', undefined],
    [4, 'found', 'reported'],
    [5, 'fixed', 'exposure-end'],
  ]);
});

test('misconfigurationSteps evaluates the simulator rules: closed, then open through the new rule, then closed', () => {
  const steps = misconfigurationSteps(data);
  expect(steps.map((step) => [step.deciding.name, step.publicShare])).toEqual([
    ['DenyAllInBound', 0],
    ['allow-elasticsearch', 1],
    ['allow-elasticsearch', 1],
    ['allow-elasticsearch', 1],
    ['DenyAllInBound', 0],
  ]);
  expect(steps[1]?.changed).toEqual(['allow-elasticsearch']);
  expect(steps[4]?.changed).toEqual([]);
});

test('stepText(step, text) fills the date and the rule from the data', () => {
  const [, changed] = misconfigurationSteps(data);
  const { heading, body } = stepText(changed!, strings);
  expect(heading).toBe('5 December 2019: one rule changes');
  expect(body).toContain('adds allow-elasticsearch, which allows traffic from any address to ports 9200 to 9300');
  expect(body).toContain('now 100% of the internet');
});

test('a moved event date redraws its step heading', () => {
  const events = data.timeline.events.map((event) =>
    event.id === 'exposure-end' ? { ...event, date: '2020-01-02' } : event,
  );
  const steps = misconfigurationSteps({ timeline: { ...data.timeline, events } });
  expect(stepText(steps.at(-1)!, strings).heading).toBe('2 January 2020: the rule is fixed');
});

test('renderStep draws one step with the deciding rule marked; the chart tables every step', () => {
  const steps = misconfigurationSteps(data);
  const rendered = renderStep(
    steps[1]!,
    { width: 300, document: serverDocument(), idPrefix: 's', title: 't', description: 'd' },
    strings,
  );
  expect(rendered.svg.textContent).toContain('allow-elasticsearch (new)');
  expect(rendered.svg.textContent).toContain('Let through');
  const chart = misconfigurationStepsChart.build(data, strings);
  expect(chart.table.rows.map((row) => row['decidingRule'])).toEqual(steps.map((step) => step.deciding.name));
});
