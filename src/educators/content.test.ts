import { describe, expect, test } from 'vitest';
import { getFact } from '../lib/data.ts';
import { formatFactValue } from '../lib/format.ts';
import { findPersonalData } from '../guard/personal-data.ts';
import { factString, factText, lesson, lessonSchema, quiz, quizSchema } from './content.ts';

const formatFact = (id: string) => formatFactValue(getFact(id));
const everyText = (): string[] => [
  lesson.intro,
  lesson.summary,
  ...lesson.objectives,
  ...lesson.plan.flatMap((step) => [step.activity, step.detail]),
  ...lesson.discussion.flatMap((entry) => entry.questions),
  ...lesson.glossary.flatMap((entry) => [entry.term, entry.definition]),
  ...lesson.advice,
  ...quiz.questions.flatMap((question) => [question.prompt, question.explanation, ...question.options]),
];

describe('factText', () => {
  test('factText fills in {fact:id} markers and keeps the text around them', () => {
    expect(factText('About {fact:records-exposed} records.', formatFact)).toEqual([
      { text: 'About ' },
      { factId: 'records-exposed', text: '250 million' },
      { text: ' records.' },
    ]);
  });
  test('factText fails on an unknown fact id', () => {
    expect(() => factText('{fact:no-such-fact}', formatFact)).toThrow(/Unknown fact id/);
  });
});

describe('lesson and quiz content', () => {
  test('every {fact:id} in the lesson and quiz names a real fact, and the key facts exist', () => {
    for (const text of everyText()) expect(() => factString(text, formatFact), text).not.toThrow();
    for (const id of lesson.keyFacts) expect(() => getFact(id)).not.toThrow();
  });
  test('the lesson and quiz hold no personal data', () => {
    for (const text of everyText()) expect(findPersonalData(factString(text, formatFact)), text).toEqual([]);
  });
  test('the quiz has at least 8 questions, each with a right answer among its options', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(
      quizSchema.safeParse({
        ...quiz,
        questions: quiz.questions.map((question) => ({ ...question, answer: question.options.length })),
      }).success,
    ).toBe(false);
  });
  test('lessonSchema rejects a plan that does not add up to 45 minutes and an unsorted glossary', () => {
    expect(lessonSchema.safeParse({ ...lesson, plan: lesson.plan.slice(1) }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, glossary: [...lesson.glossary].reverse() }).success).toBe(false);
  });
});
