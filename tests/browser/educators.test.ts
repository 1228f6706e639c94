/**
 * The educators' kit in a browser: the quiz by keyboard with per-option feedback and the
 * re-check rule, the simulator's refusals and Azure's verdicts, IP flow verify, challenge links,
 * both labs, the no-JavaScript fallbacks, 320 px layouts, the handout's printed length, and the
 * trainer pack's contents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { educators as strings } from '../../content/strings.json';
import { startingTables } from '../../src/educators/challenges.ts';
import { challengesFor, quiz } from '../../src/educators/content.ts';
import { chapterSlugs } from '../../src/schemas/content.ts';
import { naiveRuleIds, ruleIds, scoreRedaction } from '../../src/educators/redactor.ts';
import { encodeFragment } from '../../src/educators/scenario-link.ts';
import { december2019Scenario, type RuleDraft, type Scenario } from '../../src/educators/simulator.ts';
import { nextWeekNotes, supportNotes } from '../../src/educators/support-notes.ts';
import { findPersonalData } from '../../src/guard/personal-data.ts';
import { budgetOverrun } from '../../src/quality/budgets.ts';
import { pageWeights } from '../../src/quality/page-weights.ts';
import { readSite } from '../../src/quality/site.ts';
import { axeViolations, builtPages, connectBrowser, openRecordedPage, siteUrl } from './harness.ts';

const site = readSite('dist');
const challenges = challengesFor('en');

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a page and waits for the network to go quiet. Service workers are blocked: the pages register one
 * that precaches the kit (61 files) in every new context, which costs a loaded machine more than the test;
 * educators-offline.test.ts tests it.
 */
