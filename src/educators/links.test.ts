import { expect, test } from 'vitest';
import english from '../../content/strings.json';
import spanish from '../../content/es/strings.json';
import { kitChapterLinks } from './links.ts';

test('kitChapterLinks numbers each chapter by its place in the story and keeps its link', () => {
  const links = kitChapterLinks(
    [
      { slug: 'what-happened', order: 1, title: 'What happened', href: '/chapters/what-happened/' },
      { slug: 'misconfiguration', order: 2, title: 'The misconfiguration', href: '/chapters/misconfiguration/' },
    ],
    english.educators.chapterLabel,
  );
  expect(links.misconfiguration).toEqual({
    href: '/chapters/misconfiguration/',
    label: 'Chapter 2: The misconfiguration',
  });
  expect(links['what-happened'].label).toBe('Chapter 1: What happened');
  const es = kitChapterLinks(
    [{ slug: 'risk', order: 5, title: 'El riesgo', href: '/es/chapters/risk/' }],
    spanish.educators.chapterLabel,
  );
  expect(es.risk.label).toMatch(/^Capítulo 5\b.*El riesgo$/);
});
