import type { Locator, Page } from 'playwright-core';
import { chooseOption, chooseTreeNode, chooseTyped, clickInDialog, settled, watchFor } from '../support/antd';

/** 考核评价: the indicator library and the scheme editor with its live totals. */
export class AssessmentPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openIndicators(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/indicators`);
    await this.page.locator('.ant-table-row, .ant-table-placeholder').first().waitFor();
    await settled(this.page);
  }

  indicatorRow(code: string): Locator {
    return this.page.locator('.ant-table-row').filter({ has: this.page.getByText(code, { exact: true }) });
  }

  /** Adds a quantitative indicator scored linearly to the target with a cap; resolves once it is saved. */
  async addLinearIndicator(code: string, name: string, unit: string, capPercent: number): Promise<boolean> {
    await this.page.getByRole('button', { name: /新增指标/ }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '新增指标' });
    await dialog.getByLabel('指标编码').fill(code);
    await dialog.getByLabel('指标名称').fill(name);
    await dialog.getByLabel('计量单位').fill(unit);
    await dialog.getByLabel('封顶比例').fill(String(capPercent));
    await settled(this.page);
    return this.save(dialog);
  }

  /** Opens 新增指标 with 分档计分 chosen and one step added, for a look at the form; answers the dialog. */
  async openStepsIndicatorForm(): Promise<Locator> {
    await this.page.getByRole('button', { name: /新增指标/ }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '新增指标' });
    // A Select without search has no labelled input to find it by; its form item has the label.
    await chooseOption(this.page, dialog.locator('.ant-form-item').filter({ hasText: '计分方法' }).locator('.ant-select'), '分档计分');
    await clickInDialog(dialog, /添加档位/);
    await settled(this.page);
    return dialog;
  }

  /** Switches the open indicator dialog to 定性 (a rating scale). */
  async switchToQualitative(dialog: Locator): Promise<void> {
    await dialog.getByText('定性', { exact: true }).click();
    await dialog.getByText('评分等级（由高到低）').waitFor();
    await settled(this.page);
  }

  async cancel(dialog: Locator): Promise<void> {
    await clickInDialog(dialog, /取\s?消/);
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Opens an indicator's 版本记录 from its row; answers the dialog once its table has loaded. */
  async openRevisions(code: string): Promise<Locator> {
    await this.indicatorRow(code)
      .getByText(/^第 \d+ 版$/)
      .click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '版本记录' });
    await dialog.locator('.ant-table-row').first().waitFor();
    await settled(this.page);
    return dialog;
  }

  /** Adds a bonus or deduction item at the end of the scheme editor's list. */
  async addAdjustment(kind: string, source: string, name: string, pointsEach: number, cap: number): Promise<void> {
    const card = this.page.locator('.ant-card').filter({ hasText: '加减分项' });
    await card.getByRole('button', { name: /添加加减分项/ }).click();
    const row = card.locator('.ant-pro-form-list-item').last();
    await chooseOption(this.page, row.locator('.ant-select').nth(0), kind);
    await chooseOption(this.page, row.locator('.ant-select').nth(1), source);
    await row.getByPlaceholder(/^名称/).fill(name);
    await row.getByPlaceholder('每次分值').fill(String(pointsEach));
    await row.getByPlaceholder('上限').fill(String(cap));
  }

  async openSchemes(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/schemes`);
    await this.page.locator('.ant-table-row').first().waitFor();
    await settled(this.page);
  }

  private async save(dialog: Locator): Promise<boolean> {
    const toast = watchFor(this.page.locator('.ant-message').getByText('已保存'));
    await clickInDialog(dialog, /保\s?存/);
    const seen = await toast;
    await dialog.waitFor({ state: 'hidden' });
    return seen;
  }

  async openNewScheme(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/schemes/new`);
    await this.page.getByText('指标与权重（权重即该项满分，合计 100）').waitFor();
    await settled(this.page);
  }

  private itemRows(): Locator {
    return this.page.locator('.ant-card').filter({ hasText: '指标与权重' }).locator('.ant-pro-form-list-item');
  }

  /** Fills the n-th indicator row (adding it when missing) with an indicator picked by its label and a weight. */
  async setItem(n: number, indicatorLabel: string, weight: number): Promise<void> {
    if ((await this.itemRows().count()) <= n) {
      await this.page.getByRole('button', { name: /添加指标/ }).click();
      await this.itemRows().nth(n).waitFor();
    }
    const row = this.itemRows().nth(n);
    await chooseTyped(this.page, row.locator('.ant-select-selection-search-input').first(), indicatorLabel);
    await row.getByPlaceholder('权重').fill(String(weight));
  }

  /** The live line under the indicators: 指标权重合计 …. */
  weightTotal(): Locator {
    return this.page.getByTestId('指标权重-total');
  }

  /** Clicks 保存 and resolves to whether the message that follows reads `expected`. */
  async saveScheme(expected = '已保存'): Promise<boolean> {
    const toast = watchFor(this.page.locator('.ant-message').getByText(expected));
    await this.page.getByRole('button', { name: /保\s?存/ }).click();
    return toast;
  }

  async openCycle(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/cycles/${id}`);
    await this.page.locator('.ant-steps').waitFor();
    await settled(this.page);
  }

  /** Clicks the stage button, confirms in its popover, and resolves to whether the success message showed. */
  async advance(action: string): Promise<boolean> {
    await this.page.getByRole('button', { name: action }).click();
    const toast = watchFor(this.page.locator('.ant-message').getByText(`${action}：已进入`));
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: action }).click();
    return toast;
  }

  async participantsLoaded(): Promise<void> {
    await this.page.getByText('考核对象与评分', { exact: true }).waitFor();
    await this.page.locator('.ant-table-row').first().waitFor();
    await settled(this.page);
  }

  async openCycles(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/assessment/cycles`);
    await this.page.locator('.ant-table-row').first().waitFor();
    await settled(this.page);
  }

  /** Opens 新建考核周期 and answers its dialog once it has settled. */
  async openNewCycleForm(): Promise<Locator> {
    await this.page.getByRole('button', { name: /新建考核周期/ }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '新建考核周期' });
    await dialog.getByLabel('周期名称').waitFor();
    await settled(this.page);
    return dialog;
  }

  /** Opens 组织民主测评 and fills it for a unit with `perGroup` codes for each group offered; answers the dialog. */
  async fillBallotForm(unit: string, perGroup: number): Promise<Locator> {
    await this.page.getByRole('button', { name: '组织民主测评' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '组织民主测评' });
    await chooseTreeNode(this.page, dialog.getByLabel('被测评单位'), unit);
    for (const box of await dialog.getByPlaceholder('数量').all()) await box.fill(String(perGroup));
    await settled(this.page);
    return dialog;
  }

  /** Makes the codes of the filled dialog; answers the codes on the sheet. */
  async makeBallotCodes(dialog: Locator): Promise<string[]> {
    await clickInDialog(dialog, '生成测评码');
    const sheet = this.page.getByTestId('ballot-code-sheet');
    await sheet.locator('img').first().waitFor();
    await settled(this.page);
    const text = await sheet.innerText();
    return text.match(/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/g) ?? [];
  }

  async closeCodeSheet(): Promise<void> {
    const dialog = this.page.getByRole('dialog').filter({ hasText: '测评码只显示这一次' });
    await clickInDialog(dialog, /关\s?闭/);
    await dialog.waitFor({ state: 'hidden' });
  }

  ballotRow(unit: string): Locator {
    return this.page.locator('.ant-card').filter({ hasText: '民主测评' }).locator('.ant-table-row').filter({ hasText: unit });
  }

  async closeBallot(unit: string): Promise<void> {
    await this.ballotRow(unit).getByText('结束测评').click();
    const toast = watchFor(this.page.locator('.ant-message').getByText(`已结束：${unit} 民主测评`));
    await this.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /结\s?束/ })
      .click();
    await toast;
  }

  /** Opens the tally of a unit's evaluation and answers its dialog once the table has loaded. */
  async openTally(unit: string): Promise<Locator> {
    await this.ballotRow(unit).getByText('计票结果').click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '计票结果' });
    await dialog.locator('.ant-table-row').first().waitFor();
    await settled(this.page);
    return dialog;
  }
}
