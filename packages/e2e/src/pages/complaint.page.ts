import type { Locator, Page } from 'playwright-core';
import { openPopup, submitDialog } from '../support/antd';
import { CasePage } from './case.page';

/** 检举控告: the intake form, a complaint's page with its clarification cards, and the cadre's 我的澄清正名. */
export class ComplaintPage extends CasePage {
  constructor(
    page: Page,
    private readonly baseUrl: string,
  ) {
    super(page);
  }

  /** 登记检举控告, anonymous, about one cadre and handled by `handler`; answers the new complaint's id. */
  async intakeAnonymous(input: { accused: string; handler: string; title: string; matter: string }): Promise<string> {
    await this.page.goto(`${this.baseUrl}/complaints/new`);
    const form = this.page.locator('form');
    await form.getByLabel('匿名', { exact: true }).check();
    await this.pickOne(form.getByLabel('被反映干部', { exact: true }), input.accused);
    await form.getByLabel('标题', { exact: true }).fill(input.title);
    await form.getByLabel('反映的主要问题', { exact: true }).fill(input.matter);
    await this.pickOne(form.getByLabel('承办人', { exact: true }), input.handler);
    await this.page.getByRole('button', { name: /^登\s?记$/ }).click();
    await this.page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    return new URL(this.page.url()).pathname.split('/').pop() as string;
  }

  /** One choice in a multiple Select searched by name (options read `name（unit）`); Escape closes the list. */
  private async pickOne(box: Locator, name: string): Promise<void> {
    // A multiple Select's search box is read-only until the field is clicked.
    await box.click();
    await box.fill(name);
    await openPopup(this.page).locator(`.ant-select-item-option[title^="${name}（"]`).first().click();
    await box.press('Escape');
    await openPopup(this.page).waitFor({ state: 'hidden' });
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/complaints/${id}`);
    await this.page.locator('.ant-descriptions-title').first().waitFor();
  }

  async addNote(text: string): Promise<void> {
    const notes = this.card('核查情况');
    await notes.getByRole('textbox').fill(text);
    await notes.getByRole('button', { name: '记录核查情况' }).click();
    await notes.getByText(text).waitFor({ timeout: 20_000 });
  }

  /** 作出核查结论 with the conclusion a person reads and its grounds. */
  async conclude(conclusion: string, grounds: string): Promise<void> {
    const dialog = await this.openStep('作出核查结论');
    await this.choose(dialog, '核查结论', conclusion);
    await dialog.getByLabel('结论依据', { exact: true }).fill(grounds);
    await this.confirm(dialog);
  }

  /** 提出澄清正名 for the first accused cadre, with one impact. */
  async proposeClarification(falsePoints: string, impact: string): Promise<void> {
    await this.page.getByRole('button', { name: '提出澄清正名' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '予以澄清的失实问题' });
    await dialog.getByLabel('予以澄清的失实问题', { exact: true }).fill(falsePoints);
    await dialog.getByRole('checkbox', { name: impact }).check();
    await this.submitDialog(dialog);
  }

  /** 审批同意 on the clarification card of the cadre. */
  async approveClarification(cadreName: string): Promise<void> {
    await this.clarification(cadreName).getByRole('button', { name: '审批同意' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '审批意见' });
    await dialog.getByLabel('审批意见', { exact: true }).fill('同意澄清正名');
    await this.submitDialog(dialog);
  }

  clarification(cadreName: string): Locator {
    // The card sits inside the 澄清正名 card, whose text contains its title too: the innermost match is the one.
    return this.card(`澄清正名：${cadreName}`).last();
  }

  /** The signed-in cadre agrees, on 我的澄清正名, to the clarification offered to them. */
  async consentAsCadre(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/my/clarifications`);
    await this.page.getByRole('button', { name: '同意澄清' }).click();
    await this.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^同\s?意$/ })
      .click();
    await this.page.getByText('本人同意，待审批').waitFor({ timeout: 20_000 });
  }

  /** A ModalForm's confirm button (确认 or 确定, by locale) and the dialog gone. */
  private async submitDialog(dialog: Locator): Promise<void> {
    await submitDialog(dialog, /^确\s?[定认]$/);
  }
}
