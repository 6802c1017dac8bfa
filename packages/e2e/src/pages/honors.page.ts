import type { Locator, Page } from 'playwright-core';
import { clickInDialog, openPopup, settled, stillDialog } from '../support/antd';

/** 评先评优 in the workspace (/honors/:id): nominations with screening, the campaign's steps, objections. */
export class HonorsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openCampaign(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/honors/${id}`);
    await this.page.getByText('推荐名额', { exact: true }).waitFor({ timeout: 20_000 });
    await settled(this.page);
  }

  /** The row of a nominee in 推荐人选. */
  nominationRow(name: string): Locator {
    return this.page.locator('.ant-table-row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The row of an objection against the nominee, in the 公示异议 card. */
  objectionRow(name: string): Locator {
    const card = this.page.locator('.ant-pro-card').filter({ has: this.page.locator('.ant-pro-card-title', { hasText: '公示异议' }) });
    return card.locator('.ant-table-row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** 推荐人选: picks the cadre by name (options read `name（unit）`), writes the deeds and sends; waits for the nominee's row. */
  async nominate(name: string, unitName: string, deeds: string): Promise<void> {
    await this.page.getByRole('button', { name: '推荐人选' }).click();
    const dialog = this.page.getByRole('dialog', { name: '推荐人选' });
    await dialog.getByLabel('被推荐干部', { exact: true }).waitFor();
    await settled(this.page);
    // The picker searches by name; its options read `name（unit）`.
    await dialog.getByLabel('被推荐干部', { exact: true }).fill(name);
    await openPopup(this.page).getByTitle(`${name}（${unitName}）`, { exact: true }).click();
    await openPopup(this.page).waitFor({ state: 'hidden' });
    await dialog.getByLabel('主要事迹', { exact: true }).fill(deeds);
    await clickInDialog(dialog, /推\s?荐/);
    await dialog.waitFor({ state: 'hidden' });
    await this.nominationRow(name).waitFor({ timeout: 20_000 });
  }

  /** The campaign's next step (结束推荐，进入审核 / 开始公示 / 发布表彰结果), confirmed. */
  async step(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
    const confirm = this.page.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定/ });
    await confirm.click();
    await this.page.getByRole('button', { name: label }).waitFor({ state: 'detached', timeout: 20_000 });
    await settled(this.page);
  }

  /** 审核 → 列为拟表彰人选. */
  async shortlist(name: string): Promise<void> {
    await this.nominationRow(name).getByText('审核', { exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `审核：${name}` });
    await stillDialog(dialog);
    await dialog.getByText('列为拟表彰人选').click();
    await clickInDialog(dialog, /确\s?定|确\s?认/);
    await dialog.waitFor({ state: 'hidden' });
    await this.nominationRow(name).getByText('拟表彰', { exact: true }).waitFor({ timeout: 20_000 });
  }

  /** 办结 an objection against the nominee as unfounded, with the answer the objector will read. */
  async dismissObjection(name: string, answer: string): Promise<void> {
    await this.objectionRow(name).getByText('办结', { exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `办结异议：${name}` });
    await dialog.getByText('反映不属实', { exact: true }).click();
    await dialog.getByLabel('答复意见（异议人凭查询码可见）').fill(answer);
    await clickInDialog(dialog, /办\s?结/);
    await dialog.waitFor({ state: 'hidden' });
  }
}
