import type { Locator, Page } from 'playwright-core';
import { chooseOption, chooseTreeNode, clickInDialog, openPopup } from '../support/antd';
import { CadresPage } from './cadres.page';

/** The roster's search form, its saved filters (常用查询) and the rotation alerts page. */
export class CadreSearchPage {
  readonly roster: CadresPage;

  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.roster = new CadresPage(page, baseUrl);
  }

  /** Opens the roster and waits for its first answer (the empty table shows before it). */
  async open(): Promise<void> {
    await Promise.all([this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/cadres'), this.roster.open()]);
    await this.roster.loaded();
  }

  private form(): Locator {
    return this.page.locator('.ant-pro-query-filter');
  }

  /** Shows every filter (the form opens collapsed). */
  async expand(): Promise<void> {
    const toggle = this.form().getByText('展开', { exact: true });
    if (await toggle.isVisible()) await toggle.click();
    await this.form().getByLabel('可提拔').waitFor();
  }

  async chooseUnit(name: string): Promise<void> {
    await chooseTreeNode(this.page, this.form().getByLabel('所在单位'), name);
  }

  async ageRange(min: number | null, max: number | null): Promise<void> {
    if (min !== null) await this.form().getByLabel('年龄最小').fill(String(min));
    if (max !== null) await this.form().getByLabel('年龄最大').fill(String(max));
  }

  async promotable(label: '可提拔' | '暂不可提拔'): Promise<void> {
    await chooseOption(this.page, this.form().getByLabel('可提拔'), label);
  }

  /** Presses 查询 and waits for the list the server answers. */
  async submit(): Promise<void> {
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/cadres'),
      this.form()
        .getByRole('button', { name: /查\s?询$/ })
        .click(),
    ]);
    await this.roster.loaded();
  }

  async reset(): Promise<void> {
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/cadres'),
      this.form()
        .getByRole('button', { name: /重\s?置$/ })
        .click(),
    ]);
    await this.roster.loaded();
  }

  async saveFilter(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /保存查询$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: '保存为常用查询' });
    await dialog.getByLabel('查询名称').fill(name);
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/saved-filters' && res.request().method() === 'POST'),
      clickInDialog(dialog, /保\s?存$/),
    ]);
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Picks a saved filter: the form fills in and the list reloads with it. */
  async applyFilter(name: string): Promise<void> {
    await this.page
      .locator('.ant-select')
      .filter({ has: this.page.getByRole('combobox', { name: '常用查询' }) })
      .click();
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/cadres'),
      openPopup(this.page).getByTitle(name, { exact: true }).click(),
    ]);
    await this.roster.loaded();
  }

  async deleteFilter(): Promise<void> {
    await this.page.getByRole('button', { name: '删除常用查询' }).click();
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname.startsWith('/api/v1/saved-filters/') && res.request().method() === 'DELETE'),
      this.page.getByRole('button', { name: /删\s?除$/ }).click(),
    ]);
  }

  async openRotation(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/cadres/rotation`);
    await this.page.locator('.ant-table-row, .ant-table-placeholder .ant-empty').first().waitFor();
  }
}
