import type { Locator, Page } from 'playwright-core';
import { chooseTyped, submitDialog } from '../support/antd';

/** 干部档案 (/cadres/:id): the impact panel, the measures register with its forms, the timeline. */
export class CadreProfilePage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(cadreId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/cadres/${cadreId}`);
    // A barred cadre's card has a heading per bar under its own; the first is the verdict.
    await this.promotion().getByRole('heading').first().waitFor();
    await this.timeline().locator('.ant-timeline, .ant-empty').first().waitFor();
  }

  /** The 提拔任用资格 card of the impact panel. */
  promotion(): Locator {
    return this.page.getByRole('region', { name: '提拔任用资格', exact: true });
  }

  /** The heading of the promotion card, once it reads `text` (the panel reloads after every change). */
  async promotionReads(text: string | RegExp): Promise<Locator> {
    const heading = this.promotion().getByRole('heading').filter({ hasText: text });
    await heading.waitFor({ timeout: 20_000 });
    return heading;
  }

  gradeCard(year: number): Locator {
    return this.page.getByRole('region', { name: `${year} 年度考核等次`, exact: true });
  }

  measuresTable(): Locator {
    return this.page.getByRole('region', { name: '处理处分措施', exact: true }).locator('.ant-table');
  }

  measureRow(label: string): Locator {
    return this.measuresTable().locator('.ant-table-row').filter({ hasText: label });
  }

  timeline(): Locator {
    return this.page.getByRole('region', { name: '时间轴' });
  }

  /** 编辑: the roster's drawer with the profile form, opened over the profile. */
  async edit(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: /^编\s?辑$/ }).click();
    const drawer = this.page.getByRole('dialog', { name: `干部信息：${name}` });
    await drawer.getByLabel('现任职务').waitFor();
    return drawer;
  }

  /** 登记措施: picks the code (typed to narrow the long list), the effective date and the decision. */
  async recordMeasure(code: string, effectiveOn: string, decidingBody: string, documentNo: string): Promise<void> {
    await this.page.getByRole('button', { name: '登记措施' }).click();
    const dialog = this.page.getByRole('dialog', { name: '登记处理处分措施' });
    const box = dialog.getByRole('combobox').and(dialog.getByLabel('措施', { exact: true }));
    await chooseTyped(this.page, box, code);
    const date = dialog.getByLabel('生效日期', { exact: true });
    await date.click();
    await date.fill(effectiveOn);
    await date.press('Enter');
    await dialog.getByLabel('决定机关', { exact: true }).fill(decidingBody);
    await dialog.getByLabel('决定文号', { exact: true }).fill(documentNo);
    await submitDialog(dialog, /登\s?记/);
  }

  /** 撤销 on the measure's row, with the reason the form requires. */
  async revokeMeasure(label: string, reason: string): Promise<void> {
    await this.measureRow(label).getByText('撤销', { exact: true }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '撤销原因' });
    await dialog.getByLabel('撤销原因', { exact: true }).fill(reason);
    await submitDialog(dialog, /撤\s?销/);
  }
}
