/**
 * Snapshot tests on the fixture data (tests/fixtures/raw), as Plot's own tests do: each chart's
 * SVG at the narrow and the wide width, normalised, compared with __snapshots__/<chart>-<width>.svg.
 * On a mismatch the new drawing is written beside the snapshot as <chart>-<width>-changed.svg
 * (gitignored) to open and compare; `vitest -u` accepts it. Fixture data, so an edit to the real
 * data never shows up here as a rendering change.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { derived } from '../lib/data.ts';
import { fixture } from '../lib/fixture-data.ts';
import { strings } from '../lib/strings.ts';
import { layoutWidths } from './layout.ts';
import { normalizeSvg } from './normalize.ts';
import { chartModules } from './registry.ts';
import { renderChartMarkup, roundNumbers } from './server-svg.ts';

const snapshots = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

describe.each(chartModules.map((module) => [module.id, module] as const))('render %s', (id, module) => {
  const chart = module.build(fixture(), strings);

  test.each([layoutWidths.narrow, layoutWidths.wide])('at %ipx matches its snapshot', async (width) => {
    const svg = normalizeSvg(renderChartMarkup(chart, width, 'snapshot').svg);
    const changed = join(snapshots, `${id}-${width}-changed.svg`);
    try {
      await expect(svg).toMatchFileSnapshot(join(snapshots, `${id}-${width}.svg`));
      rmSync(changed, { force: true });
    } catch (error) {
      mkdirSync(snapshots, { recursive: true });
      writeFileSync(changed, svg);
      throw error;
    }
  });

  test.each([layoutWidths.narrow, layoutWidths.medium, layoutWidths.wide])(
    'at %ipx has a title, a description, and a viewBox of the size it reports',
    (width) => {
      const markup = renderChartMarkup(chart, width, 'check');
      const root = /^<svg[^>]*>/.exec(markup.svg)?.[0] ?? '';
      expect(markup.width).toBe(width);
      expect(root).toContain(` viewBox="0 0 ${markup.width} ${markup.height}"`);
      expect(root).toContain(' aria-labelledby="check-title"');
      expect(root).toContain(' aria-describedby="check-desc"');
      expect(markup.svg).toContain(`<title id="check-title">${chart.title}</title><desc id="check-desc">`);
    },
  );

  test('inline, the SVG is named by its kind and described by its summary, not the title again', () => {
    const markup = renderChartMarkup(chart, layoutWidths.wide, 'inline', true).svg;
    expect(markup).toContain(`<title id="inline-title">${chart.inline.kind}</title>`);
    expect(markup).toContain(`<desc id="inline-desc">${chart.inline.summary}</desc>`);
    expect(markup).not.toContain(`<title id="inline-title">${chart.title}`);
    expect(chart.inline.summary).not.toBe(chart.description);
  });

  test('inline markup has no style attribute or <style> element (the CSP allows neither)', () => {
    const { svg } = renderChartMarkup(chart, layoutWidths.wide);
    expect(svg).not.toMatch(/\sstyle="/);
    expect(svg).not.toContain('<style');
  });

  test('every focusable mark carries the details the interaction shows', () => {
    const { svg } = renderChartMarkup(chart, layoutWidths.wide);
    const marks = [...svg.matchAll(/<[a-z]+ [^>]*class="chart-mark[^"]*"[^>]*>/g)].map((match) => match[0]);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark).toMatch(/data-title="[^"]+"/);
      expect(mark).toMatch(/aria-label="[^"]+"/);
      expect(mark).toContain('role="img"');
    }
  });

  test('no number in its geometry has more than two decimals', () => {
    const { svg } = renderChartMarkup(chart, layoutWidths.wide);
    expect(svg.match(/\s(d|x|y|width|height|transform|cx|cy)="[^"]*\d\.\d{3,}/g)).toBeNull();
  });

  test('every painted element carries the paint-* class of the colour it is painted with', () => {
    const { svg } = renderChartMarkup(chart, layoutWidths.wide);
    for (const tag of svg.match(/<[a-z]+ [^>]*\b(fill|stroke)="#[0-9a-f]{6}"[^>]*>/g) ?? [])
      expect(tag, tag).toMatch(/class="[^"]*paint-(fill|stroke)-/);
  });
});

/** A description's sentences: split after a full stop that ends a sentence (not inside "7.5 million"). */
const sentencesOf = (text: string) => text.split(/(?<=[.!?]["”)]?)\s+(?=[A-Z0-9"“])/);

describe.each([
  ['the fixture', fixture()],
  ['the site', derived],
] as const)('descriptions and notes on %s data read plainly', (_name, data) => {
  test.each(chartModules.map((module) => [module.id, module] as const))(
    '%s: no sentence is longer than 25 words',
    (_id, module) => {
      const chart = module.build(data, strings);
      for (const text of [chart.description, chart.inline.summary, ...chart.notes])
        for (const sentence of sentencesOf(text))
          expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
    },
  );
});

test('normalizeSvg(svg) rounds numbers and renumbers ids with their references', () => {
  const svg =
    '<svg aria-labelledby="chart-7-title"><title id="chart-7-title">T</title>' +
    '<rect x="1.23456789" y="2.5"/><use href="#chart-7-title"/></svg>';
  expect(normalizeSvg(svg)).toBe(
    '<svg aria-labelledby="id0">\n<title id="id0">T</title>\n<rect x="1.235" y="2.5"/>\n<use href="#id0"/>\n</svg>',
  );
});

test('roundNumbers(value) rounds float noise in coordinates to two places', () => {
  expect(roundNumbers('translate(40,49.99999999999999)')).toBe('translate(40,50)');
  expect(roundNumbers('M0.35200000000000004,-6.204h12.4071')).toBe('M0.35,-6.2h12.41');
  expect(roundNumbers('M1.5,2')).toBe('M1.5,2');
});
