/**
 * The lesson, the quiz and the simulator's challenges of every edition, read from content/educators/ (English) and
 * content/<locale>/educators/ (the others, the same shape) and checked by zod at build time. Prose
 * never types a figure: it writes `{fact:<id>}`, which `fillFacts` and `factTextParts`
 * (src/lib/template.ts) resolve against data/derived/facts.json, so the kit says the same
 * numbers as the story.
 */
import { z } from 'zod';
import lessonJson from '../../content/educators/lesson.json';
import quizJson from '../../content/educators/quiz.json';
import challengesJson from '../../content/educators/challenges.json';
import esChallengesJson from '../../content/es/educators/challenges.json';
import esLessonJson from '../../content/es/educators/lesson.json';
import esQuizJson from '../../content/es/educators/quiz.json';
import { defaultLocale, type Locale } from '../lib/locales.ts';
import { chapterSlugSchema, chapterSlugs } from '../schemas/content.ts';
import { parseChallenges, type Challenge } from './challenges.ts';
import type { SupportNote } from './schemas.ts';
import * as englishNotes from './support-notes.ts';
import * as spanishNotes from './support-notes.es.ts';

const prose = z.string().min(1);

/** The ids of the learning objectives, in the order the lesson lists them; each quiz question tests one. */
export const objectiveIds = ['explain-change', 'read-rules', 'found-fast', 'redaction', 'scam'] as const;
const objectiveId = z.enum(objectiveIds);

/** A rule as a quiz question shows it: the simulator's own row type. */
const quizRuleSchema = z.object({
  priority: z.string(),
  name: z.string(),
  access: z.string(),
  protocol: z.string(),
  source: z.string(),
  destination: z.string(),
  port: z.string(),
});

/** One quiz question: its objective, options each with its own feedback, the index of the right one, and why. */
export const quizQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The learning objective the question tests. */
    objective: objectiveId,
    prompt: prose,
    /** Rules to read, for questions about a rule table. */
    table: z.array(quizRuleSchema).min(1).optional(),
    options: z
      .array(z.object({ text: prose, /** What to tell a learner who picks this option. */ feedback: prose }))
      .min(3)
      .max(5),
    /** Index into `options`, from 0. */
    answer: z.number().int().nonnegative(),
    explanation: prose,
    /** The chapter that answers the question. */
    chapter: chapterSlugSchema,
  })
  .refine((question) => question.answer < question.options.length, {
    message: 'answer must point at one of the options',
  });

export const quizSchema = z.object({
  title: prose,
  questions: z
    .array(quizQuestionSchema)
    .min(10)
    .refine((questions) => new Set(questions.map((question) => question.id)).size === questions.length, {
      message: 'question ids must be unique',
    })
    .refine((questions) => objectiveIds.every((id) => questions.filter((q) => q.objective === id).length >= 2), {
      message: 'every learning objective needs at least two questions',
    }),
});
export type Quiz = z.output<typeof quizSchema>;

/** One step of a plan; buffers are spare time the trainer can spend or give back. */
const planStepSchema = z.object({
  minutes: z.number().int().positive(),
  activity: prose,
  detail: prose,
  buffer: z.literal(true).optional(),
});

/** Who a plan is for. */
export const audiences = ['office', 'it'] as const;

/** A lesson plan for one audience and length, whose steps must add up to its length and include a buffer. */
export const planSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    audience: z.enum(audiences),
    minutes: z.union([z.literal(20), z.literal(45)]),
    title: prose,
    steps: z.array(planStepSchema).min(3),
  })
  .refine((plan) => plan.steps.reduce((sum, step) => sum + step.minutes, 0) === plan.minutes, {
    message: "a plan's steps must add up to its length in minutes",
  })
  .refine((plan) => plan.steps.some((step) => step.buffer), { message: 'every plan needs a buffer step' });

