import type { Page } from 'playwright-core';
import { chooseOption, clickInDialog, openPopup, submitDialog } from '../support/antd';
import { CasePage } from './case.page';

/** 问责: a matter with its proposals, and an accountability case with its decision and appeals. */
export class AccountabilityPage extends CasePage {
  constructor(
    page: Page,
    private readonly baseUrl: string,
  ) {
    super(page);
  }

  async openCase(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/accountability/cases/${id}`);
    await this.page.locator('.ant-descriptions-title').first().waitFor();
  }

  async openMatter(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/accountability/matters/${id}`);
    await this.card('问责案件').waitFor();
  }

  /** 作出问责决定 with the forms, the date and the facts and basis. */
  async decide(input: { forms: string[]; decidedOn: string; documentNo: string; basis: string }): Promise<void> {
    const dialog = await this.openStep('作出问责决定');
    await dialog.getByLabel('问责方式', { exact: true }).click();
    for (const form of input.forms) await openPopup(this.page).getByTitle(form, { exact: true }).click();
    await dialog.getByLabel('问责方式', { exact: true }).press('Escape');
    await this.fillDate(dialog, '决定日期', input.decidedOn);
    await dialog.getByLabel('决定文号', { exact: true }).fill(input.documentNo);
    await dialog.getByLabel('问责事实与依据', { exact: true }).fill(input.basis);
    await this.confirm(dialog);
  }

  /** 提出问责建议 on the matter page; answers the dialog, still open when the proposal is refused. */
  async propose(input: { body: string; cadre: string; form: string; facts: string; grounds: string }) {
    await this.page.getByRole('button', { name: '提出问责建议' }).click();
    const dialog = this.page.getByRole('dialog', { name: '提出问责建议' });
    await chooseOption(this.page, dialog.getByLabel('提出机关', { exact: true }), input.body);
    const cadre = dialog.getByLabel('被问责的领导干部', { exact: true });
    await cadre.click();
    await cadre.fill(input.cadre);
    await openPopup(this.page).locator('.ant-select-item-option').filter({ hasText: input.cadre }).first().click();
    await dialog.getByLabel('建议的问责方式', { exact: true }).click();
    await openPopup(this.page).getByTitle(input.form, { exact: true }).click();
    await dialog.getByLabel('建议的问责方式', { exact: true }).press('Escape');
    await dialog.getByLabel('问责事实', { exact: true }).fill(input.facts);
    await dialog.getByLabel('问责依据', { exact: true }).fill(input.grounds);
    await clickInDialog(dialog, /^提\s?交$/);
    return dialog;
  }

  /** 登记申诉 with its grounds. */
  async lodgeAppeal(grounds: string): Promise<void> {
    await this.page.getByRole('button', { name: '登记申诉' }).click();
    const dialog = this.page.getByRole('dialog', { name: '登记申诉' });
    await dialog.getByLabel('申诉理由', { exact: true }).fill(grounds);
    await submitDialog(dialog, /^确\s?定$|^OK$/);
  }
}
