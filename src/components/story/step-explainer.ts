/**
 * <step-explainer>: the scrolling version of the step-by-step explainer. Without it (no
 * JavaScript, print, reduced motion) the steps read as a plain sequence of diagrams and text. With
 * it, on a wide screen, each step's diagram stays in view beside its text (CSS position: sticky,
 * under `.is-scrolly`) and an IntersectionObserver marks the step being read, so the others dim.
 * Plain IntersectionObserver rather than Scrollama: the one thing needed is "which step crosses the
 * middle of the viewport", which one observer with a rootMargin answers; Scrollama wraps the same
 * API and would add a dependency and its bytes for nothing more.
 */
const reducedMotion = '(prefers-reduced-motion: reduce)';

class StepExplainerElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window) || window.matchMedia(reducedMotion).matches) return;
    const steps = [...this.querySelectorAll<HTMLElement>('.explainer-step')];
    if (steps.length === 0) return;
    this.classList.add('is-scrolly');
    // A step counts as read while it crosses the band in the middle of the viewport.
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) this.#activate(entry.target, steps);
      },
      { rootMargin: '-45% 0px -45% 0px' },
    );
    for (const step of steps) this.#observer.observe(step);
    this.#activate(steps[0]!, steps);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  #activate(active: Element, steps: readonly HTMLElement[]): void {
    for (const step of steps) step.toggleAttribute('data-active', step === active);
  }
}

if (!customElements.get('step-explainer')) customElements.define('step-explainer', StepExplainerElement);
