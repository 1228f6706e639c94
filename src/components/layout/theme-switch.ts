/** <theme-switch>: reflects the saved theme, and saves and applies a new choice (CSS shows it once defined). */
const storageKey = 'left-open-theme';

class ThemeSwitch extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    const saved = readTheme();
    select.value = saved;
    select.addEventListener('change', () => applyTheme(select.value));
  }
}

/** The saved choice, or "auto" when there is none or storage is blocked. */
function readTheme(): string {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** Applies and remembers a choice; "auto" forgets it and follows the system again. */
function applyTheme(value: string) {
  const root = document.documentElement;
  try {
    if (value === 'light' || value === 'dark') {
      localStorage.setItem(storageKey, value);
      root.dataset.theme = value;
    } else {
      localStorage.removeItem(storageKey);
      delete root.dataset.theme;
    }
  } catch {
    if (value === 'light' || value === 'dark') root.dataset.theme = value;
    else delete root.dataset.theme;
  }
}

customElements.define('theme-switch', ThemeSwitch);
