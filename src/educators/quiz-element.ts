/**
 * `<quiz-questions>`: the quiz with immediate feedback. Each question becomes a radio group
 * (arrow keys move between options) with a Check button; the feedback, with the explanation and
 * the chapter link, is announced through a polite live region. The score lives only in this
 * element: nothing is stored or sent.
 */
import { fillTemplate } from './result-text.ts';
import { h, queryRequired } from './dom.ts';

interface FeedbackStrings {
  correct: string;
  incorrect: string;
  chooseFirst: string;
}

class QuizQuestions extends HTMLElement {
  /** Question id → whether the last checked answer was right. */
  #results = new Map<string, boolean>();
  #strings: FeedbackStrings = { correct: '', incorrect: '', chooseFirst: '' };

  connectedCallback(): void {
    const template = document.querySelector<HTMLElement>('[data-feedback-strings]');
    this.#strings = {
      correct: template?.dataset['correct'] ?? '',
      incorrect: template?.dataset['incorrect'] ?? '',
      chooseFirst: template?.dataset['chooseFirst'] ?? '',
    };
    for (const question of this.querySelectorAll<HTMLElement>('[data-question]')) {
      queryRequired(question, '[data-static]').hidden = true;
      queryRequired(question, '[data-details]').hidden = true;
      queryRequired(question, '[data-interactive]').hidden = false;
      queryRequired(question, '[data-check]').addEventListener('click', () => this.#check(question));
    }
    queryRequired(this, '[data-restart]').addEventListener('click', () => this.#restart());
  }

  #check(question: HTMLElement): void {
    const id = question.dataset['question'] ?? '';
    const answer = Number(question.dataset['answer']);
    const chosen = question.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    const feedback = queryRequired(question, '[data-feedback]');
    if (!chosen) {
      feedback.dataset['result'] = 'none';
      feedback.replaceChildren(h('p', {}, this.#strings.chooseFirst));
      return;
    }
    const correct = Number(chosen.value) === answer;
    this.#results.set(id, correct);
    feedback.dataset['result'] = correct ? 'correct' : 'incorrect';
    // The explanation is server-rendered inside <details>; copy it rather than duplicating text in the script.
    const explanation = queryRequired(question, '[data-explanation]').cloneNode(true) as HTMLElement;
    const answerLine = queryRequired(explanation, '[data-answer-line]');
    if (correct) answerLine.replaceChildren(h('strong', {}, this.#strings.correct));
    else
      answerLine.replaceChildren(
        `${this.#strings.incorrect} `,
        ...queryRequired(question, '[data-answer-line] strong').cloneNode(true).childNodes,
      );
    feedback.replaceChildren(...explanation.childNodes);
    this.#showScore();
  }

  #showScore(): void {
    const total = this.querySelectorAll('[data-question]').length;
    const correct = [...this.#results.values()].filter(Boolean).length;
    queryRequired(this, '[data-score-box]').hidden = this.#results.size === 0;
    queryRequired(this, '[data-score]').textContent = fillTemplate(this.dataset['scoreTemplate'] ?? '', {
      correct,
      answered: this.#results.size,
      total,
    });
  }

  #restart(): void {
    this.#results.clear();
    for (const question of this.querySelectorAll<HTMLElement>('[data-question]')) {
      for (const radio of question.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
      const feedback = queryRequired(question, '[data-feedback]');
      feedback.replaceChildren();
      delete feedback.dataset['result'];
    }
    this.#showScore();
    this.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }
}

if (!customElements.get('quiz-questions')) customElements.define('quiz-questions', QuizQuestions);
