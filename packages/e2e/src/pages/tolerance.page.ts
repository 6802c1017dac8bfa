import type { Page } from 'playwright-core';
import { openPopup, submitDialog } from '../support/antd';
import { CasePage } from './case.page';

/** 容错纠错: the application form and a tolerance case's page with its facts checklist and decision. */
export class TolerancePage extends CasePage {
  constructor(
    page: Page,
    private readonly baseUrl: string,
  ) {
    super(page);
  }

  /** 申请容错 as the cadre: the matter, one claimed situation, the reasons and an evidence file; answers the case id. */
  async apply(input: {
    title: string;
    occurredOn: string;
    matter: string;
    situation: string;
    grounds: string;
    evidence: { name: string; mimeType: string; buffer: Buffer };
  }): Promise<string> {
    await this.page.goto(`${this.baseUrl}/tolerance/apply`);
    const form = this.page.locator('form');
    await form.getByLabel('标题', { exact: true }).fill(input.title);
    await this.fillDate(form, '发生日期', input.occurredOn);
    await form.getByLabel('事由', { exact: true }).fill(input.matter);
    await form.getByRole('checkbox', { name: input.situation }).check();
    await form.getByLabel('申请理由', { exact: true }).fill(input.grounds);
    await form.locator('input[type="file"]').setInputFiles(input.evidence);
    await form.getByText(input.evidence.name).waitFor();
    await this.page.getByRole('button', { name: '提交申请' }).click();
    await this.page.waitForURL(/\/tolerance\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    return new URL(this.page.url()).pathname.split('/').pop() as string;
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/tolerance/cases/${id}`);
    await this.page.locator('.ant-descriptions-title').first().waitFor();
  }

  /** 关联问责案件: picks the accountability case by its number. */
  async linkAccountability(number: string): Promise<void> {
    await this.page.getByRole('button', { name: '关联问责案件' }).click();
    const dialog = this.page.getByRole('dialog', { name: '关联所涉问责案件' });
    await dialog.locator('.ant-select').click();
    await openPopup(this.page).locator('.ant-select-item-option').filter({ hasText: number }).click();
    await submitDialog(dialog, /^确\s?定$|^OK$/);
  }

  /** Ticks the checklist's boxes by their words and saves it. */
  async establishFacts(boxes: readonly string[]): Promise<void> {
    const checklist = this.card('调查核实清单');
    for (const box of boxes) await checklist.getByRole('checkbox', { name: box, exact: true }).check();
  }

  async saveChecklist(): Promise<void> {
    const saved = this.page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/facts'));
    await this.page.getByRole('button', { name: '保存核实清单' }).click();
    await saved;
  }

  /** 集体研究认定 with the meeting, the votes and the result. */
  async decide(input: { meetingDate: string; attendees: string[]; votes: [number, number, number]; decision: string }): Promise<void> {
    const dialog = await this.openStep('集体研究认定');
    await this.fillDate(dialog, '会议日期', input.meetingDate);
    await this.fillTags(dialog, '参会人员', input.attendees);
    const [yes, no, abstain] = input.votes;
    await dialog.getByLabel('赞成', { exact: true }).fill(String(yes));
    await dialog.getByLabel('反对', { exact: true }).fill(String(no));
    await dialog.getByLabel('弃权', { exact: true }).fill(String(abstain));
    await this.choose(dialog, '认定结果', input.decision);
    await this.confirm(dialog);
  }
}
