/** Tiny DOM helpers for the educators' custom elements (no framework). */

/** Creates an element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** The first element matching `selector` inside `root`; throws when the markup lacks it. */
export function queryRequired<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Missing ${selector}`);
  return element;
}

/** A finite number from untrusted text, or undefined. */
export function finiteNumber(value: unknown): number | undefined {
  const number =
    typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The JSON a page rendered into one of an element's data attributes (`data-words`, `data-notes`):
 * how the server hands a custom element its edition's words and content, so the browser bundle
 * carries no language of its own. Throws naming the attribute when it is missing or not JSON.
 */
export function readDataJson(element: HTMLElement, name: string): unknown {
  const text = element.dataset[name];
  const attribute = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  if (text === undefined) throw new Error(`<${element.localName}> has no ${attribute}`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`<${element.localName}> ${attribute} is not JSON: ${String(error)}`, { cause: error });
  }
}
