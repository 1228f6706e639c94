import { describe, expect, test } from 'vitest';
import {
  ampEmbedSize,
  datawrapperHeight,
  heightFromEmbedSize,
  maxEmbedHeight,
  navigableUrl,
  pymChildIdFrom,
  pymMessage,
  pymWidthFrom,
  wordpressHeight,
  wordpressLink,
  wordpressSecretFrom,
  isWordpressReady,
} from './messages.ts';

describe('pymChildIdFrom', () => {
  test.each(['chart-timeline', 'pym_1', 'a.b:c'])('pymChildIdFrom(%j) keeps a plain id', (id) => {
    expect(pymChildIdFrom(id)).toBe(id);
  });
  test.each([null, '', 'two words', 'axPYMxb', '<b>', 'x'.repeat(129)])('pymChildIdFrom(%j) refuses it', (id) => {
    expect(pymChildIdFrom(id)).toBeUndefined();
  });
});

describe('pymMessage', () => {
  test('pymMessage(id, "height", "742") matches what pym.Parent parses', () => {
    const message = pymMessage('chart-1', 'height', '742');
    expect(message).toBe('pymxPYMxchart-1xPYMxheightxPYMx742');
    // The parent's own matcher (pym.js 1.3.2, _makeMessageRegex).
    expect(message.match(/^pymxPYMxchart-1xPYMx(\S+)xPYMx(.*)$/)?.slice(1)).toEqual(['height', '742']);
  });
});

describe('pymWidthFrom', () => {
  test('pymWidthFrom(message, id) reads the width sent to this child', () => {
    expect(pymWidthFrom('pymxPYMxchart-1xPYMxwidthxPYMx360', 'chart-1')).toBe(360);
  });
  test.each([
    ['another child', 'pymxPYMxchart-2xPYMxwidthxPYMx360'],
    ['another type', 'pymxPYMxchart-1xPYMxheightxPYMx360'],
    ['a non-number', 'pymxPYMxchart-1xPYMxwidthxPYMx36px'],
    ['extra parts', 'pymxPYMxchart-1xPYMxwidthxPYMx360xPYMx1'],
    ['an object', { width: 360 }],
  ])('pymWidthFrom ignores %s', (_, data) => {
    expect(pymWidthFrom(data, 'chart-1')).toBeUndefined();
  });
});

describe('AMP and Datawrapper messages', () => {
  test('ampEmbedSize(h) is the object amp-iframe listens for', () => {
    expect(ampEmbedSize(512)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 512 });
  });
  test('datawrapperHeight(id, h) keys the height by chart id', () => {
    expect(datawrapperHeight('risk', 512)).toEqual({ 'datawrapper-height': { risk: 512 } });
  });
  test('heightFromEmbedSize(ampEmbedSize(h)) gives h back', () => {
    expect(heightFromEmbedSize(ampEmbedSize(640))).toBe(640);
  });
  test.each([
    ['a string', 'pymxPYMxaxPYMxheightxPYMx10'],
    ['null', null],
    ['another sentinel', { sentinel: 'x', type: 'embed-size', height: 10 }],
    ['a string height', { sentinel: 'amp', type: 'embed-size', height: '10' }],
    ['a fractional height', { sentinel: 'amp', type: 'embed-size', height: 10.5 }],
    ['zero', { sentinel: 'amp', type: 'embed-size', height: 0 }],
    ['a huge height', { sentinel: 'amp', type: 'embed-size', height: maxEmbedHeight + 1 }],
  ])('heightFromEmbedSize ignores %s', (_, data) => {
    expect(heightFromEmbedSize(data)).toBeUndefined();
  });
});

describe('navigableUrl', () => {
  test('navigableUrl(path, base) resolves a relative link', () => {
    expect(navigableUrl('/chapters/risk/', 'https://left-open.example.org/embed/risk/')).toBe(
      'https://left-open.example.org/chapters/risk/',
    );
  });
  test.each(['javascript:alert(1)', 'data:text/html,x', 'JaVaScRiPt:void(0)', 'ftp://example.com/'])(
    'navigableUrl(%j) refuses anything but http(s)',
    (href) => {
      expect(navigableUrl(href, 'https://left-open.example.org/')).toBeUndefined();
    },
  );
});

describe('WordPress oEmbed messages', () => {
  test.each([
    ['#?secret=Ab3dE6gH9k', 'Ab3dE6gH9k'],
    ['#?secret=a', 'a'],
    [`#?secret=${'x'.repeat(32)}`, 'x'.repeat(32)],
    ['#?secret=Ab3dE6gH9k&amp=1', 'Ab3dE6gH9k'],
  ])('wordpressSecretFrom(%j) is %j', (hash, secret) => {
    expect(wordpressSecretFrom(hash)).toBe(secret);
  });
  test.each([
    '',
    '#secret=abc',
    '#?secret=',
    '#?secret=ab-cd',
    '#?secret=ab%20cd',
    '#?secret="><script>',
    `#?secret=${'x'.repeat(33)}`,
    '#amp=1',
  ])('wordpressSecretFrom(%j) refuses it', (hash) => {
    expect(wordpressSecretFrom(hash)).toBeUndefined();
  });
  test('wordpressHeight and wordpressLink are the objects wp-embed.js reads', () => {
    expect(wordpressHeight('abc', 640)).toEqual({ message: 'height', value: 640, secret: 'abc' });
    expect(wordpressLink('abc', 'https://left-open.example.org/sources/')).toEqual({
      message: 'link',
      value: 'https://left-open.example.org/sources/',
      secret: 'abc',
    });
  });
  test('isWordpressReady(data, secret) accepts only the ready message carrying this frame’s secret', () => {
    expect(isWordpressReady({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    expect(isWordpressReady({ message: 'ready', secret: 'abd' }, 'abc')).toBe(false);
    expect(isWordpressReady({ message: 'height', secret: 'abc' }, 'abc')).toBe(false);
    expect(isWordpressReady('ready', 'abc')).toBe(false);
    expect(isWordpressReady(null, 'abc')).toBe(false);
  });
});
