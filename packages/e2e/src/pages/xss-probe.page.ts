import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** What a page did with stored markup once it showed it. */
export interface XssObservation {
  /** What the payloads would set had one run. */
  marker: unknown;
  /** Alerts, confirms and prompts opened. */
  dialogs: string[];
  /** Elements the payloads would create had they been parsed as markup rather than shown as text. */
  injectedElements: number;
  /** Links whose target would run script. */
  scriptLinks: number;
  text: string;
}

/**
 * A page opened to see what it does with text that carries markup: every dialog is counted (and dismissed, so a
 * payload cannot hang the test), and after the texts are on screen the page is asked whether anything ran.
 */
export class XssProbe {
  private readonly dialogs: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }

  /** Opens `path`, waits until every one of `texts` shows, and answers what the page did. */
  async visit(path: string, texts: readonly string[]): Promise<XssObservation> {
    await this.page.goto(`${this.baseUrl}${path}`);
    for (const text of texts) await this.page.getByText(text, { exact: false }).first().waitFor();
    return this.observe();
  }

  async observe(): Promise<XssObservation> {
    return {
      marker: await this.page.evaluate(() => window.__xss),
      dialogs: [...this.dialogs],
      injectedElements: await this.page.locator('img[src="x"], main svg[onload], script:not([src])').count(),
      scriptLinks: await this.page.locator('a[href^="javascript:" i]').count(),
      text: await this.page.locator('body').innerText(),
    };
  }
}
