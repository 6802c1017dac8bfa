import type { Locator, Page } from 'playwright-core';
import { clickInDialog, settled, watchFor } from '../support/antd';

/** A cycle's 目标任务 page (tree, people panel, drawer) and a person's 我的目标任务. */
export class TargetsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openCycleTargets(cycleId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/cycles/${cycleId}/targets`);
    await this.page.locator('.ant-tree').waitFor();
    await settled(this.page);
  }

  /** A target's title block in the tree (also the drop zone of a unit target). */
  node(title: string): Locator {
    return this.page.locator(`[data-target-title="${title}"]`);
  }

  /** Chooses a unit target, so the people panel lists its unit's people. */
  async choose(title: string): Promise<void> {
    await this.node(title).getByText(title, { exact: true }).click();
    await this.page.locator('[data-person]').first().waitFor();
  }

  /** Drags a person card onto a unit target; answers the decomposition dialog it opens. */
  async dragPersonOnto(person: string, title: string): Promise<Locator> {
    await this.page.locator(`[data-person="${person}"]`).dragTo(this.node(title));
    const dialog = this.page.getByRole('dialog').filter({ hasText: `分解目标任务：${title}` });
    await dialog.getByText('责任人').waitFor();
    await settled(this.page);
    return dialog;
  }

  /** Saves a target dialog; resolves to whether the saved message showed. */
  async save(dialog: Locator): Promise<boolean> {
    const toast = watchFor(this.page.locator('.ant-message').getByText(/已新建目标任务|已保存目标任务/));
    await clickInDialog(dialog, /^确\s?定$/);
    return toast;
  }

  /** Opens a target's drawer with its progress. */
  async openDetail(title: string): Promise<Locator> {
    await this.node(title).getByRole('button', { name: '详情' }).click();
    const drawer = this.page.locator('.ant-drawer-content').filter({ hasText: '进展记录' });
    await drawer.waitFor();
    await settled(this.page);
    return drawer;
  }

  /** Confirms the pending report in an open drawer; resolves to whether the confirmation showed. */
  async confirmPending(drawer: Locator): Promise<boolean> {
    await drawer.getByRole('button', { name: /^确\s?认$/ }).click();
    const toast = watchFor(this.page.locator('.ant-message').getByText('已确认该进展'));
    await this.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^确\s?认$/ })
      .click();
    return toast;
  }

  async openMine(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/my-targets`);
    // A table on a desk, a card per target on a phone.
    await this.page.locator('.ant-table-row, .ant-card-type-inner').first().waitFor();
    await settled(this.page);
  }

  mineRow(title: string): Locator {
    return this.page.locator('.ant-table-row').filter({ hasText: title });
  }

  /** Fills one row of 我的目标任务: the value reached, what was done, and an evidence file. */
  async report(title: string, value: number, note: string, evidence: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const row = this.mineRow(title);
    await row.getByRole('spinbutton').fill(String(value));
    await row.getByRole('textbox').fill(note);
    await row.locator('input[type="file"]').setInputFiles(evidence);
    await row.getByText(evidence.name).waitFor();
  }

  /** Sends every changed row; resolves to whether the submitted message showed. */
  async submitReports(): Promise<boolean> {
    const toast = watchFor(this.page.locator('.ant-message').getByText(/已提交 \d+ 项进展/));
    await this.page.getByRole('button', { name: /提交进展/ }).click();
    return toast;
  }
}
