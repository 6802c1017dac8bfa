import type { Page } from 'playwright-core';
import { clickInDialog, settled } from '../support/antd';

/** The staff's pages of 群众金点子与企业诉求 (/participation, /participation/:id). */
export class ParticipationPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the list and the submission with that title; answers its id. */
  async openFromList(title: string): Promise<string> {
    await this.page.goto(`${this.baseUrl}/participation`);
    await this.page.getByRole('link', { name: title }).click();
    await this.page.getByText('办理过程').waitFor();
    await settled(this.page);
    return this.page.url().split('/').pop() as string;
  }

  /** 答复并采纳 with the official answer, through the dialog. */
  async adopt(answer: string): Promise<void> {
    await this.page.getByRole('button', { name: '答复并采纳' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('答复意见（公开给提交人）').fill(answer);
    await clickInDialog(dialog, /确\s*定/);
    await dialog.waitFor({ state: 'hidden' });
    await settled(this.page);
  }

  stateTag() {
    return this.page.locator('.ant-page-header-content .ant-tag').first();
  }
}
