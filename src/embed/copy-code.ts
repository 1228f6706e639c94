/**
 * <copy-code>: reveals its button and copies the text of its <pre> to the clipboard. Where the
 * clipboard is unavailable (an insecure context, a denied permission) it selects the code and
 * focuses its region instead, so the reader can copy it by keyboard, and says so.
 */
class CopyCode extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const code = this.querySelector('pre');
    const region = this.querySelector<HTMLElement>('[role="region"]');
    const status = this.querySelector('[role="status"]');
    if (!button || !code || !region || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = this.dataset.copied ?? '';
      } catch {
        getSelection()?.selectAllChildren(code);
        region.focus();
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

customElements.define('copy-code', CopyCode);
