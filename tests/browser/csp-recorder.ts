/**
 * Records Content Security Policy violations on the pages of a browser context: every
 * `securitypolicyviolation` event, from the page and from each of its frames (a binding reaches
 * embedded iframes too), and each CSP message on the console. tests/quality/csp-browser.test.ts
 * proves on the fixture site that it catches a blocked inline script and a blocked script from
 * another origin; the crawl (crawl.test.ts) records every page of dist/ with it.
 */
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** What a page reported while it was recorded. */
export interface CspRecord {
  violations: string[];
  consoleMessages: string[];
}

/** Starts recording one page: `record` fills in until `stop` is called. */
export type CspWatch = (page: Page) => { record: CspRecord; stop: () => void };

/**
 * Installs the recorder in `context` (for every page it has or will open) and returns the function
 * that starts recording a page. Violations reach Node as tasks: read a record after the page settles.
 */
export async function watchCsp(context: BrowserContext): Promise<CspWatch> {
  const records = new Map<Page, CspRecord>();
  await context.exposeBinding('reportCspViolation', ({ page, frame }, text: string) => {
    records.get(page)?.violations.push(`${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} ` +
            `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
        );
      },
      true,
    );
  });
  return (page) => {
    const record: CspRecord = { violations: [], consoleMessages: [] };
    const onConsole = (message: ConsoleMessage) => {
      if (/content security policy/i.test(message.text()))
        record.consoleMessages.push(`${message.type()}: ${message.text()}`);
    };
    records.set(page, record);
    page.on('console', onConsole);
    return {
      record,
      stop: () => {
        records.delete(page);
        page.off('console', onConsole);
      },
    };
  };
}
