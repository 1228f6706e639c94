/**
 * `<quiz-questions>`: the quiz with immediate feedback. Each question becomes a radio group
 * (arrow keys move between options) with a Check button. The feedback names the choice, says
 * why it is right or wrong, gives the right answer and the explanation, and is announced
 * through a polite live region as plain text. Only the first checked answer counts
 * (quiz-score.ts); the score lives only in this element: nothing is stored or sent.
 */
import { fillTemplate } from '../lib/template.ts';
import { h, queryRequired } from './dom.ts';
import { quizScore, recordCheck, type QuizResults } from './quiz-score.ts';

class QuizQuestions extends HTMLElement {
  #results: QuizResults = new Map();

  connectedCallback(): void {
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
      feedback.replaceChildren(h('p', {}, this.dataset['chooseFirst'] ?? ''));
      return;
    }
    const correct = Number(chosen.value) === answer;
    this.#results = recordCheck(this.#results, id, correct);
    feedback.dataset['result'] = correct ? 'correct' : 'incorrect';
    // The feedback text is server-rendered in a <template> as plain text; copy it rather than building words here.
    const texts = queryRequired<HTMLTemplateElement>(question, '[data-feedback-text]').content;
    const copy = (selector: string) => queryRequired(texts, selector).cloneNode(true) as HTMLElement;
    const verdict = copy(`[data-option-feedback="${chosen.value}"]`);
    verdict.prepend(h('strong', {}, (correct ? this.dataset['correct'] : this.dataset['incorrect']) ?? ''), ' ');
    const parts = [verdict, ...(correct ? [] : [copy('[data-answer-text]')]), copy('[data-explanation-text]')];
    const readMore = texts.lastElementChild?.cloneNode(true);
    feedback.replaceChildren(...parts, ...(readMore ? [readMore] : []));
    this.#showScore();
  }

  #showScore(): void {
    const score = quizScore(this.#results, this.querySelectorAll('[data-question]').length);
    queryRequired(this, '[data-score-box]').hidden = score.answered === 0;
    queryRequired(this, '[data-score]').textContent = fillTemplate(this.dataset['scoreTemplate'] ?? '', score);
  }

  #restart(): void {
    this.#results = new Map();
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
