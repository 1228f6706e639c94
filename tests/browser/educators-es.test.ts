/**
 * The Spanish educators' kit in a browser, kept cheap: one check per lab that what the script
 * writes (feedback, verdicts, scores, grades, button names) is in Spanish, from the words and
 * content the page hands it, not English ones built into the bundle; the pages at 320 px in one
 * page; and the Spanish trainer pack's files. The English file (educators.test.ts) covers the
 * behaviour in depth; the elements are the same code in both editions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import english from '../../content/strings.json';
import spanish from '../../content/es/strings.json';
import { challengesFor, labNotesFor, lessonFor, quizFor } from '../../src/educators/content.ts';
import { exposureDays, honeypotFigures, binaryEdgeDays } from '../../src/educators/educator-facts.ts';
import { naiveRuleIds, ruleIds, scoreRedaction } from '../../src/educators/redactor.ts';
import { describeSimulation } from '../../src/educators/result-text.ts';
import { december2019Scenario, simulate } from '../../src/educators/simulator.ts';
import { findPersonalData } from '../../src/guard/personal-data.ts';
import { formatDate } from '../../src/lib/format.ts';
import { fillTemplate } from '../../src/lib/template.ts';
import { axeViolations, connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

const es = spanish.educators;
/** The labs run side by side here (test.concurrent), so a result may take longer than the default second to appear. */
const poll = { timeout: 10_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page with service workers blocked (as educators.test.ts does), once the network is quiet. */
async function open(path: string, options: Parameters<typeof openRecordedPage>[1] = {}) {
  const opened = await openRecordedPage(browser, { serviceWorkers: 'block', ...options });
  await opened.page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' });
  return opened;
}

/** The page's visible text. */
const textOf = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('the Spanish labs write Spanish', () => {
  test.concurrent(
    'the quiz gives Spanish feedback, a Spanish score and links to the Spanish chapter',
    async ({ expect }) => {
      const { page, problems } = await open('/es/educators/quiz/');
      const question = quizFor('es').questions[0]!;
      const scope = `[data-question="${question.id}"]`;
      await page.locator(`${scope} [data-check]`).click();
      expect(await textOf(page, `${scope} [data-feedback]`)).toBe(es.quiz.chooseFirst);
      await page.locator(`#answer-${question.id}-${(question.answer + 1) % question.options.length}`).check();
      await page.locator(`${scope} [data-check]`).click();
      await expect.poll(() => textOf(page, `${scope} [data-feedback]`), poll).toContain(es.quiz.incorrect);
      expect(await page.locator(`${scope} [data-feedback] a`).getAttribute('href')).toBe(
        `/es/chapters/${question.chapter}/`,
      );
      const total = quizFor('es').questions.length;
      expect(await textOf(page, '[data-score]')).toBe(fillTemplate(es.quiz.score, { correct: 0, answered: 1, total }));
      expect(problems.consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  test.concurrent(
    "the simulator's verdicts, refusals, buttons and challenge grades are Spanish",
    async ({ expect }) => {
      const { page, problems } = await open('/es/educators/simulator/');
      const verdict = () => textOf(page, '[data-verdict-text]');
      const start = describeSimulation(simulate(december2019Scenario, honeypotFigures(), exposureDays), es.simulator, {
        binaryEdgeDays,
        tag: 'es',
      });
      // Once the script has run (the remove buttons are its own), it still says what the server said, in Spanish.
      await expect
        .poll(() => page.locator('[data-row] [data-remove]').nth(1).innerText(), poll)
        .toBe(fillTemplate(es.simulator.remove, { n: 2 }));
      expect(await verdict()).toBe(start.verdict);
      await page.locator('[data-row]').nth(1).locator('[data-field="source"]').fill('todos');
      const refused = fillTemplate(es.simulator.verdict['not-evaluated'], {
        n: 2,
        field: es.simulator.fieldNames.source,
      });
      await expect.poll(verdict, poll).toContain(refused);
      const line = fillTemplate(es.simulator.problemLine, { n: 2, field: es.simulator.fieldNames.source, message: '' });
      expect((await textOf(page, '[data-problem-list] li')).startsWith(line.trim())).toBe(true);
      const challenge = challengesFor('es').find((item) => item.id === 'deny-too-low')!;
      await page.goto(`${siteUrl()}/es/educators/simulator/#challenge=deny-too-low`);
      await expect.poll(() => textOf(page, '[data-challenge-title]'), poll).toBe(challenge.title);
      expect(challenge.title).not.toBe(challengesFor('en').find((item) => item.id === 'deny-too-low')!.title);
      await page.locator('[data-row]').last().locator('[data-field="priority"]').fill('300');
      await expect.poll(() => textOf(page, '[data-challenge-status]'), poll).toBe(es.challenges.passed);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  test.concurrent(
    'the redaction lab scores the Spanish notes with the Spanish rules and names rules in Spanish',
    async ({ expect }) => {
      const { page, problems } = await open('/es/educators/redaction-lab/');
      const notes = labNotesFor('es');
      const summary = ({ caught, planted, missed, falsePositives }: ReturnType<typeof scoreRedaction>) =>
        fillTemplate(es.redaction.summary, { caught, planted, missed, falsePositives });
      const week = page.locator('[data-set="week"] [data-summary]');
      expect(await week.innerText()).toBe(summary(scoreRedaction(notes.week, naiveRuleIds, 'es')));
      for (const id of ruleIds) await page.locator(`#rule-${id}`).check();
      const all = scoreRedaction(notes.week, ruleIds, 'es');
      expect(all).toMatchObject({ planted: 18, caught: 17 });
      await expect.poll(() => week.innerText(), poll).toBe(summary(all));
      expect(await textOf(page, '[data-note="note-3"] .removed')).toContain(
        es.redaction.rules['email-spelled-out'].short,
      );
      await page.getByLabel(es.redaction.ownLabel).fill('Hablé con Ana Ruiz; escribe a ana arroba example punto com');
      await expect.poll(() => page.locator('[data-own-text] .removed').count(), poll).toBe(2);
      expect(await textOf(page, '[data-own-result]')).toBe(fillTemplate(es.redaction.ownResult, { count: 2 }));
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  test.concurrent('the handout is the Spanish lesson with a Spanish date', async ({ expect }) => {
    const { page } = await open('/es/educators/handout/', { javaScriptEnabled: false });
    const text = await textOf(page, '.handout');
    expect(text).toContain(es.handout.reportLine);
    expect(text).toContain(
      fillTemplate(es.handout.updated, { date: formatDate(lessonFor('es').updated, 'day', 'long', 'es') }),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.context().close();
  });

  test.concurrent("every Spanish educators' page fits a 320 px wide screen", async ({ expect }) => {
    const { page } = await open('/es/educators/', { viewport: { width: 320, height: 640 } });
    for (const path of [
      '/es/educators/',
      '/es/educators/quiz/',
      '/es/educators/simulator/',
      '/es/educators/challenges/',
      '/es/educators/redaction-lab/',
      '/es/educators/handout/',
    ]) {
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.context().close();
  });
});

describe('the Spanish trainer pack', () => {
  const unzip = (file: string) => unzipSync(new Uint8Array(readFileSync(file)));
  const files = unzip('dist/es/educators/trainer-pack.zip');
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());

  test("has the English pack's files, in Spanish: labs, handout, slides, README, guide and the Spanish CSV files", () => {
    expect(Object.keys(files).sort()).toEqual(Object.keys(unzip('dist/educators/trainer-pack.zip')).sort());
    for (const name of ['labs/quiz.html', 'labs/simulator.html', 'handout.html', 'slides/slides.html'])
      expect(text(name), name).toMatch(/^<!doctype html>\s*<html lang="es">/i);
    expect(text('README.txt').split('\n')[0]).toBe(fillTemplate(es.pack.readmeTitle, { site: spanish.siteTitle }));
    expect(text('README.txt')).not.toContain(english.educators.pack.readmeIntro);
    expect(text('facilitator-guide.md')).toContain(lessonFor('es').rolePlay.title);
    expect(text('labs/redaction-lab.html')).toContain(labNotesFor('es').week[0]!.title);
    for (const csv of readdirSync('data/derived/es').filter((name) => name.endsWith('.csv')))
      expect(text(`data/${csv}`), csv).toBe(readFileSync(`data/derived/es/${csv}`, 'utf8'));
    for (const pdf of Object.keys(files).filter((name) => name.endsWith('.pdf')))
      expect(strFromU8(files[pdf]!.subarray(0, 5)), pdf).toBe('%PDF-');
  });

  test('holds no personal data', () => {
    for (const name of Object.keys(files).filter((file) => !/\.(png|pdf|woff2?)$/.test(file)))
      expect(findPersonalData(text(name)), name).toEqual([]);
  });
});
