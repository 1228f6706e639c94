/**
 * Snapshot tests: each chart's SVG at the narrow and the wide width, normalised, compared with
 * __snapshots__/<chart>-<width>.svg. On a mismatch the new drawing is written beside the snapshot
 * as <chart>-<width>-changed.svg (gitignored) to open and compare; `vitest -u` accepts it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { normalizeSvg } from './normalize.ts';
import { chartIds } from './registry.ts';
import { renderChartMarkup, roundNumbers } from './render.ts';
import { layoutWidths } from './types.ts';

const snapshots = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

describe.each(chartIds)('render %s', (id) => {
  test.each([layoutWidths.narrow, layoutWidths.wide])('at %ipx matches its snapshot', async (width) => {
    const svg = normalizeSvg(renderChartMarkup(id, width, 'snapshot'));
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
    'at %ipx has a title, a description and a viewBox of that width',
    (width) => {
      const svg = renderChartMarkup(id, width, 'check');
      const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root).toMatch(new RegExp(` viewBox="0 0 ${width} \\d+(\\.\\d+)?"`));
      expect(root).toContain(' aria-labelledby="check-title"');
      expect(root).toContain(' aria-describedby="check-desc"');
      expect(svg).toMatch(/<title id="check-title">[^<]+<\/title><desc id="check-desc">[^<]+<\/desc>/);
    },
  );

  test('inline markup has no style attribute or <style> element (the CSP allows neither)', () => {
    const svg = renderChartMarkup(id, layoutWidths.wide);
    expect(svg).not.toMatch(/\sstyle="/);
    expect(svg).not.toContain('<style');
  });

  test('every focusable mark carries the details the interaction shows', () => {
    const svg = renderChartMarkup(id, layoutWidths.wide);
    const marks = [...svg.matchAll(/<[a-z]+ [^>]*class="chart-mark[^"]*"[^>]*>/g)].map((match) => match[0]);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark).toMatch(/data-title="[^"]+"/);
      expect(mark).toMatch(/aria-label="[^"]+"/);
      expect(mark).toContain('role="img"');
    }
  });
});

test('normalizeSvg(svg) rounds numbers and renumbers ids with their references', () => {
  const svg =
    '<svg aria-labelledby="chart-7-title"><title id="chart-7-title">T</title><rect x="1.23456789" y="2.5"/><use href="#chart-7-title"/></svg>';
  expect(normalizeSvg(svg)).toBe(
    '<svg aria-labelledby="id0">\n<title id="id0">T</title>\n<rect x="1.235" y="2.5"/>\n<use href="#id0"/>\n</svg>',
  );
});

test('roundNumbers(value) rounds float noise in coordinates to two places', () => {
  expect(roundNumbers('translate(40,49.99999999999999)')).toBe('translate(40,50)');
  expect(roundNumbers('M0.35200000000000004,-6.204h12.4071')).toBe('M0.35,-6.2h12.41');
  expect(roundNumbers('M1.5,2')).toBe('M1.5,2');
});

test.each(chartIds)('%s markup has no number with more than two decimals in its geometry', (id) => {
  const svg = renderChartMarkup(id, layoutWidths.wide);
  expect(svg.match(/\s(d|x|y|width|height|transform|cx|cy)="[^"]*\d\.\d{3,}/g)).toBeNull();
});
