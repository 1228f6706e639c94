import { describe, expect, test } from 'vitest';
import { fixtureSite } from './fixture-site.ts';
import { svgProblem, svgProblems } from './svg-validity.ts';

describe('svgProblems(site)', () => {
  test('names the malformed SVG of the fixture site and passes the good one', () => {
    expect(svgProblems(fixtureSite())).toEqual([expect.stringMatching(/^charts\/broken\.svg: not well-formed XML: /)]);
  });
});

describe('svgProblem(file, text)', () => {
  test('flags a root that is not SVG', () => {
    expect(svgProblem('a.svg', '<html xmlns="http://www.w3.org/1999/xhtml"/>')).toBe(
      'a.svg: the root element is not <svg xmlns="http://www.w3.org/2000/svg">',
    );
  });
  test('flags an <svg> without its namespace', () => {
    expect(svgProblem('a.svg', '<svg viewBox="0 0 1 1"/>')).toMatch(/root element is not <svg/);
  });
  test('passes a well-formed SVG', () => {
    expect(svgProblem('a.svg', '<svg xmlns="http://www.w3.org/2000/svg"><title>x</title></svg>')).toBeUndefined();
  });
});
