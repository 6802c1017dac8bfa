import type { Locator, Page } from 'playwright-core';
import { clickInDialog, settled, watchFor } from '../support/antd';

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

  /** Opens 办结 for a person's task and writes what was done; answers the dialog. */
  async fillClose(name: string, note: string): Promise<Locator> {
    await this.row(name).getByRole('button', { name: '办结' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: `办结：${name}` });
    await dialog.getByRole('textbox').fill(note);
    await settled(this.page);
    return dialog;
  }

  /** Sends the 办结 dialog; resolves to whether the success message showed. */
  async close(dialog: Locator): Promise<boolean> {
    const toast = watchFor(this.page.locator('.ant-message').getByText('办结成功'));
    await clickInDialog(dialog, /^办\s?结$/);
    return toast;
  }
}
