/**
 * The quiz's score, as a pure function of the checks a learner made: the first answer checked
 * for a question is the one that counts. Changing a wrong answer and checking again shows the
 * feedback for the new choice, but does not turn the question into a right answer.
 */

/** Question id → whether the first checked answer was right. */
export type QuizResults = ReadonlyMap<string, boolean>;

/** The results after one more check; only a question's first check is recorded. */
export function recordCheck(results: QuizResults, questionId: string, correct: boolean): QuizResults {
  if (results.has(questionId)) return results;
  return new Map([...results, [questionId, correct]]);
}

/** Right first answers, questions answered, and questions in all. */
export function quizScore(results: QuizResults, total: number): { correct: number; answered: number; total: number } {
  return { correct: [...results.values()].filter(Boolean).length, answered: results.size, total };
}
