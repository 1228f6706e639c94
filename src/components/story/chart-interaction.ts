/**
 * Interaction for a server-rendered chart, in plain TypeScript over the SVG already in the page
 * (no D3 or Plot in the browser): marks become focusable; focus, hover or a tap shows their
 * details in a visible box and announces them in a live region; Escape or the close button hides
 * it. A chart drawn in panels (`data-panel`, such as the timeline's overview and detail) gets view
 * buttons from its frame, which zoom to one panel, or back to all, by changing the SVG's viewBox.
 */

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The text a mark's details say, from the data-* attributes the chart spec wrote. */
export function markDetails(mark: Element): { title: string; when: string; detail: string } {
  return {
    title: mark.getAttribute('data-title') ?? '',
    when: mark.getAttribute('data-when') ?? '',
    detail: mark.getAttribute('data-detail') ?? '',
  };
}

/** Makes one figure interactive. Safe to call once per figure. */
export function enhanceChartFigure(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('.chart-canvas');
  const box = figure.querySelector<HTMLElement>('.chart-details');
  const live = figure.querySelector<HTMLElement>('.chart-live');
  if (!canvas || !box || !live) return;
  const title = box.querySelector<HTMLElement>('.chart-details-title')!;
  const when = box.querySelector<HTMLElement>('.chart-details-when')!;
  const body = box.querySelector<HTMLElement>('.chart-details-body')!;
  const close = box.querySelector<HTMLButtonElement>('.chart-details-close')!;
  let current: Element | null = null;

  for (const mark of canvas.querySelectorAll('.chart-mark')) mark.setAttribute('tabindex', '0');

  const show = (mark: Element, announce: boolean) => {
    if (current === mark && !box.hidden) return;
    current = mark;
    const details = markDetails(mark);
    title.textContent = details.title;
    when.textContent = details.when;
    body.textContent = details.detail;
    box.hidden = false;
    // Below the mark, kept inside the canvas.
    const markBox = mark.getBoundingClientRect();
    const canvasBox = canvas.getBoundingClientRect();
    const x = Math.max(0, Math.min(markBox.left - canvasBox.left, canvasBox.width - box.offsetWidth));
    const y = markBox.bottom - canvasBox.top + 6;
    box.style.setProperty('--details-x', `${Math.round(x)}px`);
    box.style.setProperty('--details-y', `${Math.round(y)}px`);
    if (announce) live.textContent = [details.title, details.when, details.detail].filter(Boolean).join('. ');
  };
  const hide = () => {
    box.hidden = true;
    current = null;
  };
  const markOf = (target: EventTarget | null): Element | null =>
    target instanceof Element ? target.closest('.chart-mark') : null;

  canvas.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark, true);
  });
  canvas.addEventListener('focusout', (event) => {
    if (!canvas.contains(event.relatedTarget as Node | null)) hide();
  });
  canvas.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark && (event as PointerEvent).pointerType === 'mouse') show(mark, false);
  });
  canvas.addEventListener('pointerleave', () => {
    if (!canvas.contains(document.activeElement)) hide();
  });
  canvas.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark, true);
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || box.hidden) return;
    const mark = current;
    hide();
    live.textContent = '';
    if (mark instanceof SVGElement || mark instanceof HTMLElement) mark.focus();
  });
  close.addEventListener('click', () => {
    const mark = current;
    hide();
    if (mark instanceof SVGElement) mark.focus();
  });

  const buttons = figure.querySelectorAll<HTMLButtonElement>('.chart-zoom button[data-view]');
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const view = button.dataset['view'] as string;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      hide();
      for (const svg of canvas.querySelectorAll('svg')) showView(svg, view);
    });
  }
}

/** The viewBox of a view: the whole chart ("both"), or one panel (top and height from its data-*). */
export function viewBoxFor(svg: SVGSVGElement, view: string): [number, number, number, number] {
  const width = Number(svg.dataset['fullWidth'] ?? svg.getAttribute('width'));
  const height = Number(svg.dataset['fullHeight'] ?? svg.getAttribute('height'));
  if (view === 'both') return [0, 0, width, height];
  const panel = svg.querySelector(`[data-panel="${view}"]`);
  if (!panel) return [0, 0, width, height];
  return [0, Number(panel.getAttribute('data-top')), width, Number(panel.getAttribute('data-height'))];
}

/** Shows one panel (or all of them), hiding the others from focus and assistive tech. */
function showView(svg: SVGSVGElement, view: string): void {
  svg.dataset['fullWidth'] ??= svg.getAttribute('width') ?? '';
  svg.dataset['fullHeight'] ??= svg.getAttribute('height') ?? '';
  const target = viewBoxFor(svg, view);
  for (const panel of svg.querySelectorAll('[data-panel]')) {
    const shown = view === 'both' || panel.getAttribute('data-panel') === view;
    if (shown) panel.removeAttribute('aria-hidden');
    else panel.setAttribute('aria-hidden', 'true');
    for (const mark of panel.querySelectorAll('.chart-mark')) mark.setAttribute('tabindex', shown ? '0' : '-1');
  }
  const apply = (box: number[]) => {
    svg.setAttribute('viewBox', box.map((value) => Math.round(value * 100) / 100).join(' '));
    svg.setAttribute('height', String(Math.round(box[3]!)));
  };
  const start = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  if (reducedMotion() || start.length !== 4) {
    apply(target);
    return;
  }
  const began = performance.now();
  const duration = 300;
  const step = (now: number) => {
    const t = Math.min(1, (now - began) / duration);
    const eased = 1 - (1 - t) ** 3;
    apply(start.map((value, index) => value + (target[index]! - value) * eased));
    if (t < 1) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
