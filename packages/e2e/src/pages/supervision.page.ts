import type { Locator, Page } from 'playwright-core';
import { chooseOption, clickInDialog, watchFor } from '../support/antd';

/** 监督记录 in the cadre drawer: the list of records and the form whose fields follow the kind. */
export class SupervisionSection {
  constructor(
    private readonly page: Page,
    private readonly drawer: Locator,
  ) {}

  /** The records listed, each as its text. */
  records(): Locator {
    return this.drawer.locator('.ant-list-item');
  }

  /**
   * Opens 登记监督记录, picks the kind, fills the fields by their labels (dates by typing and Enter) and saves;
   * resolves to whether the 已保存 toast showed.
   */
  async record(kind: string, fields: Record<string, string>, dates: Record<string, string>): Promise<boolean> {
    await this.drawer.getByRole('button', { name: '登记监督记录' }).click();
    const dialog = this.page.getByRole('dialog', { name: '登记监督记录' });
    // A Select without search keeps its input out of sight: the box around it is what a person clicks.
    await chooseOption(this.page, dialog.locator('.ant-select', { has: this.page.getByLabel('类别') }), kind);
    for (const [label, value] of Object.entries(dates)) {
      const input = dialog.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    }
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
    const toast = watchFor(this.page.locator('.ant-message').getByText('已保存'));
    await clickInDialog(dialog, /^保\s?存$/);
    const seen = await toast;
    await dialog.waitFor({ state: 'hidden' });
    return seen;
  }
}
