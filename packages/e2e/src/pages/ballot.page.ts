import type { Page } from 'playwright-core';
import { settled } from '../support/antd';

/** The public ballot (/ballot): a code, then one row of ratings per subject, then submit. */
export class BallotPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the ballot as a QR code's link does; answers how many subjects it rates. */
  async openByLink(code: string): Promise<number> {
    await this.page.goto(`${this.baseUrl}/ballot/${code}`);
    await this.page.locator('fieldset').first().waitFor();
    await settled(this.page);
    return this.page.locator('fieldset').count();
  }

  /** Types the code on the start page; answers the error shown (a spent code) or '' when the ballot opened. */
  async openByCode(code: string): Promise<string> {
    await this.page.goto(`${this.baseUrl}/ballot`);
    await this.page.getByLabel('测评码').fill(code);
    await this.page.getByRole('button', { name: '打开测评票' }).click();
    const shown = this.page.locator('.ant-alert-error, fieldset').first();
    await shown.waitFor();
    return (await shown.getAttribute('class'))?.includes('ant-alert') ? shown.innerText() : '';
  }

  async rateAll(level: string): Promise<void> {
    for (const subject of await this.page.locator('fieldset').all()) await subject.getByText(level, { exact: true }).click();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交测评票' }).click();
  }
}
