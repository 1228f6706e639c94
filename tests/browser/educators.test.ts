/**
 * The educators' kit in a browser: the quiz answered by keyboard alone, both labs run, the
 * no-JavaScript fallbacks, 320 px layouts, the handout's printed length, and the trainer pack's
 * contents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { educators as strings } from '../../content/strings.json';
import { quiz } from '../../src/educators/content.ts';
import { naiveRuleIds, ruleIds, scoreRedaction } from '../../src/educators/redactor.ts';
import { supportNotes } from '../../src/educators/support-notes.ts';
import { findPersonalData } from '../../src/guard/personal-data.ts';
import { axeViolations, launchBrowser, openRecordedPage, siteUrl } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(
  path: string,
  options: Parameters<typeof openRecordedPage>[1] = {},
): Promise<{ page: Page; problems: Awaited<ReturnType<typeof openRecordedPage>>['problems'] }> {
  const opened = await openRecordedPage(browser, options);
  await opened.page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' });
  return opened;
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('quiz', () => {
  test('the quiz can be answered by keyboard alone, with feedback and a score', async () => {
    const { page, problems } = await open('/educators/quiz/');
    const [first, ...rest] = quiz.questions;
    for (const [index, question] of [first!, ...rest].entries()) {
      // Answer the first question wrongly on purpose, every other one rightly.
      const choice = index === 0 ? (question.answer + 1) % question.options.length : question.answer;
      await tabTo(page, `input[name="answer-${question.id}"]`);
      await page.keyboard.press('Space');
      for (let step = 0; step < choice; step++) await page.keyboard.press('ArrowDown');
      expect(await page.locator(`input[name="answer-${question.id}"]:checked`).getAttribute('value')).toBe(
        String(choice),
      );
      await tabTo(page, `[data-question="${question.id}"] [data-check]`);
      await page.keyboard.press('Enter');
      const feedback = page.locator(`[data-question="${question.id}"] [data-feedback]`);
      await expect
        .poll(() => feedback.textContent())
        .toContain(index === 0 ? strings.quiz.incorrect : strings.quiz.correct);
      expect(await feedback.locator(`a[href="/chapters/${question.chapter}/"]`).count()).toBe(1);
    }
    const total = quiz.questions.length;
    expect(await page.locator('[data-score]').textContent()).toBe(
      `Score: ${total - 1} correct out of ${total} answered (${total} questions).`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('a Check without a choice asks for one, and Start again clears the score', async () => {
    const { page } = await open('/educators/quiz/');
    const question = quiz.questions[0]!;
    await tabTo(page, `[data-question="${question.id}"] [data-check]`);
    await page.keyboard.press('Enter');
    expect(await page.locator(`[data-question="${question.id}"] [data-feedback]`).textContent()).toBe(
      strings.quiz.chooseFirst,
    );
    await page.locator(`#answer-${question.id}-${question.answer}`).check();
    await page.locator(`[data-question="${question.id}"] [data-check]`).click();
    await page.locator('[data-restart]').click();
    expect(await page.locator('[data-score-box]').isHidden()).toBe(true);
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    await page.context().close();
  });

  test('without JavaScript the quiz is a list with each answer in <details>', async () => {
    const { page } = await open('/educators/quiz/', { javaScriptEnabled: false });
    expect(await page.locator('details[data-details]').count()).toBe(quiz.questions.length);
    expect(await page.locator('fieldset[data-interactive]').first().isHidden()).toBe(true);
    await page.locator('details[data-details] summary').first().click();
    expect(await page.locator('details[data-details]').first().textContent()).toContain(strings.quiz.answerIs);
    await page.context().close();
  });
});

describe('misconfiguration simulator', () => {
  const verdict = (page: Page) => page.locator('[data-verdict-text]').textContent();

  test('the simulator starts open, closes with a deny rule placed first, and reports bad input', async () => {
    const { page, problems } = await open('/educators/simulator/');
    expect(await verdict(page)).toMatch(/^Open and readable/);
    expect(await page.locator('[data-estimate]').textContent()).toContain('hours');

    await page.getByRole('button', { name: strings.simulator.add }).click();
    const rows = page.locator('[data-row]');
    const added = rows.last();
    expect(await added.locator('[data-field="priority"]').evaluate((input) => input === document.activeElement)).toBe(
      true,
    );
    // A deny with a higher number than the broad allow changes nothing…
    expect(await verdict(page)).toMatch(/^Open and readable/);
    // …the same deny checked first closes the database.
    await added.locator('[data-field="priority"]').fill('250');
    await expect.poll(() => verdict(page)).toMatch(/^Closed/);

    await rows.first().locator('[data-field="source"]').fill('10.20.0.1/16');
    const source = rows.first().locator('[data-field="source"]');
    await expect.poll(() => source.getAttribute('aria-invalid')).toBe('true');
    const errorId = await source.getAttribute('aria-describedby');
    expect(await page.locator(`#${errorId}`).textContent()).toContain('did you mean 10.20.0.0/16?');
    expect(await page.locator('[data-problem-list] li').count()).toBe(1);

    await page.getByRole('button', { name: strings.simulator.reset }).click();
    await expect.poll(() => verdict(page)).toMatch(/^Open and readable/);
    await page.getByLabel(strings.simulator.authentication).check();
    await expect.poll(() => verdict(page)).toMatch(/^Reachable, but locked/);
    expect(await page.locator('[data-estimate]').isHidden()).toBe(true);

    await page.getByRole('button', { name: 'Remove rule 2' }).click();
    await expect.poll(() => verdict(page)).toMatch(/^Closed/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('a partner range is restricted, not open', async () => {
    const { page } = await open('/educators/simulator/');
    await page.locator('[data-row]').nth(1).locator('[data-field="source"]').fill('198.51.100.0/24');
    await expect.poll(() => verdict(page)).toMatch(/^Restricted: only 256 public addresses/);
    await page.context().close();
  });

  test('without JavaScript the simulator shows the worked example read-only and says why', async () => {
    const { page } = await open('/educators/simulator/', { javaScriptEnabled: false });
    expect(await verdict(page)).toMatch(/^Open and readable/);
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-row] [data-field="priority"]').first().getAttribute('readonly')).not.toBeNull();
    await page.context().close();
  });
});

describe('redaction lab', () => {
  const summary = (score: ReturnType<typeof scoreRedaction>) =>
    strings.redaction.summary.replace(/\{(\w+)\}/g, (_, name: keyof typeof score) => String(score[name]));

  test('the naive rules let awkward formats through; the better rules catch them and add false positives', async () => {
    const { page, problems } = await open('/educators/redaction-lab/');
    const naive = scoreRedaction(supportNotes, naiveRuleIds);
    expect(await page.locator('[data-summary]').textContent()).toBe(summary(naive));
    expect(await page.locator('mark.leaked').count()).toBe(naive.missed);

    for (const id of ruleIds) await page.locator(`#rule-${id}`).check();
    const all = scoreRedaction(supportNotes, ruleIds);
    await expect.poll(() => page.locator('[data-summary]').textContent()).toBe(summary(all));
    expect(await page.locator('mark.leaked').count()).toBe(0);
    expect(await page.locator('s.over').count()).toBe(all.falsePositives);
    expect(await page.locator('[data-note="note-2"] [data-missed]').textContent()).toBe(
      strings.redaction.nothingMissed,
    );

    await page.getByLabel(strings.redaction.rules['email-spaced'].label).uncheck();
    await expect
      .poll(() => page.locator('[data-note="note-2"] [data-missed]').textContent())
      .toContain('XYZ @contoso com');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript the lab shows the naive result and says interaction needs JavaScript', async () => {
    const { page } = await open('/educators/redaction-lab/', { javaScriptEnabled: false });
    expect(await page.locator('[data-summary]').textContent()).toBe(
      summary(scoreRedaction(supportNotes, naiveRuleIds)),
    );
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('layout and print', () => {
  test.each([
    '/educators/',
    '/educators/quiz/',
    '/educators/simulator/',
    '/educators/redaction-lab/',
    '/educators/handout/',
  ])('%s fits a 320 px wide screen', async (path) => {
    const { page } = await open(path, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  test.each(['A4', 'Letter'])('the handout prints on one or two %s pages', async (format) => {
    const { page } = await open('/educators/handout/');
    const pdf = await page.pdf({ format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});

describe('trainer pack', () => {
  const files = unzipSync(new Uint8Array(readFileSync('dist/educators/trainer-pack.zip')));
  const names = Object.keys(files);

  test('the trainer pack holds the handout, the discussion questions and every derived CSV', () => {
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'handout.html', 'discussion-questions.md', 'quiz.md']));
    const csvs = readdirSync('data/derived').filter((name) => name.endsWith('.csv'));
    for (const csv of csvs)
      expect(strFromU8(files[`data/${csv}`] ?? new Uint8Array())).toBe(readFileSync(`data/derived/${csv}`, 'utf8'));
    const markdown = strFromU8(files['discussion-questions.md']!);
    expect(markdown).toContain('## Discussion questions');
    expect(markdown).not.toMatch(/\{fact:/);
    expect(strFromU8(files['quiz.md']!)).not.toMatch(/\{fact:/);
  });

  test('the trainer pack ships every chart as SVG and PNG with its text description, when charts are built', () => {
    const charts = readdirSync('dist').includes('charts')
      ? readdirSync('dist/charts')
          .filter((name) => name.endsWith('.svg'))
          .map((name) => name.slice(0, -4))
      : [];
    for (const id of charts) {
      expect(names).toEqual(expect.arrayContaining([`charts/${id}.svg`, `charts/${id}.png`, `charts/${id}.txt`]));
      // The same files the site serves, not a second rendering that could drift.
      expect(strFromU8(files[`charts/${id}.svg`]!)).toBe(readFileSync(`dist/charts/${id}.svg`, 'utf8'));
      expect(files[`charts/${id}.png`]).toEqual(new Uint8Array(readFileSync(`dist/charts/${id}.png`)));
      expect(strFromU8(files[`charts/${id}.txt`]!).split('\n\n')[1]?.length).toBeGreaterThan(40);
    }
  });

  test('the trainer pack’s handout is a complete page that needs no other file', () => {
    const handout = strFromU8(files['handout.html']!);
    expect(handout).toMatch(/^<!doctype html>/);
    expect(handout).not.toMatch(/<(script|link)\b/);
    expect(handout).toContain('250 million');
  });

  test('the trainer pack holds no personal data', () => {
    for (const name of names.filter((file) => !file.endsWith('.png')))
      expect(findPersonalData(strFromU8(files[name]!)), name).toEqual([]);
  });
});
