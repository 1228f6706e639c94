import { describe, expect, test } from 'vitest';
import { getFact } from '../lib/data.ts';
import { findPersonalData } from '../guard/personal-data.ts';
import { locales, type Locale } from '../lib/locales.ts';
import { lesson, lessonFor, lessonSchema, objectiveIds, quiz, quizFor, quizSchema } from './content.ts';
import { factProse, fillFacts, withFacts } from './educator-facts.ts';

/** Every prose text of an edition's lesson and quiz. */
const everyText = (locale: Locale = 'en'): string[] => textsOf(lessonFor(locale), quizFor(locale));
const textsOf = (lesson: ReturnType<typeof lessonFor>, quiz: ReturnType<typeof quizFor>): string[] => [
  lesson.intro,
  lesson.summary,
  ...lesson.objectives.map((objective) => objective.text),
  ...lesson.plans.flatMap((plan) => [plan.title, ...plan.steps.flatMap((step) => [step.activity, step.detail])]),
  ...lesson.discussion.flatMap((entry) => entry.questions.flatMap((question) => [question.text, question.answer])),
  ...lesson.glossary.flatMap((entry) => [entry.term, entry.definition]),
  ...lesson.lessons,
  ...lesson.advice,
  ...Object.values(lesson.keyFactNotes),
  ...lesson.slides.flatMap((slide) => [slide.title, slide.notes, ...slide.points]),
  lesson.rolePlay.setup,
  ...lesson.rolePlay.lines.map((line) => line.text),
  ...quiz.questions.flatMap((question) => [
    question.prompt,
    question.explanation,
    ...question.options.flatMap((option) => [option.text, option.feedback]),
  ]),
];

describe('withFacts', () => {
  test('withFacts fills in {fact:id} markers from the facts and keeps the text around them', () => {
    expect(withFacts('About {fact:records-exposed} records.')).toEqual([
      { text: 'About ' },
      { factId: 'records-exposed', text: '250 million' },
      { text: ' records.' },
    ]);
  });
  test("the Spanish edition's withFacts writes the same fact as Spanish does", () => {
    expect(factProse('es').withFacts('Unos {fact:records-exposed} registros.')).toEqual([
      { text: 'Unos ' },
      { factId: 'records-exposed', text: '250 millones' },
      { text: ' registros.' },
    ]);
  });
  test('withFacts and fillFacts fail on an unknown fact id', () => {
    expect(() => withFacts('{fact:no-such-fact}')).toThrow(/Unknown fact id/);
    expect(() => fillFacts('{fact:no-such-fact}')).toThrow(/Unknown fact id/);
  });
});

describe('lesson and quiz content', () => {
  test("every {fact:id} in each edition's lesson and quiz names a real fact, and the key facts exist", () => {
    for (const locale of locales) {
      const { fillFacts: fill } = factProse(locale);
      for (const text of everyText(locale)) expect(() => fill(text), text).not.toThrow();
      const edition = lessonFor(locale);
      for (const id of [...edition.keyFacts, ...Object.keys(edition.keyFactNotes)])
        expect(() => getFact(id)).not.toThrow();
    }
  });
  test("each edition's lesson and quiz hold no personal data", () => {
    for (const locale of locales)
      for (const text of everyText(locale))
        expect(findPersonalData(factProse(locale).fillFacts(text)), text).toEqual([]);
  });
  test('the Spanish lesson and quiz teach the same things: the same objectives, plans, key facts and answers', () => {
    const shape = (locale: Locale) => ({
      objectives: lessonFor(locale).objectives.map((objective) => objective.id),
      plans: lessonFor(locale).plans.map((plan) => [
        plan.id,
        plan.audience,
        plan.minutes,
        plan.steps.map((step) => step.minutes),
      ]),
      keyFacts: lessonFor(locale).keyFacts,
      answers: quizFor(locale).questions.map((question) => [
        question.id,
        question.objective,
        question.answer,
        question.chapter,
      ]),
    });
    expect(shape('es')).toEqual(shape('en'));
  });
  test('lessonSchema rejects an unsorted glossary and a plan whose steps do not add up', () => {
    expect(lessonSchema.safeParse({ ...lesson, glossary: [...lesson.glossary].reverse() }).success).toBe(false);
    const [first, ...rest] = lesson.plans;
    const short = { ...first!, steps: first!.steps.slice(1) };
    expect(lessonSchema.safeParse({ ...lesson, plans: [short, ...rest] }).success).toBe(false);
  });
});

describe('plans', () => {
  test('there is a 20- and a 45-minute plan for office staff and for IT students, each adding up with a buffer', () => {
    const kinds = lesson.plans.map((plan) => `${plan.audience}-${plan.minutes}`).sort();
    expect(kinds).toEqual(['it-20', 'it-45', 'office-20', 'office-45']);
    for (const plan of lesson.plans) {
      expect(
        plan.steps.reduce((sum, step) => sum + step.minutes, 0),
        plan.id,
      ).toBe(plan.minutes);
      expect(
        plan.steps.some((step) => step.buffer),
        plan.id,
      ).toBe(true);
    }
  });
  test('lessonSchema rejects a plan without a buffer and a missing audience', () => {
    const [first, ...rest] = lesson.plans;
    const noBuffer = { ...first!, steps: first!.steps.map(({ buffer: _buffer, ...step }) => step) };
    expect(lessonSchema.safeParse({ ...lesson, plans: [noBuffer, ...rest] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, plans: rest }).success).toBe(false);
  });
});

describe('quiz', () => {
  test('every learning objective has at least two questions, and quizSchema refuses a quiz where one has fewer', () => {
    for (const id of objectiveIds)
      expect(quiz.questions.filter((q) => q.objective === id).length, id).toBeGreaterThanOrEqual(2);
    const oneScam = quiz.questions.filter(
      (q, index) => q.objective !== 'scam' || index === quiz.questions.findIndex((x) => x.objective === 'scam'),
    );
    expect(quizSchema.safeParse({ ...quiz, questions: oneScam }).success).toBe(false);
  });
  test('at least two questions ask the learner to read a rule table', () => {
    expect(
      quiz.questions.filter((question) => question.table && question.objective === 'read-rules').length,
    ).toBeGreaterThanOrEqual(2);
  });
  test('every option has its own feedback, and no two options of a question share it', () => {
    for (const question of quiz.questions) {
      const feedback = question.options.map((option) => option.feedback);
      expect(new Set(feedback).size, question.id).toBe(feedback.length);
      for (const text of feedback) expect(text.length, question.id).toBeGreaterThan(20);
    }
  });
  test('answer letters are spread across positions: every position A to D is right at least twice, none more than a third', () => {
    const counts = [0, 1, 2, 3].map(
      (position) => quiz.questions.filter((question) => question.answer === position).length,
    );
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(2);
    for (const count of counts) expect(count).toBeLessThanOrEqual(Math.ceil(quiz.questions.length / 3));
  });
  test('the right answer is the longest option in at most half the questions', () => {
    const longest = quiz.questions.filter((question) => {
      const lengths = question.options.map((option) => option.text.length);
      return lengths[question.answer] === Math.max(...lengths);
    });
    expect(longest.length).toBeLessThanOrEqual(quiz.questions.length / 2);
  });
  test('quizSchema refuses an answer that points past the options', () => {
    expect(
      quizSchema.safeParse({ ...quiz, questions: quiz.questions.map((q) => ({ ...q, answer: q.options.length })) })
        .success,
    ).toBe(false);
  });
});
