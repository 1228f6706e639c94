import { describe, expect, test } from 'vitest';
import { nuFindings } from './nu-checker.ts';

/** Messages as vnu 26 prints them with --format json (shortened extracts). */
const output = JSON.stringify({
  version: '26.9.27',
  messages: [
    {
      type: 'info',
      subType: 'warning',
      url: 'file:/site/dist/about/index.html',
      lastLine: 1,
      firstColumn: 932,
      message: 'Resource violates Content Security Policy (meta tag).',
    },
    {
      type: 'error',
      url: 'file:/site/dist/embed/index.html',
      lastLine: 1,
      lastColumn: 5028,
      firstColumn: 4963,
      message: 'The “aria-label” attribute must not be specified on any “pre” element unless …',
    },
    {
      type: 'error',
      url: 'file:/site/dist/educators/quiz/index.html',
      lastLine: 1,
      lastColumn: 37987,
      firstColumn: 37884,
      message: 'Stray start tag “script”.',
    },
    {
      type: 'error',
      subType: 'fatal',
      url: 'file:/site/dist/educators/quiz/index.html',
      lastLine: 1,
      lastColumn: 37987,
      message: 'Cannot recover after last error. Any further errors will be ignored.',
    },
    { type: 'non-document-error', subType: 'io', url: 'file:/site/dist/gone.html', message: 'File not found.' },
  ],
});

describe('nuFindings(output, root)', () => {
  test('turns errors into "file:line:column message", relative to the root, sorted by file; drops info and warnings', () => {
    expect(nuFindings(output, '/site/dist')).toEqual([
      'educators/quiz/index.html:1:37884 Stray start tag “script”.',
      'educators/quiz/index.html:1:37987 Cannot recover after last error. Any further errors will be ignored.',
      'embed/index.html:1:4963 The “aria-label” attribute must not be specified on any “pre” element unless …',
      'gone.html File not found.',
    ]);
  });
  test('gives nothing for a clean run', () => {
    expect(nuFindings('{"messages":[]}', '/site/dist')).toEqual([]);
  });
  test('says what vnu printed when it is not JSON', () => {
    expect(() => nuFindings('Error: Unable to access jarfile', '/site/dist')).toThrow(
      /did not print JSON; it printed:\nError: Unable to access jarfile/,
    );
  });
});
