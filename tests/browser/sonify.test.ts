/**
 * "Play as sound" on /charts/, with a fake AudioContext injected before the page's scripts run,
 * which records every oscillator's frequency and start time instead of making a sound. Checks
 * that the player is not fetched until a press, that each chart plays its own data (read from the
 * chart's JSON download, not from the page), and that the live region, the highlight and Escape
 * behave. One page serves every case: the charts play one after another, as a reader would.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartedIncidents } from '../../src/charts/record-volume.ts';
import { noteTiming } from '../../src/charts/sonify.ts';
import { strings } from '../../src/lib/strings.ts';
import type { RankedIncident, Timeline, YearCause } from '../../src/schemas/derived.ts';
import { connectBrowser, openRecordedPage, siteUrl, type PageProblems } from './harness.ts';

/** What the fake records: one entry per AudioContext made (one per press of Play), with its notes. */
interface Played {
  notes: { frequency: number; start: number }[];
  closed: boolean;
}

/** Runs in the page before its scripts: a stand-in for the Web Audio API that keeps what it is asked to play. */
function fakeAudioContext(): void {
  const played: Played[] = [];
  (window as unknown as { played: Played[] }).played = played;
  class Param {
    value = 0;
    setValueAtTime(value: number): this {
      this.value = value;
      return this;
    }
    linearRampToValueAtTime(): this {
      return this;
    }
  }
  class Node {
    connect<Next>(next: Next): Next {
      return next;
    }
  }
  class FakeContext {
    currentTime = 0;
    destination = new Node();
    #record: Played = { notes: [], closed: false };
    constructor() {
      played.push(this.#record);
    }
    createGain() {
      return Object.assign(new Node(), { gain: new Param() });
    }
    createOscillator() {
      const record = this.#record;
      return Object.assign(new Node(), {
        type: 'sine',
        frequency: new Param(),
        start(this: { frequency: Param }, when: number) {
          record.notes.push({ frequency: this.frequency.value, start: when });
        },
        stop() {},
      });
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      this.#record.closed = true;
      return Promise.resolve();
    }
  }
  (window as unknown as { AudioContext: unknown }).AudioContext = FakeContext;
}

const sound = strings.charts.figure.sound;
const playerRequests: string[] = [];
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  browser = await connectBrowser();
  ({ page, problems } = await openRecordedPage(browser, { viewport: { width: 1280, height: 900 } }));
  await page.addInitScript(fakeAudioContext);
  // The page's timers run on a clock the tests move on, so a five-second tune takes no time.
  await page.clock.install();
  page.on('request', (request) => {
    if (/sonify-player[^/]*\.js$/.test(request.url())) playerRequests.push(request.url());
  });
  await page.goto(`${siteUrl()}/charts/`);
});
afterAll(async () => {
  await browser?.close();
});

const text = async (locator: Locator) => (await locator.textContent())?.trim();
const played = () => page.evaluate(() => (window as unknown as { played: Played[] }).played);
const chartJson = async <Data>(id: string): Promise<Data> =>
  ((await (await fetch(`${siteUrl()}/charts/${id}.json`)).json()) as { data: Data }).data;

/** Every pair of notes is ordered as their values are: a larger value a higher note, equal values the same note. */
function expectPitchesFollow(frequencies: readonly number[], values: readonly number[]): void {
  expect(frequencies).toHaveLength(values.length);
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++)
      expect(Math.sign(frequencies[i]! - frequencies[j]!), `notes ${i} and ${j}`).toBe(
        Math.sign(values[i]! - values[j]!),
      );
}

test('the button is on the charts with a numeric series only, and the player is not fetched until a press', async () => {
  expect(await page.locator('.chart-sound').count()).toBe(3);
  for (const id of ['timeline', 'record-volume', 'records-by-year-cause'])
    await page.locator(`#chart-${id}`).scrollIntoViewIfNeeded();
  const ready = page.locator('.chart-sound.is-ready');
  await expect.poll(() => ready.count(), { timeout: 10_000 }).toBe(3);
  const ids = await ready.evaluateAll((buttons) => buttons.map((button) => button.closest('chart-figure')?.id));
  expect(ids).toEqual(['chart-timeline', 'chart-record-volume', 'chart-records-by-year-cause']);
  await page.waitForLoadState('networkidle');
  expect(playerRequests).toEqual([]);
  expect(await played()).toEqual([]);
});

