import type { Locator, Page } from 'playwright-core';
import { settled, watchFor } from '../support/antd';

/** 考核结果运用: the tasks of published annual grades, one tab per kind. */
export class FollowUpsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(tab: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/follow-ups`);
    await this.page.getByRole('tab', { name: new RegExp(tab) }).click();
    await settled(this.page);
  }

  row(name: string): Locator {
    return this.page.locator('.ant-table-row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Closes a person's task with what was done; resolves to whether the success message showed. */
  async close(name: string, note: string): Promise<boolean> {
    await this.row(name).getByRole('button', { name: '办结' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: `办结：${name}` });
    await dialog.getByRole('textbox').fill(note);
    const toast = watchFor(this.page.locator('.ant-message').getByText('办结成功'));
    await dialog.getByRole('button', { name: /^办\s?结$/ }).click();
    return toast;
  }
}
