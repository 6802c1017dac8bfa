import type { Locator, Page } from 'playwright-core';
import { clickInDialog, settled, watchFor } from '../support/antd';

/** The results table of a cycle's page, its dialogs (评分, 调整等次, 公示反映) and a cadre's 我的考核结果. */
export class ResultsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  row(name: string): Locator {
    return this.page.locator('.ant-table-row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** A quota pool's row in 定等名额, by one of its units. */
  poolRow(unitName: string): Locator {
    return this.page.locator('.ant-card').filter({ hasText: '定等名额' }).locator('.ant-table-row').filter({ hasText: unitName });
  }

  async resultsLoaded(): Promise<void> {
    await this.page.locator('.ant-pro-table .ant-table-row').first().waitFor();
    await settled(this.page);
  }

  /** Opens 评分 for a person and answers the dialog once it has settled. */
  async openScore(name: string): Promise<Locator> {
    await this.row(name).getByText('评分', { exact: true }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: `评分：${name}` });
    await dialog.getByText('得分公式').waitFor();
    await settled(this.page);
    return dialog;
  }

  async fillQuantity(dialog: Locator, indicator: string, target: number, actual: number): Promise<void> {
    const item = dialog.locator('.ant-form-item').filter({ hasText: indicator }).first();
    await item.getByRole('spinbutton').nth(0).fill(String(target));
    await item.getByRole('spinbutton').nth(1).fill(String(actual));
  }

  async rate(dialog: Locator, level: string): Promise<void> {
    await dialog.locator('.ant-radio-button-wrapper').filter({ hasText: level }).first().click();
  }

  /** Saves the open score dialog; resolves to whether the saved message showed. */
  async saveScore(dialog: Locator): Promise<boolean> {
    const toast = watchFor(this.page.locator('.ant-message').getByText('已保存'));
    await clickInDialog(dialog, '保存评分');
    return toast;
  }

  /** Clicks a score to open its explanation; answers the popover. */
  async explainScore(name: string): Promise<Locator> {
    await this.row(name).locator('td').nth(4).locator('a').click();
    const popover = this.page.locator('.ant-popover').filter({ hasText: `${name}的得分构成` });
    await popover.waitFor();
    return popover;
  }

  async openGradeChange(name: string): Promise<Locator> {
    await this.row(name).getByText('调整等次').click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: `调整等次：${name}` });
    await dialog.getByText('拟定依据').waitFor();
    await settled(this.page);
    return dialog;
  }

  async changeGrade(dialog: Locator, grade: string, reason: string): Promise<void> {
    await dialog.locator('.ant-radio-button-wrapper').filter({ hasText: grade }).first().click();
    await dialog.getByLabel('调整理由').fill(reason);
    await clickInDialog(dialog, '确定调整');
  }

  async raiseObjection(candidate: string, content: string): Promise<void> {
    await this.page.getByRole('button', { name: '登记反映' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '登记公示期间的反映' });
    await dialog.getByLabel('反映内容').waitFor();
    await settled(this.page);
    await dialog.locator('.ant-select').click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: candidate }).first().click();
    await dialog.getByLabel('反映内容').fill(content);
    const toast = watchFor(this.page.locator('.ant-message').getByText('反映已登记'));
    await clickInDialog(dialog, /^确\s?定$/);
    await toast;
    await dialog.waitFor({ state: 'hidden' });
  }

  async resolveObjection(candidate: string, finding: '属实' | '不属实', conclusion: string): Promise<void> {
    const card = this.page.locator('.ant-card').filter({ hasText: '公示期间的反映' });
    await card.locator('.ant-table-row').filter({ hasText: candidate }).getByText('办结').click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: `办结反映：${candidate}` });
    await dialog.getByLabel('核查结论').waitFor();
    await settled(this.page);
    await dialog
      .locator('.ant-radio-button-wrapper')
      .filter({ hasText: new RegExp(`^${finding}$`) })
      .click();
    await dialog.getByLabel('核查结论').fill(conclusion);
    const toast = watchFor(this.page.locator('.ant-message').getByText('反映已办结'));
    await clickInDialog(dialog, /^确\s?定$/);
    await toast;
    await dialog.waitFor({ state: 'hidden' });
  }

  async openMyResults(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/my-results`);
    await this.page.locator('.ant-card').first().waitFor();
    await settled(this.page);
  }

  myResult(cycleName: string): Locator {
    return this.page.locator('.ant-card').filter({ hasText: cycleName });
  }

  async confirmMine(cycleName: string): Promise<void> {
    await this.myResult(cycleName).getByRole('button', { name: '确认结果' }).click();
    const toast = watchFor(this.page.locator('.ant-message').getByText('已确认考核结果'));
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: '确认' }).click();
    await toast;
  }
}
