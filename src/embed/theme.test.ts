import { describe, expect, test } from 'vitest';
import { themeFromQuery } from './theme.ts';

describe('themeFromQuery', () => {
  test.each(['light', 'dark', 'auto'] as const)('themeFromQuery("?theme=%s") accepts it', (theme) => {
    expect(themeFromQuery(`?theme=${theme}`)).toBe(theme);
  });

  test('themeFromQuery(search) reads the value among other parameters and without "?"', () => {
    expect(themeFromQuery('childId=chart-1&theme=dark&initialWidth=360')).toBe('dark');
  });

  test.each(['', '?theme=', '?theme=Dark', '?theme=dark%20', '?theme=%3Cscript%3E', '?theme=sepia', '?other=dark'])(
    'themeFromQuery(%j) ignores anything but light, dark or auto',
    (search) => {
      expect(themeFromQuery(search)).toBeUndefined();
    },
  );
});
