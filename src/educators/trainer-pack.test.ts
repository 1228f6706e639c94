import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import strings from '../../content/strings.json';
import { chapterSlugs } from '../schemas/content.ts';
import { challengesFor, lesson, quiz } from './content.ts';
import { fillFacts } from './educator-facts.ts';
import { kitChapterLinks } from './links.ts';
import { packLayout } from './pack-layout.ts';
import { facilitatorGuideMarkdown, trainerPackFiles, zipTrainerPack, type TrainerPackInput } from './trainer-pack.ts';

const challenges = challengesFor('en');
const chapterLinks = kitChapterLinks(
  chapterSlugs.map((slug, index) => ({
    slug,
    order: index + 1,
    title: `Title of ${slug}`,
    href: `/chapters/${slug}/`,
  })),
  strings.educators.chapterLabel,
);
const input = (overrides: Partial<TrainerPackInput> = {}): TrainerPackInput => ({
  handoutHtml: '<!doctype html><title>Handout</title>',
  lesson,
  quiz,
  challenges,
  fill: fillFacts,
  chapterLinks,
  csvFiles: { 'b.csv': 'b\n', 'a.csv': 'a\n' },
  charts: [
    { id: 'risk', title: 'Risk', alt: 'A description of the chart.', svg: '<svg/>', png: new Uint8Array([137, 80]) },
  ],
  siteTitle: 'Left Open',
  creditTitle: 'Left Open: a title',
  siteUrl: undefined,
  strings: strings.educators,
  lang: strings.locale,
  laterFiles: packLayout('en').laterFiles,
  ...overrides,
});
const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name] ?? new Uint8Array());

describe('trainerPackFiles', () => {
  test('trainerPackFiles holds the handout, guide, quiz without answers, answer key, GIFT, slides, licence, data and charts', () => {
    const files = trainerPackFiles(input());
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'README.txt',
        'LICENSE.txt',
        'handout.html',
        'facilitator-guide.md',
        'quiz/quiz.md',
        'quiz/answer-key.md',
        'quiz/quiz.gift.txt',
        'slides/slides.html',
        'data/a.csv',
        'charts/risk.svg',
        'charts/risk.png',
        'charts/risk.txt',
      ]),
    );
    for (const name of Object.keys(files).filter((file) => /\.(md|txt|html)$/.test(file)))
      expect(text(files, name), name).not.toMatch(/\{fact:|\{\w+\}/);
  });
  test('the quiz for learners has no answers, and the answer key has every answer with feedback for every option', () => {
    const files = trainerPackFiles(input());
    const questions = text(files, 'quiz/quiz.md');
    expect(questions).not.toMatch(/Answer|Right:/);
    expect(questions).toContain('| Priority | Name | Action |');
    const key = text(files, 'quiz/answer-key.md');
    expect(key.match(/^## \d+\. Answer [A-D]$/gm)).toHaveLength(quiz.questions.length);
    expect(key).toContain(fillFacts(quiz.questions[0]!.options[0]!.feedback));
  });
  test('the README lists every file, those the build adds afterwards included, and the licence has an attribution line', () => {
    const files = trainerPackFiles(input());
    const readme = text(files, 'README.txt');
    for (const name of [...Object.keys(files), ...packLayout('en').laterFiles]) expect(readme).toContain(`  ${name}`);
    expect(text(files, 'LICENSE.txt')).toMatch(
      /CC BY 4\.0[\s\S]*Credit as: “Left Open: a title”, the Left Open project, CC BY 4\.0\./,
    );
    expect(text(trainerPackFiles(input({ siteUrl: 'https://example.com' })), 'LICENSE.txt')).toContain(
      'https://example.com',
    );
  });
});

describe('facilitatorGuideMarkdown', () => {
  test('facilitatorGuideMarkdown gives every plan with running times, model answers, challenge solutions and the role-play', () => {
    const guide = facilitatorGuideMarkdown({
      lesson,
      challenges,
      fill: fillFacts,
      chapterLinks,
      strings: strings.educators,
    });
    for (const plan of lesson.plans) expect(guide).toContain(`### ${plan.title}`);
    expect(guide).toMatch(/- \*\*40–45 min: Buffer \(buffer\)\.\*\*/);
    expect(guide.match(/\*Model answer:\*/g)?.length).toBe(
      lesson.discussion.reduce((sum, entry) => sum + entry.questions.length, 0) + challenges.length,
    );
    expect(guide).toContain('### Chapter 2: Title of misconfiguration');
    expect(guide).toContain(`## The role-play: ${lesson.rolePlay.title}`);
    expect(guide).toContain(`> **Caller:** ${lesson.rolePlay.lines[0]!.text}`);
  });
});

describe('zipTrainerPack', () => {
  test('zipTrainerPack round-trips and gives identical bytes for identical input, whatever the order of entries', () => {
    const files = trainerPackFiles(input());
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    const zip = zipTrainerPack(files);
    expect(zipTrainerPack(reversed)).toEqual(zip);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(Object.keys(files).sort());
  });
});
