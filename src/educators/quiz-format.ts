/**
 * The quiz outside the page: answer letters, Markdown for print (questions without answers, and
 * a separate answer key) and GIFT for Moodle, each from content/educators/quiz.json with the
 * figures filled in. Pure functions: the trainer pack calls them.
 */
import type { Quiz } from './content.ts';

/** "A" for 0, "B" for 1 … */
export const answerLetter = (index: number): string => String.fromCharCode(65 + index);

/** Headings and labels the printed quiz needs, from strings.json. */
export interface QuizPrintStrings {
  answerKeyTitle: string;
  answer: string;
  whyOthersAreWrong: string;
  objective: string;
}

/** A rule as a quiz question shows it. */
export type QuizRule = NonNullable<Quiz['questions'][number]['table']>[number];

/** A rule table as a Markdown table. */
function ruleTableMarkdown(rules: readonly QuizRule[], headers: readonly string[]): string[] {
  const fields = ['priority', 'name', 'access', 'protocol', 'source', 'destination', 'port'] as const;
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rules.map((rule) => `| ${fields.map((field) => rule[field].replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  ];
}

/** The quiz for learners: questions and options, no answers. */
export function quizQuestionsMarkdown(
  quiz: Quiz,
  fill: (text: string) => string,
  tableHeaders: readonly string[],
): string {
  const lines = [`# ${quiz.title}`, ''];
  quiz.questions.forEach((question, number) => {
    lines.push(`## ${number + 1}. ${fill(question.prompt)}`, '');
    if (question.table) lines.push(...ruleTableMarkdown(question.table, tableHeaders));
    lines.push(...question.options.map((option, index) => `${answerLetter(index)}. ${fill(option.text)}`), '');
  });
  return lines.join('\n');
}

/** The answer key: the right letter, why, and what to say about each wrong option. */
export function quizAnswerKeyMarkdown(
  quiz: Quiz,
  fill: (text: string) => string,
  strings: QuizPrintStrings,
  objectiveText: (id: string) => string,
): string {
  const lines = [`# ${strings.answerKeyTitle}`, ''];
  quiz.questions.forEach((question, number) => {
    lines.push(
      `## ${number + 1}. ${strings.answer} ${answerLetter(question.answer)}`,
      '',
      `${fill(question.explanation)}`,
      '',
      `*${strings.objective}:* ${objectiveText(question.objective)}`,
      '',
      `${strings.whyOthersAreWrong}`,
      '',
      ...question.options.map((option, index) => `- ${answerLetter(index)}. ${fill(option.feedback)}`),
      '',
    );
  });
  return lines.join('\n');
}

/** Text with GIFT's special characters escaped: ~ = # { } : and the backslash itself. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\n/g, ' ');
}

/** The quiz in Moodle's GIFT format: one multiple-choice question per block, feedback on every option. */
export function quizGift(quiz: Quiz, fill: (text: string) => string, ruleLine: (rule: QuizRule) => string): string {
  return quiz.questions
    .map((question) => {
      const table = question.table ? ` ${question.table.map(ruleLine).join(' ')}` : '';
      const options = question.options.map(
        (option, index) =>
          `  ${index === question.answer ? '=' : '~'}${escapeGift(fill(option.text))}#${escapeGift(fill(option.feedback))}`,
      );
      return [
        `// ${question.objective}`,
        `::${escapeGift(question.id)}::${escapeGift(fill(question.prompt) + table)} {`,
        ...options,
        `  ####${escapeGift(fill(question.explanation))}`,
        '}',
        '',
      ].join('\n');
    })
    .join('\n');
}
