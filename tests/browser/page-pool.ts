/**
 * A few pages in one browser context, lent to concurrent tests one at a time. On this 2-core machine
 * a new context and page cost Chromium about half a CPU-second before anything loads, and a first
 * load in a cold context about a second; moving an open page to its next address costs a third of
 * that. Tests that only load and inspect pages (the crawl) borrow a page here instead.
 * Usage: `const pool = await openPagePool(browser, 3); await pool.use((page) => page.goto(url));`
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface PagePool {
  readonly context: BrowserContext;
  /** Runs `task` on a free page, waiting for one if every page is lent, and then takes the page back. */
  use<T>(task: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens `size` pages in one new context with `options`. A page that a task closed or crashed is replaced. */
export async function openPagePool(
  browser: Browser,
  size: number,
  options: BrowserContextOptions = {},
): Promise<PagePool> {
  const context = await browser.newContext(options);
  const free: Page[] = [];
  for (let index = 0; index < size; index++) free.push(await context.newPage());
  const waiting: ((page: Page) => void)[] = [];
  const takeBack = async (page: Page): Promise<void> => {
    const usable = page.isClosed() ? await context.newPage() : page;
    const next = waiting.shift();
    if (next) next(usable);
    else free.push(usable);
  };
  return {
    context,
    async use(task) {
      const page = free.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
      try {
        return await task(page);
      } finally {
        await takeBack(page);
      }
    },
    close: () => context.close(),
  };
}
