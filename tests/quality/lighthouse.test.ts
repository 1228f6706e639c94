/**
 * Lighthouse 12 with its mobile defaults on the named pages (src/quality/lighthouse.ts
 * `auditedPages`: the home page and the heaviest page of each kind): accessibility, best
 * practices and SEO must each score at least 0.95. These do not depend on the machine's speed;
 * performance does, so `npm run bench` scores it (best of several runs) instead. One run per
 * page, all in one headless Chromium (Lighthouse clears the page's storage before each run). A
 * missing page fails, never skips.
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  auditedPages,
  auditsLosingPoints,
  deterministicCategories,
  lighthouseShortfalls,
  planLighthouseAudits,
  skippedAudits,
  type AuditedPageKind,
  type LighthouseReport,
} from '../../src/quality/lighthouse.ts';
import { launchChromium, runLighthouse } from '../../scripts/lighthouse-run.ts';
import { builtPages, siteUrl } from '../browser/harness.ts';

const plan = planLighthouseAudits(builtPages());

let chrome: LaunchedChrome;
beforeAll(async () => {
  chrome = await launchChromium(inject('chromiumPath'));
});
afterAll(() => chrome?.kill());

test.each(Object.keys(auditedPages) as AuditedPageKind[])(
  `Lighthouse scores the %s page at least 0.95 in ${deterministicCategories.join(', ')}`,
  async (kind) => {
    const path = plan.pages[kind];
    expect(path, plan.missing[kind]).toBeDefined();
    const result = await runLighthouse(`${siteUrl()}${path}`, {
      port: chrome.port,
      categories: deterministicCategories,
      skipAudits: skippedAudits[kind].audits,
    });
    expect(result.lhr.runtimeError?.message, 'Lighthouse runtime error').toBeUndefined();
    const report = result.lhr as unknown as LighthouseReport;
    // The scores go to the log too, so a run shows how much headroom each page has.
    const scores = deterministicCategories.map(
      (id) => `${id} ${Math.round((result.lhr.categories[id]?.score ?? 0) * 100)}`,
    );
    console.info(`Lighthouse ${path}: ${scores.join(', ')}`);
    const shortfalls = lighthouseShortfalls(path ?? kind, result.lhr.categories);
    const reasons = shortfalls.length
      ? deterministicCategories.flatMap((category) =>
          auditsLosingPoints(report, category).map((audit) => `${category}: ${audit}`),
        )
      : [];
    expect([...shortfalls, ...reasons.map((reason) => `  ${reason}`)]).toEqual([]);
  },
);
