import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { lesson, quiz } from './content.ts';
import {
  discussionMarkdown,
  quizMarkdown,
  trainerPackFiles,
  zipTrainerPack,
  type TrainerPackInput,
} from './trainer-pack.ts';

const input = (overrides: Partial<TrainerPackInput> = {}): TrainerPackInput => ({
  handoutHtml: '<!doctype html><title>Handout</title>',
  lesson,
  quiz,
  withFacts: (text) => text.replace(/\{fact:([a-z0-9-]+)\}/g, '<$1>'),
  csvFiles: { 'facts.csv': 'id\nrecords-exposed\n', 'b.csv': 'x\n1\n' },
  charts: [],
  siteTitle: 'Left Open',
  ...overrides,
});

describe('trainerPackFiles', () => {
  test('trainerPackFiles holds the readme, handout, discussion questions and every CSV under data/', () => {
    expect(Object.keys(trainerPackFiles(input()))).toEqual([
      'README.txt',
      'handout.html',
      'discussion-questions.md',
      'quiz.md',
      'data/b.csv',
      'data/facts.csv',
    ]);
  });
  test('trainerPackFiles adds SVG, PNG and the text description of each chart', () => {
    const files = trainerPackFiles(
      input({
        charts: [
          {
            id: 'timeline',
            title: 'Timeline',
            alt: 'A timeline from 2005 to 2020.',
            svg: '<svg/>',
            png: new Uint8Array([137, 80]),
          },
        ],
      }),
    );
    expect(Object.keys(files).filter((name) => name.startsWith('charts/'))).toEqual([
      'charts/timeline.svg',
      'charts/timeline.png',
      'charts/timeline.txt',
    ]);
    expect(strFromU8(files['charts/timeline.txt']!)).toBe('Timeline\n\nA timeline from 2005 to 2020.\n');
    expect(strFromU8(files['README.txt']!)).toContain('charts/timeline.png');
  });
});

describe('discussionMarkdown', () => {
  test('discussionMarkdown gives the plan with running times and a section per chapter', () => {
    const markdown = discussionMarkdown(lesson, (text) => text);
    expect(markdown).toContain('- **0–5 min: ');
    expect(markdown).toMatch(/\*\*40–45 min: /);
    for (let chapter = 1; chapter <= 6; chapter++) expect(markdown).toContain(`### Chapter ${chapter}: `);
  });
});

describe('zipTrainerPack', () => {
  test('zipTrainerPack round-trips and gives identical bytes for identical input', () => {
    const files = trainerPackFiles(input());
    const zip = zipTrainerPack(files);
    expect(Object.keys(unzipSync(zip))).toEqual(Object.keys(files));
    expect(zipTrainerPack(trainerPackFiles(input()))).toEqual(zip);
  });
});

describe('quizMarkdown', () => {
  test('quizMarkdown numbers every question and gives its answer letter and chapter', () => {
    const markdown = quizMarkdown(quiz, (text) => text);
    expect(markdown.match(/^## \d+\. /gm)).toHaveLength(quiz.questions.length);
    const first = quiz.questions[0]!;
    expect(markdown).toContain(`**Answer: ${String.fromCharCode(65 + first.answer)}.** ${first.explanation}`);
  });
});
