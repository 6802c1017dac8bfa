import type { Locator, Page } from 'playwright-core';
import { clickInDialog, settled, watchFor } from '../support/antd';

/** 优秀年轻干部库: the board of pools, and one pool's page with its status tabs, candidates and yearly review. */
export class TalentPoolPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openBoard(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/talent-pools`);
    await this.page.getByText('按领域、层次统计（在库人数）').waitFor();
    await settled(this.page);
  }

  /** The card of one pool on the board. */
  card(name: string): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Opens a pool from its card and waits for the member list. */
  async openPool(name: string): Promise<void> {
    await this.card(name).getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('tab', { name: /^在库/ }).waitFor();
    await this.tableLoaded();
  }

  /** Switches to a tab by the start of its title (在库, 待审批, 已出库, 推荐人选, 年度复核). */
  async tab(title: string): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${title}`) }).click();
    await this.tableLoaded();
  }

  /** The visible tab panel's table has answered: rows or the empty state, no spinner. */
  async tableLoaded(): Promise<void> {
    const panel = this.panel();
    await panel.locator('.ant-table-row, .ant-table-placeholder').first().waitFor();
    await panel.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  }

  panel(): Locator {
    return this.page.locator('.ant-tabs-tabpane-active');
  }

  row(name: string): Locator {
    return this.panel()
      .locator('.ant-table-row')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Clicks a row's action, writes the reason in the dialog that opens and confirms with `ok`; resolves once the toast shows. */
  async act(name: string, action: string, dialogTitle: string, reason: string, ok: string): Promise<boolean> {
    await this.row(name).getByText(action, { exact: true }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: dialogTitle });
    await dialog.getByRole('textbox').fill(reason);
    const toast = watchFor(this.page.locator('.ant-message').getByText(`${ok}成功`));
    await clickInDialog(dialog, new RegExp(`^${[...ok].join('\\s?')}$`));
    const seen = await toast;
    await dialog.waitFor({ state: 'hidden' });
    return seen;
  }
}
