/**
 * Interaction for a server-rendered chart, in plain TypeScript over the SVG already in the page
 * (no D3 or Plot in the browser):
 *
 * - one tab stop per chart (roving tabindex): arrow keys move between marks, Home and End jump to
 *   the ends, Enter or Space shows the details;
 * - focus, hover or a tap shows a mark's details in a box beside it (never over the next row),
 *   and the live region announces only the detail, since the mark's own name says its title;
 * - Escape anywhere on the page, or the close button, hides the box (WCAG 1.4.13);
 * - a chart drawn in panels (`data-panel`, such as the timeline's overview and detail) gets view
 *   buttons from its frame, which zoom to one panel, or back to all, by changing the SVG's viewBox;
 * - the data table's column headers become sort buttons (`aria-sort`);
 * - "Play as sound" shows where the Web Audio API is, and on a press loads the player
 *   (sonify-player.ts, its own chunk), plays the chart's notes with each mark ringed as it sounds,
 *   and says in the live region that it started and stopped; a second press or Escape stops it.
 */
import { sortRows, type SortDirection } from './table-sort.ts';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The text a mark's details say, from the data-* attributes the chart spec wrote. */
export function markDetails(mark: Element): { title: string; when: string; detail: string } {
  return {
    title: mark.getAttribute('data-title') ?? '',
    when: mark.getAttribute('data-when') ?? '',
    detail: mark.getAttribute('data-detail') ?? '',
  };
}

/** Keys that move the roving focus, and where to: a step back or forward, or an end. */
const moves: Record<string, 'previous' | 'next' | 'first' | 'last'> = {
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  ArrowRight: 'next',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last',
};

/** The index focus moves to from `index` among `count` marks, for a move; it stops at the ends. */
export function movedIndex(index: number, count: number, move: 'previous' | 'next' | 'first' | 'last'): number {
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  return Math.max(0, Math.min(count - 1, index + (move === 'next' ? 1 : -1)));
}

/** A box's place beside a mark, in canvas pixels: right of it when it fits, else left, else below. */
export function placeBeside(
  mark: { left: number; right: number; top: number; bottom: number },
  box: { width: number; height: number },
  canvas: { width: number },
  gap = 8,
): { x: number; y: number } {
  if (mark.right + gap + box.width <= canvas.width) return { x: mark.right + gap, y: mark.top };
  if (mark.left - gap - box.width >= 0) return { x: mark.left - gap - box.width, y: mark.top };
  // No room either side (a phone, or a mark the full width of the chart): below the mark.
  return { x: Math.max(0, Math.min(mark.left, canvas.width - box.width)), y: mark.bottom + gap };
}

/** The marks the reader can reach now: those in the SVG on screen, outside any hidden panel. */
function reachableMarks(canvas: HTMLElement): SVGElement[] {
  const svg = [...canvas.querySelectorAll<SVGSVGElement>('.chart-layout svg')].find(
    (element) => element.getClientRects().length > 0,
  );
  if (!svg) return [];
  return [...svg.querySelectorAll<SVGElement>('.chart-mark')].filter((mark) => !mark.closest('[aria-hidden="true"]'));
}

/**
 * The box of what a mark draws, leaving out its transparent hit area and its label (the timeline's
 * rows are hit areas the width of the chart, and a box "beside" those would have nowhere to go).
 */
