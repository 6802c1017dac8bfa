import type { Locator, Page } from 'playwright-core';
import { openPopup, settled, submitDialog } from '../support/antd';

/** 回访计划, 回访覆盖面 and 关心关爱 (/visits/...), and the 回访教育 section of a cadre's profile. */
export class VisitsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** 回访计划 with the state filter set (待回访 by default) and narrowed to one cadre by name. */
  async openPlans(name: string, state = '待回访'): Promise<void> {
    await this.page.goto(`${this.baseUrl}/visits/plans`);
    const form = this.page.locator('.ant-pro-query-filter');
    // The select shows its default (待回访) over its input, so the box itself is clicked, as a person would.
    await form
      .locator('.ant-form-item')
      .filter({ has: this.page.locator('label[for="state"]') })
      .locator('.ant-select-selector')
      .click();
    await openPopup(this.page).getByTitle(state, { exact: true }).click();
    await openPopup(this.page).waitFor({ state: 'hidden' });
    await form.getByLabel('姓名', { exact: true }).fill(name);
    await form.getByRole('button', { name: /查\s?询/ }).click();
    await this.planRow(name).waitFor({ timeout: 20_000 });
    await settled(this.page);
  }

  planRow(name: string): Locator {
    return this.page.locator('.ant-table-row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** 登记回访 on the cadre's plan row: answers the dialog, filled in but not yet sent. */
  async fillVisit(name: string, visit: { visitors: readonly string[]; findings: string; result: string; recommendation?: string }): Promise<Locator> {
    await this.planRow(name).getByText('登记回访', { exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `登记回访：${name}` });
    // A click into a dialog still zooming in can land beside its target.
    await dialog.getByLabel('回访人员', { exact: true }).waitFor();
    await settled(this.page);
    const visitors = dialog.getByLabel('回访人员', { exact: true });
    for (const visitor of visit.visitors) {
      await visitors.fill(visitor);
      await visitors.press('Enter');
    }
    // The "不少于 2 人" message shown after the first name folds away after the second, moving everything below it: a
    // click during that motion lands beside the checkbox.
    if (new Set(visit.visitors).size >= 2) await dialog.getByText(/回访人员不少于/).waitFor({ state: 'detached' });
    await settled(this.page);
    for (const who of ['单位主要负责人', '本人', '身边同事']) await dialog.getByRole('checkbox', { name: who, exact: true }).check();
    await dialog.getByLabel('回访情况', { exact: true }).fill(visit.findings);
    await dialog.locator('.ant-radio-button-wrapper').filter({ hasText: visit.result }).first().click();
    if (visit.recommendation !== undefined) await dialog.getByLabel('推荐使用建议（选填）', { exact: true }).fill(visit.recommendation);
    return dialog;
  }

  async submitVisit(dialog: Locator): Promise<void> {
    await submitDialog(dialog, /登\s?记/);
  }

  /** The 回访教育 section of the profile page. */
  profileSection(): Locator {
    return this.page.getByRole('region', { name: '回访教育', exact: true });
  }

  recommendations(): Locator {
    return this.profileSection().getByRole('region', { name: '推荐使用建议', exact: true });
  }

  async openCoverage(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/visits/coverage`);
    await this.page.getByRole('img', { name: '分单位回访覆盖率' }).or(this.page.getByText('该年度没有需要回访的人员')).waitFor({ timeout: 20_000 });
    await settled(this.page);
  }

  async openCare(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/visits/care`);
    await this.page.locator('.ant-table-row, .ant-empty').first().waitFor({ timeout: 20_000 });
    await settled(this.page);
  }

  careRow(name: string): Locator {
    return this.page.locator('.ant-table-row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** 提出关爱需求: the cadre is picked by typing their name, then the reason. */
  async flagForCare(name: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: '提出关爱需求' }).click();
    const dialog = this.page.getByRole('dialog', { name: '提出关心关爱需求' });
    await dialog.getByLabel('关爱原因', { exact: true }).waitFor();
    await settled(this.page);
    const cadre = dialog.getByLabel('干部', { exact: true });
    await cadre.fill(name);
    // The picker reads 姓名（单位）.
    await openPopup(this.page).locator(`.ant-select-item-option[title^="${name}（"]`).first().click();
    await dialog.getByLabel('关爱原因', { exact: true }).fill(reason);
    await submitDialog(dialog, /提\s?交/);
  }

  /** 登记关爱 from the candidate's row: a talk by `by`. */
  async recordCare(name: string, by: string, notes: string): Promise<Locator> {
    await this.careRow(name).getByText('登记关爱', { exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `登记关心关爱：${name}` });
    await dialog.getByLabel('开展人', { exact: true }).waitFor();
    await settled(this.page);
    await dialog.getByLabel('开展人', { exact: true }).fill(by);
    await dialog.getByLabel('情况记录', { exact: true }).fill(notes);
    return dialog;
  }
}
