import { mkdirSync, writeFileSync } from 'node:fs';
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
  /** The last requests, answers and console lines, kept so that a failed test can say what the page was waiting for. */
  trail: string[];
  close(): Promise<void>;
}

const TRAIL_LENGTH = 40;
const openSessions = new Set<BrowserSession>();
const resultsDir = new URL('../../test-results/', import.meta.url).pathname;

export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<BrowserSession> {
  const context = await (await browser()).newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const trail: string[] = [];
  const started = Date.now();
  const note = (line: string) => {
    trail.push(`${String(Date.now() - started).padStart(7)} ms  ${line}`);
    if (trail.length > TRAIL_LENGTH) trail.shift();
  };
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    note(`console.${m.type()} ${m.text()}`);
  });
  page.on('pageerror', (e) => {
    errors.push(e.message);
    note(`pageerror ${e.message}`);
  });
  page.on('request', (r) => note(`→ ${r.method()} ${r.url()}`));
  page.on('response', (r) => note(`← ${r.status()} ${r.request().method()} ${r.url()}`));
  page.on('requestfailed', (r) => note(`✗ ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
  const session: BrowserSession = {
    context,
    page,
    errors,
    trail,
    close: async () => {
      openSessions.delete(session);
      await context.close();
    },
  };
  openSessions.add(session);
  return session;
}

/** For a failed test: a screenshot and the trail of every session still open, printed and saved under test-results/failures/. */
export async function recordOpenSessions(testName: string): Promise<void> {
  const dir = join(resultsDir, 'failures');
  mkdirSync(dir, { recursive: true });
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  let n = 0;
  for (const session of openSessions) {
    const base = join(dir, `${slug}-${++n}`);
    await session.page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 }).catch(() => undefined);
    const text = [`${testName} (session ${n}) at ${session.page.url()}`, ...session.trail].join('\n');
    writeFileSync(`${base}.txt`, `${text}\n`);
    console.error(text);
  }
}

/** Saves a screenshot under packages/e2e/test-results/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(new URL('../../test-results/', import.meta.url).pathname, `${name}.png`), fullPage: true });
}
