import { describe, expect, test } from 'vitest';
import { quiz } from './content.ts';
import { fillFacts } from './educator-facts.ts';
import { answerLetter, escapeGift, quizGift } from './quiz-format.ts';

describe('escapeGift', () => {
  test('escapeGift puts a backslash before each of GIFT’s special characters and the backslash itself', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(escapeGift('two\nlines')).toBe('two lines');
  });
});

describe('quizGift', () => {
  const gift = quizGift(quiz, fillFacts, (rule) => `[${rule.priority} ${rule.access}]`);
  const blocks = gift.split(/\n(?=\/\/ )/);
  test('quizGift writes one block per question, with one = for the answer and ~ for every other option', () => {
    expect(blocks).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((question, index) => {
      const block = blocks[index]!;
      expect(block).toMatch(new RegExp(`^// ${question.objective}\\n::${question.id}::`));
      expect(block.match(/^ {2}=/gm)).toHaveLength(1);
      expect(block.match(/^ {2}~/gm)).toHaveLength(question.options.length - 1);
      expect(block.match(/^ {2}[=~].*[^\\]#/gm), 'feedback on every option').toHaveLength(question.options.length);
    });
  });
  test('quizGift leaves no unescaped special character inside a question’s text', () => {
    for (const block of blocks) {
      const [, body = ''] = /::[^:]+::([\s\S]*) \{\n/.exec(block) ?? [];
      expect(body).not.toMatch(/(?<!\\)[~=#{}:]/);
    }
  });
  test('quizGift shows a question’s rules in its text', () => {
    expect(blocks[2]).toContain('[310 Allow] [4010 Deny]');
  });
  test('answerLetter counts from A', () => {
    expect([0, 1, 3].map(answerLetter)).toEqual(['A', 'B', 'D']);
  });
});
