/**
 * <chart-figure>: defined at once (so the frame's reserved controls become visible without a
 * shift), but the interaction code is fetched only when the chart comes near the viewport.
 */
const nearViewport = '300px 0px';

class ChartFigureElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window)) {
      void this.#enhance();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.#observer?.disconnect();
          void this.#enhance();
        }
      },
      { rootMargin: nearViewport },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #enhance(): Promise<void> {
    if (this.dataset['enhanced']) return;
    this.dataset['enhanced'] = 'true';
    const { enhanceChartFigure } = await import('./chart-interaction.ts');
    enhanceChartFigure(this);
  }
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigureElement);