async function open(
  path: string,
  options: Parameters<typeof openRecordedPage>[1] = {},
): Promise<{ page: Page; problems: Awaited<ReturnType<typeof openRecordedPage>>['problems'] }> {
  const opened = await openRecordedPage(browser, { serviceWorkers: 'block', ...options });
  await opened.page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' });
  return opened;
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('quiz', () => {
  test('the quiz can be answered by keyboard alone, with feedback for the option chosen and a score', async () => {
    const { page, problems } = await open('/educators/quiz/');
    for (const [index, question] of quiz.questions.entries()) {
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
      // The feedback for the option chosen, not one text for every wrong answer.
      expect(await feedback.textContent()).toContain(
        question.options[choice]!.feedback.replace(/\{fact:[^}]+\}/g, '').slice(0, 12),
      );
      expect(await feedback.locator(`a[href="/chapters/${question.chapter}/"]`).count()).toBe(1);
      // Spoken feedback is plain: no source links in the middle of a sentence.
      expect(await feedback.locator('.fact-source, sup').count()).toBe(0);
    }
    const total = quiz.questions.length;
    expect(await page.locator('[data-score]').textContent()).toBe(
      `Score: ${total - 1} correct out of ${total} answered (${total} questions).`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('a wrong answer changed and checked again still counts as wrong', async () => {
    const { page } = await open('/educators/quiz/');
    const question = quiz.questions[1]!;
    const wrong = (question.answer + 1) % question.options.length;
    await page.locator(`#answer-${question.id}-${wrong}`).check();
    await page.locator(`[data-question="${question.id}"] [data-check]`).click();
    await page.locator(`#answer-${question.id}-${question.answer}`).check();
    await page.locator(`[data-question="${question.id}"] [data-check]`).click();
    await expect
      .poll(() => page.locator(`[data-question="${question.id}"] [data-feedback]`).textContent())
      .toContain(strings.quiz.correct);
    expect(await page.locator('[data-score]').textContent()).toBe(
      `Score: 0 correct out of 1 answered (${quiz.questions.length} questions).`,
    );
    await page.context().close();
  });

  test('a Check without a choice asks for one, and Start again clears the score', async () => {
    const { page } = await open('/educators/quiz/');
    const question = quiz.questions[0]!;
    await page.locator(`[data-question="${question.id}"] [data-check]`).click();
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

  test('without JavaScript the quiz is a list with each answer in <details>, and rule-table questions show their table', async () => {
    const { page } = await open('/educators/quiz/', { javaScriptEnabled: false });
    expect(await page.locator('details[data-details]').count()).toBe(quiz.questions.length);
    expect(await page.locator('fieldset[data-interactive]').first().isHidden()).toBe(true);
    expect(await page.locator('.question .rule-table table').count()).toBe(
      quiz.questions.filter((q) => q.table).length,
    );
    await page.locator('details[data-details] summary').first().click();
    expect(await page.locator('details[data-details]').first().textContent()).toContain(strings.quiz.answerIs);
    await page.context().close();
  });
});

describe('misconfiguration simulator', () => {
  const verdict = (page: Page) => page.locator('[data-verdict-text]').textContent();
  const openRule = (page: Page) => page.locator('[data-row]').nth(1);
  const fields = strings.simulator.fieldNames;

  test('the simulator starts open, closes with a deny rule placed first, and resets', async () => {
    const { page, problems } = await open('/educators/simulator/');
    expect(await verdict(page)).toMatch(/^Open and readable/);
    expect(await page.locator('[data-estimate]').textContent()).toContain('one honeypot, 11 days');

    await page.getByRole('button', { name: strings.simulator.add }).click();
    const added = page.locator('[data-row]').last();
    expect(await added.locator('[data-field="priority"]').evaluate((input) => input === document.activeElement)).toBe(
      true,
    );
    // A deny with a higher number than the broad allow changes nothing…
    expect(await verdict(page)).toMatch(/^Open and readable/);
    // …the same deny checked first closes the database.
    await added.locator('[data-field="priority"]').fill('250');
    await expect.poll(() => verdict(page)).toMatch(/^Closed/);

    await page.getByRole('button', { name: strings.simulator.reset }).click();
    await expect.poll(() => verdict(page)).toMatch(/^Open and readable/);
    await page.getByLabel(strings.simulator.authentication).check();
    await expect.poll(() => verdict(page)).toMatch(/^Reachable, but locked/);
    expect(await page.locator('[data-estimate]').isHidden()).toBe(false);
    await page.getByRole('button', { name: 'Remove rule 2' }).click();
    await expect.poll(() => verdict(page)).toMatch(/^Closed/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  // The trainer's edits of the open rule that Azure would refuse, and more: each is "Not evaluated" and names the field.
  const refused: [string, keyof RuleDraft, string][] = [
    ['source', 'source', '10.0.0.1/8'],
    ['source', 'source', 'everyone'],
    ['priority', 'priority', '5000'],
    ['priority', 'priority', '200'],
    ['source', 'source', '10.0.0.0/33'],
    ['port', 'port', '65536'],
    ['port', 'port', '9300-9200'],
    ['port', 'port', '92OO'],
    ['name', 'name', 'allow elasticsearch!'],
    ['destination', 'destination', 'AzureCloud'],
    ['source', 'source', 'Internet, 10.0.0.0/8'],
  ];
  const accepted: [Partial<RuleDraft>, RegExp][] = [
    [{ source: 'AzureLoadBalancer' }, /^Closed/],
    [{ port: '9200, 9300' }, /^Open and readable: 100%/],
    [{ source: '0.0.0.0/0' }, /^Open and readable: 100%/],
    [{ source: '198.51.100.0/24' }, /^Restricted: only 256 public addresses/],
    [{ source: '10.0.0.0/8' }, /^Closed/],
    [{ port: '9300' }, /^Closed/],
    [{ destination: '203.0.113.10' }, /^Closed/],
    [{ destination: '10.0.0.4' }, /^Open and readable/],
  ];
  // One page for all the edits: each is made, checked, and put back before the next.
  test('every edit Azure would refuse gives "Not evaluated" naming the rule and field, never "Closed"', async () => {
    const { page } = await open('/educators/simulator/');
    for (const [, field, value] of refused) {
      const input = openRule(page).locator(`[data-field="${field}"]`);
      const original = await input.inputValue();
      await input.fill(value);
      const label = `${field} = ${value}`;
      await expect
        .poll(() => verdict(page), { message: label })
        .toMatch(new RegExp(`^Not evaluated: fix rule 2 \\(${fields[field]}\\)`));
      expect(await verdict(page), label).not.toMatch(/Closed/);
      expect(await page.locator('[data-verdict-headline]').textContent(), label).toContain(
        `fix rule 2 (${fields[field]})`,
      );
      expect(await input.getAttribute('aria-invalid'), label).toBe('true');
      const errorId = await input.getAttribute('aria-describedby');
      expect((await page.locator(`#${errorId}`).textContent())?.length, label).toBeGreaterThan(10);
      expect(await page.locator('[data-problem-list] li').first().textContent(), label).toMatch(
        new RegExp(`^Rule 2, ${fields[field]}: `),
      );
      await input.fill(original);
      await expect.poll(() => verdict(page), { message: label }).toMatch(/^Open and readable/);
    }
    await page.context().close();
  });

  test('every valid edit gives Azure’s verdict', async () => {
    const { page } = await open('/educators/simulator/');
    for (const [change, expected] of accepted) {
      for (const [field, value] of Object.entries(change))
        await openRule(page).locator(`[data-field="${field}"]`).fill(value);
      await expect.poll(() => verdict(page), { message: JSON.stringify(change) }).toMatch(expected);
      await page.getByRole('button', { name: strings.simulator.reset }).click();
      await expect.poll(() => verdict(page)).toMatch(/^Open and readable/);
    }
    await page.context().close();
  });

  test('a /15 gets a scaled-down estimate, not the whole-internet one, and a /16 gets one too', async () => {
    const { page } = await open('/educators/simulator/');
    for (const source of ['8.0.0.0/15', '8.0.0.0/16']) {
      await openRule(page).locator('[data-field="source"]').fill(source);
      await expect
        .poll(() => page.locator('[data-estimate]').textContent())
        .toContain('less than one unauthorised request');
      expect(await page.locator('[data-estimate]').textContent()).toContain('not spread evenly');
    }
    await page.context().close();
  });

  test('IP flow verify names the deciding rule and highlights it, and follows edits', async () => {
    const { page } = await open('/educators/simulator/');
    await page.getByLabel(strings.simulator.flow.source).fill('203.0.113.50');
    await page.getByRole('button', { name: strings.simulator.flow.check }).click();
    const result = page.locator('[data-flow-result]');
    await expect.poll(() => result.textContent()).toBe('Access allowed by allow-elasticsearch (priority 310).');
    expect(await openRule(page).getAttribute('data-decides')).toBe('');
    expect(await page.locator('[data-row][data-decides]').count()).toBe(1);
    await page.getByLabel(strings.simulator.flow.port, { exact: true }).fill('3389');
    await page.getByRole('button', { name: strings.simulator.flow.check }).click();
    await expect.poll(() => result.textContent()).toBe('Access denied by deny-remote-desktop (priority 4000).');
    await openRule(page).locator('[data-field="source"]').fill('everyone');
    await expect.poll(() => result.textContent()).toBe('Not evaluated: fix rule 2 (Source) first.');
    await page.getByLabel(strings.simulator.flow.source).fill('300.1.1.1');
    await openRule(page).locator('[data-field="source"]').fill('*');
    await page.getByRole('button', { name: strings.simulator.flow.check }).click();
    await expect.poll(() => result.textContent()).toMatch(/^Source address: “300” in “300.1.1.1”/);
    await page.context().close();
  });

  test('at 1280 × 900 the verdict stays in view while the last rule is edited', async () => {
    const { page } = await open('/educators/simulator/', { viewport: { width: 1280, height: 900 } });
    const last = page.locator('[data-row]').last().locator('[data-field="port"]');
    await last.scrollIntoViewIfNeeded();
    await last.fill('*');
    const box = await page.locator('[data-verdict-text]').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 900).toBe(true);
    await page.context().close();
  });

  test('at 375 px the verdict bar stays in view while a rule is edited', async () => {
    const { page } = await open('/educators/simulator/', { viewport: { width: 375, height: 700 } });
    const last = page.locator('[data-row]').last().locator('[data-field="source"]');
    await last.scrollIntoViewIfNeeded();
    await last.fill('everyone');
    const bar = page.locator('[data-verdict-bar]');
    await expect.poll(() => bar.textContent()).toContain('Not evaluated: fix rule 3 (Source)');
    const box = await bar.boundingBox();
    expect(box && box.y >= 0 && box.y < 700).toBe(true);
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

describe('simulator links and challenges', () => {
  const withRule = (scenario: Scenario, name: string, change: Partial<RuleDraft>): Scenario => ({
    ...scenario,
    rules: scenario.rules.map((rule) => (rule.name === name ? { ...rule, ...change } : rule)),
  });
  const solutions: Record<string, Scenario> = {
    'what-changed': withRule(startingTables.after, 'allow-elasticsearch', { source: '10.20.0.0/16' }),
    'deny-too-low': withRule(startingTables['deny-too-low'], 'deny-internet', { priority: '300', port: '*' }),
    'partner-only': withRule(startingTables.after, 'allow-elasticsearch', { source: '198.51.100.0/24', port: '9200' }),
    'public-address': withRule(startingTables['public-address'], 'deny-internet-to-db', { destination: '10.0.0.4' }),
    'health-probes': withRule(startingTables['health-probes'], 'deny-all-es', { source: 'Internet' }),
  };

  test('each challenge link loads its table and grades it, and passes once solved', async () => {
    const { page, problems } = await open('/educators/simulator/');
    const status = page.locator('[data-challenge-status]');
    for (const challenge of challenges) {
      await page.goto(`${siteUrl()}/educators/simulator/#challenge=${challenge.id}`);
      await expect
        .poll(() => page.locator('[data-challenge-title]').textContent(), { message: challenge.id })
        .toBe(challenge.title);
      expect(await page.locator('[data-row]').count(), challenge.id).toBe(startingTables[challenge.start].rules.length);
      expect(await status.textContent(), challenge.id).not.toBe(strings.challenges.passed);
      // The solved table, as a trainer would share it.
      await page.goto(`${siteUrl()}/educators/simulator/${encodeFragment(solutions[challenge.id]!, challenge.id)}`);
      await expect.poll(() => status.textContent(), { message: challenge.id }).toBe(strings.challenges.passed);
      expect(await page.locator('[data-challenge-goals] li[data-met]').count(), challenge.id).toBe(
        challenge.goals.length,
      );
    }
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('a challenge is graded as the learner edits, and the address bar keeps the table to share', async () => {
    const { page } = await open('/educators/simulator/#challenge=deny-too-low');
    const deny = page.locator('[data-row]').last();
    await deny.locator('[data-field="priority"]').fill('300');
    await expect.poll(() => page.locator('[data-challenge-status]').textContent()).toBe(strings.challenges.passed);
    const shared = await page.evaluate(() => window.location.hash);
    expect(shared).toMatch(/^#challenge=deny-too-low&table=/);
    const second = await open(`/educators/simulator/${shared}`);
    expect(await second.page.locator('[data-row]').last().locator('[data-field="priority"]').inputValue()).toBe('300');
    expect(await second.page.locator('[data-challenge-status]').textContent()).toBe(strings.challenges.passed);
    await second.page.context().close();
    await page.context().close();
  });

  test('a corrupted link shows a message and the December table, never a silent reset, and quotes nothing from the link', async () => {
    const good = encodeFragment(december2019Scenario);
    const { page, problems } = await open(`/educators/simulator/${good.slice(0, -9)}%3Cimg%20src%3Dx%3E`);
    const message = page.locator('[data-link-error]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/^This link’s table could not be read \(not an encoded table\)/);
    expect(await page.locator('[data-link-error] img').count()).toBe(0);
    expect(await page.locator('[data-verdict-text]').textContent()).toMatch(/^Open and readable/);
    const tampered = encodeFragment({ ...december2019Scenario, port: '22' as Scenario['port'] });
    await page.goto(`${siteUrl()}/educators/simulator/${tampered}`);
    await expect.poll(() => message.textContent()).toContain('(port: invalid_value)');
    await page.goto(`${siteUrl()}/educators/simulator/#challenge=no-such`);
    await expect.poll(() => message.textContent()).toContain('“no-such”');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('the challenges page lists every challenge with hints and a link, and shows the before and after verdicts', async () => {
    const { page } = await open('/educators/challenges/', { javaScriptEnabled: false });
    expect(await page.locator('.challenge-list > li').count()).toBe(challenges.length);
    const pair = page.locator('.before-after');
    expect(await pair.textContent()).toMatch(/Closed[\s\S]*Open and readable/);
    expect(await page.locator('a[href="/educators/simulator/#challenge=partner-only"]').count()).toBe(1);
    await page.context().close();
    const withJs = await open('/educators/challenges/');
    expect(await axeViolations(withJs.page)).toEqual([]);
    await withJs.page.context().close();
  });
});

describe('redaction lab', () => {
  const summary = (score: ReturnType<typeof scoreRedaction>) =>
    strings.redaction.summary.replace(/\{(\w+)\}/g, (_, name: keyof typeof score) => String(score[name]));

  test('better rules catch more and cost false positives; names count; next week’s notes leak; reset restores the start', async () => {
    const { page, problems } = await open('/educators/redaction-lab/');
    const week = page.locator('[data-set="week"]');
    const next = page.locator('[data-set="next"]');
    expect(await week.locator('[data-summary]').textContent()).toBe(
      summary(scoreRedaction(supportNotes, naiveRuleIds)),
    );

    for (const id of ruleIds) await page.locator(`#rule-${id}`).check();
    const all = scoreRedaction(supportNotes, ruleIds);
    await expect.poll(() => week.locator('[data-summary]').textContent()).toBe(summary(all));
    expect(all.missed).toBeGreaterThan(0);
    expect(await week.locator('mark.leaked').count()).toBe(all.missed);
    expect(await week.locator('s.over').count()).toBe(all.falsePositives);
    expect(await week.locator('[data-note="note-2"] [data-missed]').textContent()).toBe(
      strings.redaction.nothingMissed,
    );
    // Each removed span names the rule that removed it.
    expect(await week.locator('[data-note="note-2"] .removed').first().textContent()).toContain(
      strings.redaction.rules['email-spaced'].short,
    );
    const nextAll = scoreRedaction(nextWeekNotes, ruleIds);
    expect(await next.locator('[data-summary]').textContent()).toBe(summary(nextAll));
    expect(await next.locator('mark.leaked').count()).toBe(nextAll.missed);

    await page
      .getByLabel(strings.redaction.ownLabel)
      .fill('Ask for Jo Bloggs at jo@example.com or jo dot b at example dot org');
    await expect.poll(() => page.locator('[data-own-text] .removed').count()).toBe(3);
    expect(await page.locator('[data-own-result]').textContent()).toContain('3 stretches');

    await page.getByRole('button', { name: strings.redaction.reset }).click();
    await expect
      .poll(() => week.locator('[data-summary]').textContent())
      .toBe(summary(scoreRedaction(supportNotes, naiveRuleIds)));
    expect(await page.getByLabel(strings.redaction.ownLabel).inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript the lab shows the naive result and says interaction needs JavaScript', async () => {
    const { page } = await open('/educators/redaction-lab/', { javaScriptEnabled: false });
    expect(await page.locator('[data-set="week"] [data-summary]').textContent()).toBe(
      summary(scoreRedaction(supportNotes, naiveRuleIds)),
    );
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-own]').isHidden()).toBe(true);
    await page.context().close();
  });
});

describe('layout and print', () => {
  test.each([
    '/educators/',
    '/educators/quiz/',
    '/educators/simulator/',
    '/educators/challenges/',
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

  test('the handout names no placeholder domain, and has the lessons, a report line, the date and the licence', async () => {
    const { page } = await open('/educators/handout/');
    const text = (await page.locator('.handout').textContent()) ?? '';
    expect(text).not.toMatch(/example\.org|left-open\./);
    expect(text).toContain(strings.handout.reportLine);
    expect(text).toContain('Updated 1 December 2026.');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('From a separate 2020 test by Comparitech');
    await page.context().close();
  });
});

describe('byte budget', () => {
  test.each(builtPages().filter((path) => /^\/(?:es\/)?educators\//.test(path) && path.endsWith('/')))(
    '%s loads at most 30 KB of JavaScript (gzip)',
    (path) => {
      const file = `${path.slice(1)}index.html`;
      expect(
        budgetOverrun(
          { maxGzipBytes: 30_000, measures: 'JavaScript of an educators page' },
          pageWeights(site, file).js,
          file,
        ),
      ).toBeUndefined();
    },
  );
});

describe('trainer pack', () => {
  const files = unzipSync(new Uint8Array(readFileSync('dist/educators/trainer-pack.zip')));
  const names = Object.keys(files);

  test('the trainer pack holds the labs, the PDFs, slides, guide, quiz files, licence and every CSV', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'README.txt',
        'LICENSE.txt',
        'handout.html',
        'handout.pdf',
        'facilitator-guide.md',
        'quiz/quiz.md',
        'quiz/answer-key.md',
        'quiz/quiz.gift.txt',
        'slides/slides.html',
        'slides/slides.pdf',
        'labs/simulator.html',
        'labs/challenges.html',
        'labs/redaction-lab.html',
        'labs/quiz.html',
        'labs/assets/labs.js',
        ...chapterSlugs.map((slug, index) => `chapters/${String(index + 1).padStart(2, '0')}-${slug}.pdf`),
      ]),
    );
    for (const pdf of names.filter((name) => name.endsWith('.pdf')))
      expect(strFromU8(files[pdf]!.subarray(0, 5)), pdf).toBe('%PDF-');
    for (const csv of readdirSync('data/derived').filter((name) => name.endsWith('.csv')))
      expect(strFromU8(files[`data/${csv}`] ?? new Uint8Array())).toBe(readFileSync(`data/derived/${csv}`, 'utf8'));
  });

  test('the pack’s lab pages need no server: relative files only, no module scripts', () => {
    for (const lab of names.filter((name) => /^labs\/[^/]+\.html$/.test(name))) {
      const html = strFromU8(files[lab]!);
      expect(html, lab).not.toMatch(/type="module"|(?:src|href)="\/(?!\/)/);
      for (const [, ref] of html.matchAll(/(?:src|href)="(assets\/[^"]+)"/g))
        expect(names, lab).toContain(`labs/${ref}`);
    }
  });

  test('the trainer pack holds no personal data', () => {
    // PDFs are compressed: their text is checked on the pages they were printed from.
    for (const name of names.filter((file) => !/\.(png|pdf|woff2?)$/.test(file)))
      expect(findPersonalData(strFromU8(files[name]!)), name).toEqual([]);
  });
});
