import { describe, expect, test } from 'vitest';
import { quizScore, recordCheck, type QuizResults } from './quiz-score.ts';

describe('recordCheck', () => {
  test('recordCheck keeps the first answer: a wrong answer changed and checked again still counts as wrong', () => {
    let results: QuizResults = new Map();
    results = recordCheck(results, 'q1', false);
    results = recordCheck(results, 'q1', true);
    expect(quizScore(results, 5)).toEqual({ correct: 0, answered: 1, total: 5 });
  });
  test('recordCheck counts a right first answer once, however often it is checked', () => {
    let results: QuizResults = new Map();
    for (const correct of [true, true, false]) results = recordCheck(results, 'q1', correct);
    results = recordCheck(results, 'q2', true);
    expect(quizScore(results, 2)).toEqual({ correct: 2, answered: 2, total: 2 });
  });
  test('recordCheck does not change the results it is given', () => {
    const empty: QuizResults = new Map();
    recordCheck(empty, 'q1', true);
    expect(empty.size).toBe(0);
  });
});
