import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let shared: Browser | undefined;

/**
 * Debian's Chromium, started once per test file (Playwright gives each launch a fresh temporary --user-data-dir);
 * each session below is its own isolated context (cookies, storage), as a different person's first visit.
 */
async function browser(): Promise<Browser> {
  shared ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  return shared;
}

/** Closes the file's Chromium; call from afterAll. */
export async function closeBrowser(): Promise<void> {
  await shared?.close();
  shared = undefined;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far: a cold start must produce none. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<BrowserSession> {
  const context = await (await browser()).newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors, close: () => context.close() };
}

/** Saves a screenshot under packages/e2e/test-results/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(new URL('../../test-results/', import.meta.url).pathname, `${name}.png`), fullPage: true });
}