/** The lesson plans, discussion questions, glossary and advice. */
export const lessonSchema = z.object({
  title: prose,
  intro: prose,
  /** What happened, in one paragraph, for the handout. */
  summary: prose,
  /** What the trainer aims for; the quiz tests each one. */
  objectives: z
    .array(z.object({ id: objectiveId, text: prose }))
    .refine((items) => items.map((item) => item.id).join() === objectiveIds.join(), {
      message: 'objectives must be listed once each, in the order of objectiveIds',
    }),
  plans: z
    .array(planSchema)
    .refine(
      (plans) =>
        audiences.every((audience) =>
          [20, 45].every((minutes) => plans.some((p) => p.audience === audience && p.minutes === minutes)),
        ),
      { message: 'there must be a 20- and a 45-minute plan for each audience' },
    ),
  discussion: z
    .array(
      z.object({
        chapter: chapterSlugSchema,
        questions: z
          .array(z.object({ text: prose, /** A model answer for the facilitator guide. */ answer: prose }))
          .min(1),
      }),
    )
    .refine((entries) => chapterSlugs.every((slug) => entries.some((entry) => entry.chapter === slug)), {
      message: 'every chapter needs discussion questions',
    }),
  glossary: z.array(z.object({ term: prose, definition: prose })).refine(
    // Root collation (as 'en' gives it): the same order as Spanish's for every term without an ñ.
    (entries) =>
      entries.every((entry, index) => index === 0 || entries[index - 1]!.term.localeCompare(entry.term, 'en') < 0),
    { message: 'glossary terms must be unique and in alphabetical order' },
  ),
  /** What the case teaches a reader, for the handout (the objectives are the trainer's). */
  lessons: z.array(prose).min(2),
  /** What readers should do, for the handout. */
  advice: z.array(prose).min(1),
  /** Fact ids the handout lists as key facts. */
  keyFacts: z.array(z.string()).min(1),
  /** The scam role-play for the facilitator guide: setup, the caller's lines and the debrief questions. */
  rolePlay: z.object({
    title: prose,
    setup: prose,
    lines: z.array(z.object({ speaker: prose, text: prose })).min(2),
    debrief: z.array(prose).min(1),
  }),
  /** The slides, each with speaker notes. */
  slides: z.array(z.object({ title: prose, points: z.array(prose).min(1), notes: prose })).min(3),
  /** When the kit's content last changed (YYYY-MM-DD), printed on the handout. */
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** A sentence under a key fact that needs explaining, by fact id. */
  keyFactNotes: z.record(z.string(), prose),
});
export type Lesson = z.output<typeof lessonSchema>;

/** Each edition's files, as they are on disk, and where they are (for error messages). */
const files: Record<Locale, { dir: string; lesson: unknown; quiz: unknown; challenges: unknown }> = {
  en: { dir: 'content/educators', lesson: lessonJson, quiz: quizJson, challenges: challengesJson },
  es: { dir: 'content/es/educators', lesson: esLessonJson, quiz: esQuizJson, challenges: esChallengesJson },
};

/** `schema.parse`, with the file named when it fails. */
function parseFile<T>(schema: z.ZodType<T>, file: string, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const byLocale = Object.fromEntries(
  Object.entries(files).map(([locale, file]) => [
    locale,
    {
      lesson: parseFile(lessonSchema, `${file.dir}/lesson.json`, file.lesson),
      quiz: parseFile(quizSchema, `${file.dir}/quiz.json`, file.quiz),
      challenges: parseChallenges(file.challenges, `${file.dir}/challenges.json`),
    },
  ]),
) as Record<Locale, { lesson: Lesson; quiz: Quiz; challenges: readonly Challenge[] }>;

/** An edition's lesson plans, discussion questions, glossary, handout and slide text. */
export const lessonFor = (locale: Locale): Lesson => byLocale[locale].lesson;
/** An edition's quiz. */
export const quizFor = (locale: Locale): Quiz => byLocale[locale].quiz;

/** An edition's simulator challenges. */
export const challengesFor = (locale: Locale): readonly Challenge[] => byLocale[locale].challenges;

/** The redaction lab's synthetic notes in an edition's language: this week's, and next week's held-out set. */
export function labNotesFor(locale: Locale): { week: readonly SupportNote[]; next: readonly SupportNote[] } {
  const notes = { en: englishNotes, es: spanishNotes }[locale];
  return { week: notes.supportNotes, next: notes.nextWeekNotes };
}

/** The default edition's lesson and quiz. */
export const lesson: Lesson = lessonFor(defaultLocale);
export const quiz: Quiz = quizFor(defaultLocale);