function drawnBox(mark: Element): DOMRect {
  const shapes = [...mark.children].filter((child) => !child.classList.contains('hit') && child.localName !== 'text');
  const rects = shapes.map((shape) => shape.getBoundingClientRect()).filter((rect) => rect.width || rect.height);
  if (rects.length === 0) return mark.getBoundingClientRect();
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  const right = Math.max(...rects.map((rect) => rect.right));
  const bottom = Math.max(...rects.map((rect) => rect.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
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

  // Roving tabindex: in every layout the first reachable mark is the chart's one tab stop. Marks
  // in a hidden panel are not focusable at all (no tabindex), as nothing under aria-hidden may be.
  const resetStops = () => {
    for (const svg of canvas.querySelectorAll('.chart-layout svg')) {
      const marks = [...svg.querySelectorAll('.chart-mark')];
      const first = marks.find((mark) => !mark.closest('[aria-hidden="true"]'));
      for (const mark of marks) {
        if (mark.closest('[aria-hidden="true"]')) mark.removeAttribute('tabindex');
        else mark.setAttribute('tabindex', mark === first ? '0' : '-1');
      }
    }
  };
  resetStops();
  const makeStop = (mark: Element) => {
    for (const other of mark.closest('svg')?.querySelectorAll('.chart-mark[tabindex]') ?? [])
      other.setAttribute('tabindex', other === mark ? '0' : '-1');
  };

  const show = (mark: Element, announce: boolean, passive = false) => {
    box.classList.toggle('is-passive', passive);
    if (current === mark && !box.hidden) return;
    current = mark;
    const details = markDetails(mark);
    title.textContent = details.title;
    when.textContent = details.when;
    body.textContent = details.detail;
    box.hidden = false;
    const markBox = drawnBox(mark);
    const canvasBox = canvas.getBoundingClientRect();
    const place = placeBeside(
      {
        left: markBox.left - canvasBox.left,
        right: markBox.right - canvasBox.left,
        top: markBox.top - canvasBox.top,
        bottom: markBox.bottom - canvasBox.top,
      },
      { width: box.offsetWidth, height: box.offsetHeight },
      { width: canvasBox.width },
    );
    box.style.setProperty('--details-x', `${Math.round(place.x)}px`);
    box.style.setProperty('--details-y', `${Math.round(place.y)}px`);
    // The mark's accessible name already says its title and date: announce only what is new.
    if (announce) live.textContent = details.detail;
  };
  const hide = () => {
    box.hidden = true;
    current = null;
  };
  const markOf = (target: EventTarget | null): Element | null =>
    target instanceof Element ? target.closest('.chart-mark') : null;

  canvas.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    makeStop(mark);
    show(mark, true);
  });
  canvas.addEventListener('focusout', (event) => {
    if (!canvas.contains(event.relatedTarget as Node | null)) hide();
  });
  canvas.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    // A box shown by hovering lets the pointer through, so it never stands in the way of the next mark.
    if (mark && (event as PointerEvent).pointerType === 'mouse' && !canvas.contains(document.activeElement))
      show(mark, false, true);
  });
  canvas.addEventListener('pointerleave', () => {
    if (!canvas.contains(document.activeElement)) hide();
  });
  canvas.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark, true);
  });
  canvas.addEventListener('keydown', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      show(mark, true);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const marks = reachableMarks(canvas);
    const next = marks[movedIndex(marks.indexOf(mark as SVGElement), marks.length, move)];
    if (next && next !== mark) next.focus();
  });
  // Escape closes the details wherever focus is (WCAG 1.4.13), and puts focus back on a focused mark.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || box.hidden) return;
    const mark = current;
    hide();
    live.textContent = '';
    if (mark && canvas.contains(document.activeElement) && mark instanceof SVGElement) mark.focus();
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
      resetStops();
      // Say what the chart now shows: the count of marks in view, from the frame's template.
      const template = figure.dataset['viewAnnouncement'];
      if (template) live.textContent = template.replace('{count}', String(reachableMarks(canvas).length));
    });
  }
  enhanceTableSort(figure);
  enhanceSound(figure, canvas, live);
}

/** The "Play as sound" button: the player is fetched on the first press, never before. */
function enhanceSound(figure: HTMLElement, canvas: HTMLElement, live: HTMLElement): void {
  const button = figure.querySelector<HTMLButtonElement>('.chart-sound');
  if (!button || !('AudioContext' in window || 'webkitAudioContext' in window)) return;
  const playLabel = button.textContent;
  let stop: (() => void) | undefined;
  const highlight = (marks: readonly string[]) => {
    for (const mark of canvas.querySelectorAll('.chart-mark.is-sounding')) mark.classList.remove('is-sounding');
    for (const key of marks)
      for (const mark of canvas.querySelectorAll(`.chart-mark[data-mark="${CSS.escape(key)}"]`))
        mark.classList.add('is-sounding');
  };
  const end = (announcement: string | undefined) => {
    stop?.();
    stop = undefined;
    highlight([]);
    button.textContent = playLabel;
    live.textContent = announcement ?? '';
  };
  button.addEventListener('click', async () => {
    if (stop) {
      end(button.dataset['stopped']);
      return;
    }
    // Set at once, so a second press while the player loads stops rather than starting twice.
    stop = () => undefined;
    button.textContent = button.dataset['stop'] ?? '';
    live.textContent = button.dataset['started'] ?? '';
    const { playNotes } = await import('./sonify-player.ts');
    if (!stop) return;
    stop = playNotes(button.dataset['notes'], {
      onNote: highlight,
      onEnd: () => end(button.dataset['finished']),
    });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && stop) end(button.dataset['stopped']);
  });
  button.classList.add('is-ready');
}

/** Turns the data table's column headers into sort buttons; the order a sort gives is announced by `aria-sort`. */
function enhanceTableSort(figure: HTMLElement): void {
  const table = figure.querySelector<HTMLTableElement>('.chart-data table');
  const tbody = table?.tBodies[0];
  if (!table || !tbody) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const original = [...tbody.rows];
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-sort';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const direction: SortDirection = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      const keyed = original.map((row) => {
        const cell = row.cells[column];
        return { row, key: cell?.dataset['sort'] ?? cell?.textContent ?? '' };
      });
      tbody.append(...sortRows(keyed, direction).map((entry) => entry.row));
    });
  });
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

/** Shows one panel (or all of them), hiding the others from assistive tech (and so from the arrow keys). */
function showView(svg: SVGSVGElement, view: string): void {
  svg.dataset['fullWidth'] ??= svg.getAttribute('width') ?? '';
  svg.dataset['fullHeight'] ??= svg.getAttribute('height') ?? '';
  const target = viewBoxFor(svg, view);
  for (const panel of svg.querySelectorAll('[data-panel]')) {
    const shown = view === 'both' || panel.getAttribute('data-panel') === view;
    if (shown) panel.removeAttribute('aria-hidden');
    else panel.setAttribute('aria-hidden', 'true');
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