/** Presses Play on a chart and returns what its context was asked to play, once every note is scheduled. */
async function play(id: string): Promise<Played> {
  const before = (await played()).length;
  const button = page.locator(`#chart-${id} .chart-sound`);
  await button.click();
  await expect.poll(async () => (await played()).length, { timeout: 10_000 }).toBe(before + 1);
  await expect.poll(() => text(button)).toBe(sound.stop);
  await expect
    .poll(() => text(page.locator(`#chart-${id} .chart-live`)))
    .toMatch(/^Playing the chart as sound\. One note per/);
  return (await played())[before]!;
}

/** Start times as slots from the first note. */
const slots = (notes: Played['notes']) =>
  notes.map((note) => Math.round((note.start - notes[0]!.start) / noteTiming.slot));

describe('each chart plays its own data, one after another', () => {
  test('timeline: a note per event in date order, and Escape stops it and says so', async () => {
    const { events } = await chartJson<Timeline>('timeline');
    const { notes } = await play('timeline');
    expect(playerRequests).toHaveLength(1);
    expectPitchesFollow(
      notes.map((note) => note.frequency),
      events.map((event) => Date.parse(event.date)),
    );
    expect(slots(notes)).toEqual(events.map((_, index) => index));
    // The mark of the note sounding is ringed.
    await page.clock.runFor(100);
    await expect.poll(() => page.locator('#chart-timeline .chart-mark.is-sounding').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => text(page.locator('#chart-timeline .chart-live'))).toBe(sound.stopped);
    await expect.poll(() => text(page.locator('#chart-timeline .chart-sound'))).toBe(sound.play);
    expect(await page.locator('#chart-timeline .chart-mark.is-sounding').count()).toBe(0);
    expect((await played())[0]!.closed).toBe(true);
  });

  test('record-volume: a note per bar drawn, largest first, and left to play out it says it finished', async () => {
    const { incidents } = await chartJson<{ incidents: RankedIncident[] }>('record-volume');
    const { notes } = await play('record-volume');
    expectPitchesFollow(
      notes.map((note) => note.frequency),
      chartedIncidents(incidents).map((incident) => incident.records),
    );
    expect(notes[0]!.frequency).toBeGreaterThan(notes.at(-1)!.frequency);
    await page.clock.runFor((notes.length + 1) * noteTiming.slot * 1000);
    await expect.poll(() => text(page.locator('#chart-record-volume .chart-live'))).toBe(sound.finished);
    await expect.poll(() => text(page.locator('#chart-record-volume .chart-sound'))).toBe(sound.play);
  });

  test('records-by-year-cause: a note per year with incidents (all causes), a silent beat for a year without', async () => {
    const { byYearCause } = await chartJson<{ byYearCause: YearCause[] }>('records-by-year-cause');
    const totals = new Map<number, number>();
    for (const row of byYearCause) totals.set(row.year, (totals.get(row.year) ?? 0) + row.incidents);
    const years = [...totals.keys()].sort((a, b) => a - b);
    const { notes } = await play('records-by-year-cause');
    expectPitchesFollow(
      notes.map((note) => note.frequency),
      years.map((year) => totals.get(year)!),
    );
    expect(slots(notes)).toEqual(years.map((year) => year - years[0]!));
    await page.locator('#chart-records-by-year-cause .chart-sound').click();
    await expect.poll(() => text(page.locator('#chart-records-by-year-cause .chart-live'))).toBe(sound.stopped);
    expect(playerRequests).toHaveLength(1);
    expect(problems.consoleErrors).toEqual([]);
  });
});

test('without JavaScript there is no button and no room kept for one', async () => {
  const { page: still } = await openRecordedPage(browser, {
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  await still.goto(`${siteUrl()}/chapters/scale/`);
  expect(await still.locator('.chart-sound').count()).toBeGreaterThan(0);
  for (const button of await still.locator('.chart-sound').all()) expect(await button.isVisible()).toBe(false);
  // A row that holds only the button goes too; the timeline's keeps its (reserved) view buttons.
  expect(await still.locator('#chart-record-volume .chart-tools').boundingBox()).toBeNull();
  await still.context().close();
});
