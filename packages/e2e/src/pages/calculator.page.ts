import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { chooseTyped, openPopup } from '../support/antd';

/**
 * 政策计算器: a tab per rule, each with its form (条件) and the server's answer (计算结果). Every lookup is scoped to
 * the visible tab panel, since a rule visited earlier keeps its (hidden) form with the same labels.
 */
export class CalculatorPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/rules/calculator`);
    await this.panel().waitFor();
  }

  /** Reaches the page the way a person does: 政策工具 → 政策计算器 in the side menu. */
  async openFromMenu(): Promise<void> {
    const menu = this.page.getByRole('menu').first();
    await menu.getByText('政策工具', { exact: true }).click();
    await menu.getByRole('link', { name: '政策计算器' }).click();
    await this.page.waitForURL(/\/rules\/calculator/);
    await this.panel().waitFor();
  }

  /** Picks a rule from the tab strip, or on a phone from the 选择规则 Select that replaces it. */
  async pickRule(title: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name: title, exact: true });
    if (await tab.isVisible()) {
      await tab.click();
      await this.page.getByRole('tab', { name: title, exact: true, selected: true }).waitFor();
    } else {
      const tabs = this.page.locator('.ant-tabs');
      await this.choose('选择规则', title, tabs);
      await tabs.locator('.ant-select-selection-item').getByText(title, { exact: true }).waitFor();
    }
  }

  /** The visible rule's pane (hidden panes of rules visited before are not matched by role). */
  panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  /** A measure row of the promotion or annual-grade form: 措施 1, 措施 2 … */
  measure(index: number): Locator {
    return this.panel().getByRole('group', { name: `措施 ${index}` });
  }

  /** Types a date into an antd DatePicker found by its label and confirms it with Enter, as a keyboard user would. */
  async fillDate(label: string, date: string, scope: Locator = this.panel()): Promise<void> {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }

  async fill(label: string, value: string, scope: Locator = this.panel()): Promise<void> {
    await scope.getByLabel(label, { exact: true }).fill(value);
  }

  /**
   * Opens a Select by its label and clicks the option a person reads. antd draws options in a virtual list in a popup
   * under <body>, so a long list (the 23 measures) is narrowed by typing first, as a person would.
   */
  async choose(label: string, option: string, scope: Locator = this.panel()): Promise<void> {
    // By its label text: a required field's accessible name also carries antd's "*" marker.
    const box = scope.getByRole('combobox').and(scope.getByLabel(label, { exact: true }));
    if ((await box.getAttribute('readonly')) === null) return chooseTyped(this.page, box, option);
    // A list without search: the chosen value is drawn over the input, so the click on the field is forced.
    await box.click({ force: true });
    await openPopup(this.page).getByTitle(option, { exact: true }).click();
    await openPopup(this.page).waitFor({ state: 'hidden' });
  }

  /** Clicks until the box is ticked: on a loaded machine a click can land while the form re-renders and be lost. */
  async check(label: string): Promise<void> {
    const box = this.panel().getByRole('checkbox', { name: label, exact: true });
    await expect
      .poll(
        async () => {
          if (!(await box.isChecked())) await box.click();
          return box.isChecked();
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  }

  /** antd's button-style radios hide the <input>; a person clicks the button's text. */
  async radio(label: string): Promise<void> {
    await this.panel().locator('label.ant-radio-button-wrapper').filter({ hasText: label }).click();
    await this.panel().getByRole('radio', { name: label, exact: true, checked: true }).waitFor({ state: 'attached' });
  }

  /** Clicks 计算 and waits for the server's answer (or refusal) to be drawn. */
  async calculate(): Promise<void> {
    const button = this.panel().getByRole('button', { name: '计算' });
    await button.click();
    await this.panel().locator('.ant-btn-loading').waitFor({ state: 'detached' });
  }

  async addRow(button: '添加措施' | '添加年度'): Promise<void> {
    await this.panel().getByRole('button', { name: button }).click();
  }

  /** The answer region; it appears once the server has answered. */
  result(): Locator {
    return this.panel().getByRole('region', { name: '计算结果' });
  }

  /** The big outcome line of the answer (antd Result title). */
  outcome(): Locator {
    return this.result().locator('.ant-result-title');
  }

  /** One reason list of the answer by its heading: 为什么不行, 依据与理由, 为什么不能免责 … */
  reasons(heading: string): Locator {
    return this.result().getByRole('region', { name: heading }).getByRole('listitem');
  }

  /** The error shown beside a field (antd Form.Item explain), found from the field's label. */
  fieldError(label: string, scope: Locator = this.panel()): Locator {
    return scope
      .locator('.ant-form-item')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }

  /** Expands 输入 JSON or 结果 JSON and returns its text. */
  async json(which: '输入 JSON' | '结果 JSON'): Promise<unknown> {
    const header = this.panel().getByRole('button', { name: which });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const item = this.panel()
      .locator('.ant-collapse-item')
      .filter({ has: this.page.getByRole('button', { name: which }) });
    const text = await item.locator('pre').innerText();
    return JSON.parse(text);
  }
}
