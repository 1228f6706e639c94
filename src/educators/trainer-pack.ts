/**
 * The offline trainer pack: every file in the ZIP, listed by pure functions, then zipped with a
 * fixed timestamp so the same inputs give the same bytes. Each edition has its own pack, made from
 * its own words and data by the same functions. The build makes it in two steps: the
 * /educators/trainer-pack.zip endpoint writes everything that comes from the content and data
 * (this module), and after the build pack-finish.ts adds what needs the built site: the lab
 * pages that run from file://, and the PDFs Chromium prints.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { educators } from '../../content/strings.json';
import { fillTemplate } from '../lib/template.ts';
import type { ChapterSlug } from '../schemas/content.ts';
import type { Challenge } from './challenges.ts';
import type { Lesson, Quiz } from './content.ts';
import type { KitChapterLink } from './links.ts';
import { quizAnswerKeyMarkdown, quizGift, quizQuestionsMarkdown } from './quiz-format.ts';
import { slidesHtml } from './slides.ts';

/** One chart as the pack ships it. */
export interface PackChart {
  id: string;
  title: string;
  /** The chart's text description (its alternative text). */
  alt: string;
  svg: string;
  png: Uint8Array;
}

type Strings = typeof educators;

/** Everything the content part of the pack is made from. */
export interface TrainerPackInput {
  /** A complete HTML document of the handout. */
  handoutHtml: string;
  lesson: Lesson;
  quiz: Quiz;
  challenges: readonly Challenge[];
  fill: (text: string) => string;
  /** Each chapter's link and numbered label, by slug. */
  chapterLinks: Readonly<Record<ChapterSlug, KitChapterLink>>;
  /** CSV files from data/derived, by file name. */
  csvFiles: Record<string, string>;
  charts: readonly PackChart[];
  siteTitle: string;
  /** The title the attribution line quotes. */
  creditTitle: string;
  /** The site's address, or undefined when SITE_URL is unset. */
  siteUrl: string | undefined;
  strings: Strings;
  /** The edition's language tag, for the slides' `<html lang>`. */
  lang: string;
  /** Files the finishing step adds after the build, for the README's list. */
  laterFiles: readonly string[];
}

/** The facilitator guide: plans with buffers, objectives, discussion questions with model answers, challenge solutions, the role-play. */
export function facilitatorGuideMarkdown(
  input: Pick<TrainerPackInput, 'lesson' | 'challenges' | 'fill' | 'chapterLinks' | 'strings'>,
): string {
  const { lesson, challenges, fill } = input;
  const s = input.strings.pack;
  const lines = [`# ${s.guideTitle}: ${fill(lesson.title)}`, '', `## ${s.guideObjectives}`, ''];
  lines.push(
    ...lesson.objectives.map((objective, index) => `${index + 1}. ${fill(objective.text)}`),
    '',
    `## ${s.guidePlans}`,
    '',
  );
  for (const plan of lesson.plans) {
    lines.push(`### ${plan.title}`, '');
    let start = 0;
    for (const step of plan.steps) {
      const tag = step.buffer ? ` (${s.guideBuffer})` : '';
      lines.push(`- **${start}–${start + step.minutes} min: ${step.activity}${tag}.** ${fill(step.detail)}`);
      start += step.minutes;
    }
    lines.push('');
  }
  lines.push(`## ${s.guideDiscussion}`, '');
  for (const entry of lesson.discussion) {
    lines.push(`### ${input.chapterLinks[entry.chapter].label}`, '');
    for (const question of entry.questions)
      lines.push(`- ${fill(question.text)}`, `  - *${s.guideModelAnswer}* ${fill(question.answer)}`);
    lines.push('');
  }
  lines.push(`## ${s.guideChallenges}`, '');
  for (const challenge of challenges)
    lines.push(`### ${challenge.title}`, '', challenge.task, '', `*${s.guideModelAnswer}* ${challenge.solution}`, '');
  const play = lesson.rolePlay;
  lines.push(`## ${s.guideRolePlay}: ${play.title}`, '', play.setup, '');
  lines.push(...play.lines.map((line) => `> **${line.speaker}:** ${line.text}`).flatMap((line) => [line, '>']));
  lines.pop();
  lines.push('', `### ${s.guideDebrief}`, '', ...play.debrief.map((item) => `- ${item}`), '');
  return lines.join('\n');
}

/** The pack's README: what each file is, and every file's name. */
function readme(input: TrainerPackInput, names: readonly string[]): string {
  const s = input.strings.pack;
  return [
    fillTemplate(s.readmeTitle, { site: input.siteTitle }),
    '',
    s.readmeIntro,
    '',
    ...s.readmeFiles,
    '',
    s.fileListHeading,
    ...[...names].sort().map((name) => `  ${name}`),
    '',
  ].join('\n');
}

/** LICENSE.txt: the licences and the attribution line. */
function licence(input: TrainerPackInput): string {
  const s = input.strings.pack;
  const where = input.siteUrl ?? s.attributionWhere;
  return `${s.licence}\n\n${fillTemplate(s.attribution, { title: input.creditTitle, where })}\n`;
}

/** Every file of the pack's content part, by path. */
export function trainerPackFiles(input: TrainerPackInput): Record<string, Uint8Array> {
  const { lesson, quiz, fill, strings } = input;
  const s = strings.pack;
  const tableHeaders = (['priority', 'name', 'access', 'protocol', 'source', 'destination', 'port'] as const).map(
    (field) => strings.simulator.fieldNames[field],
  );
  const objectiveText = (id: string) => fill(lesson.objectives.find((objective) => objective.id === id)?.text ?? id);
  const files: Record<string, Uint8Array> = {
    'handout.html': strToU8(input.handoutHtml),
    'facilitator-guide.md': strToU8(facilitatorGuideMarkdown(input)),
    'quiz/quiz.md': strToU8(quizQuestionsMarkdown(quiz, fill, tableHeaders)),
    'quiz/answer-key.md': strToU8(
      quizAnswerKeyMarkdown(
        quiz,
        fill,
        {
          answerKeyTitle: s.quizAnswerKey,
          answer: s.quizAnswer,
          whyOthersAreWrong: s.quizWhy,
          objective: s.quizObjective,
        },
        objectiveText,
      ),
    ),
    'quiz/quiz.gift.txt': strToU8(quizGift(quiz, fill, (rule) => fillTemplate(s.giftRule, rule))),
    'slides/slides.html': strToU8(
      slidesHtml(lesson, fill, { title: s.slidesTitle, notes: s.slidesNotes, slideCount: s.slideCount }, input.lang),
    ),
    'LICENSE.txt': strToU8(licence(input)),
  };
  for (const [name, text] of Object.entries(input.csvFiles).sort(([a], [b]) => a.localeCompare(b)))
    files[`data/${name}`] = strToU8(text);
  for (const chart of [...input.charts].sort((a, b) => a.id.localeCompare(b.id))) {
    files[`charts/${chart.id}.svg`] = strToU8(chart.svg);
    files[`charts/${chart.id}.png`] = chart.png;
    files[`charts/${chart.id}.txt`] = strToU8(`${chart.title}\n\n${chart.alt}\n`);
  }
  const names = ['README.txt', ...Object.keys(files), ...input.laterFiles];
  return { 'README.txt': strToU8(readme(input, names)), ...files };
}

/** A fixed date for every entry, so builds are byte-identical. */
const FIXED_MTIME = new Date('2020-01-22T00:00:00Z');

/** The pack as ZIP bytes, entries in name order. */
export function zipTrainerPack(files: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort()) zippable[name] = [files[name]!, { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 9 });
}
