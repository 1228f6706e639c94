/**
 * The lesson and the quiz, read from content/educators/ and checked by zod at build time. Prose
 * never types a figure: it writes `{fact:<id>}`, which `factText` resolves against
 * data/derived/facts.json, so the kit says the same numbers as the story.
 */
import { z } from 'zod';
import lessonJson from '../../content/educators/lesson.json';
import quizJson from '../../content/educators/quiz.json';
import { chapterSlugs } from './links.ts';

const chapter = z.enum(chapterSlugs);
const prose = z.string().min(1);

/** One quiz question with its options, the index of the right one, and why. */
export const quizQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    prompt: prose,
    options: z.array(prose).min(2).max(5),
    /** Index into `options`, from 0. */
    answer: z.number().int().nonnegative(),
    explanation: prose,
    /** The chapter that answers the question. */
    chapter,
  })
  .refine((question) => question.answer < question.options.length, {
    message: 'answer must point at one of the options',
  });

export const quizSchema = z.object({
  title: prose,
  questions: z
    .array(quizQuestionSchema)
    .min(8)
    .refine((questions) => new Set(questions.map((question) => question.id)).size === questions.length, {
      message: 'question ids must be unique',
    }),
});
export type Quiz = z.output<typeof quizSchema>;

/** The lesson plan, discussion questions, glossary and advice. */
export const lessonSchema = z.object({
  title: prose,
  intro: prose,
  /** What happened, in one paragraph, for the handout. */
  summary: prose,
  objectives: z.array(prose).min(3),
  plan: z
    .array(z.object({ minutes: z.number().int().positive(), activity: prose, detail: prose }))
    .refine((steps) => steps.reduce((sum, step) => sum + step.minutes, 0) === 45, {
      message: 'the plan must add up to 45 minutes',
    }),
  discussion: z
    .array(z.object({ chapter, questions: z.array(prose).min(1) }))
    .refine((entries) => chapterSlugs.every((slug) => entries.some((entry) => entry.chapter === slug)), {
      message: 'every chapter needs discussion questions',
    }),
  glossary: z
    .array(z.object({ term: prose, definition: prose }))
    .refine(
      (entries) =>
        entries.every((entry, index) => index === 0 || entries[index - 1]!.term.localeCompare(entry.term, 'en') < 0),
      { message: 'glossary terms must be unique and in alphabetical order' },
    ),
  /** What readers should do, for the handout. */
  advice: z.array(prose).min(1),
  /** Fact ids the handout lists as key facts. */
  keyFacts: z.array(z.string()).min(1),
});
export type Lesson = z.output<typeof lessonSchema>;

export const lesson: Lesson = lessonSchema.parse(lessonJson);
export const quiz: Quiz = quizSchema.parse(quizJson);

/** A run of prose: plain text, or a figure from the facts. */
export type TextPart = { text: string } | { factId: string; text: string };

/**
 * Splits prose at its `{fact:<id>}` markers and fills each in with `formatFact(id)`, which
 * throws for an unknown id (so a typo fails the build).
 */
export function factText(text: string, formatFact: (id: string) => string): TextPart[] {
  return text
    .split(/(\{fact:[a-z0-9-]+\})/)
    .filter(Boolean)
    .map((part) => {
      const match = /^\{fact:([a-z0-9-]+)\}$/.exec(part);
      return match ? { factId: match[1]!, text: formatFact(match[1]!) } : { text: part };
    });
}

/** Prose with its figures filled in, as one string. */
export function factString(text: string, formatFact: (id: string) => string): string {
  return factText(text, formatFact)
    .map((part) => part.text)
    .join('');
}
