/**
 * The offline trainer pack: every file in the ZIP, listed by a pure function, then zipped with a
 * fixed timestamp so the same inputs give the same bytes. Charts are an input list, so charts
 * from the charts registry drop in without changing anything else.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { chapterLabel, type ChapterSlug } from './links.ts';
import type { Lesson, Quiz } from './content.ts';

/** One chart as the pack ships it. */
export interface PackChart {
  id: string;
  title: string;
  /** The chart's text description (its alternative text). */
  alt: string;
  svg: string;
  png: Uint8Array;
}

/** Everything the pack is made from. */
export interface TrainerPackInput {
  /** A complete HTML document of the handout. */
  handoutHtml: string;
  lesson: Lesson;
  quiz: Quiz;
  withFacts: (text: string) => string;
  /** CSV files from data/derived, by file name. */
  csvFiles: Record<string, string>;
  charts: readonly PackChart[];
  siteTitle: string;
}

/** Markdown of the lesson plan and discussion questions, for trainers who edit their own copy. */
export function discussionMarkdown(lesson: Lesson, withFacts: (text: string) => string): string {
  const lines = [
    `# ${withFacts(lesson.title)}`,
    '',
    '## Learning objectives',
    '',
    ...lesson.objectives.map((objective) => `- ${withFacts(objective)}`),
    '',
    '## The 45-minute plan',
    '',
  ];
  let start = 0;
  for (const step of lesson.plan) {
    lines.push(`- **${start}–${start + step.minutes} min: ${step.activity}.** ${withFacts(step.detail)}`);
    start += step.minutes;
  }
  lines.push('', '## Discussion questions', '');
  for (const entry of lesson.discussion) {
    lines.push(
      `### ${withFacts(chapterLabel(entry.chapter as ChapterSlug))}`,
      '',
      ...entry.questions.map((question) => `- ${withFacts(question)}`),
      '',
    );
  }
  lines.push(
    '## Glossary',
    '',
    ...lesson.glossary.map((entry) => `- **${entry.term}**: ${withFacts(entry.definition)}`),
    '',
  );
  return lines.join('\n');
}

/** Markdown of the quiz with the answers and explanations, for printing or a learning platform. */
export function quizMarkdown(quiz: Quiz, withFacts: (text: string) => string): string {
  const lines = [`# ${quiz.title}`, ''];
  quiz.questions.forEach((question, number) => {
    lines.push(
      `## ${number + 1}. ${withFacts(question.prompt)}`,
      '',
      ...question.options.map((option, index) => `${String.fromCharCode(65 + index)}. ${withFacts(option)}`),
      '',
    );
    lines.push(
      `**Answer: ${String.fromCharCode(65 + question.answer)}.** ${withFacts(question.explanation)} ` +
        `(${withFacts(chapterLabel(question.chapter))})`,
      '',
    );
  });
  return lines.join('\n');
}

/** The pack's README: what each file is. */
function readme(input: TrainerPackInput, names: readonly string[]): string {
  return [
    `${input.siteTitle}: offline trainer pack`,
    '',
    'handout.html                 the printable handout (open in a browser, then print; one or two A4 or Letter pages)',
    'discussion-questions.md      objectives, the 45-minute plan, discussion questions per chapter, glossary',
    'quiz.md                      the self-check quiz with answers and explanations',
    'data/*.csv                   the data behind the story and charts; each row cites its sources (see data/sources.csv)',
    input.charts.length > 0
      ? 'charts/<id>.svg, .png, .txt  every chart as SVG and PNG, with its text description'
      : 'charts/                      (the charts were not part of this build)',
    '',
    'Files:',
    ...names.map((name) => `  ${name}`),
    '',
    'Text and charts: CC BY 4.0. All example data is fictional.',
    '',
  ].join('\n');
}

/** Every file in the pack, by path. */
export function trainerPackFiles(input: TrainerPackInput): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    'handout.html': strToU8(input.handoutHtml),
    'discussion-questions.md': strToU8(discussionMarkdown(input.lesson, input.withFacts)),
    'quiz.md': strToU8(quizMarkdown(input.quiz, input.withFacts)),
  };
  for (const [name, text] of Object.entries(input.csvFiles).sort(([a], [b]) => a.localeCompare(b)))
    files[`data/${name}`] = strToU8(text);
  for (const chart of [...input.charts].sort((a, b) => a.id.localeCompare(b.id))) {
    files[`charts/${chart.id}.svg`] = strToU8(chart.svg);
    files[`charts/${chart.id}.png`] = chart.png;
    files[`charts/${chart.id}.txt`] = strToU8(`${chart.title}\n\n${chart.alt}\n`);
  }
  const names = Object.keys(files);
  return { 'README.txt': strToU8(readme(input, ['README.txt', ...names])), ...files };
}

/** A fixed date for every entry, so builds are byte-identical. */
const FIXED_MTIME = new Date('2020-01-22T00:00:00Z');

/** The pack as ZIP bytes. */
export function zipTrainerPack(files: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 9 });
}
