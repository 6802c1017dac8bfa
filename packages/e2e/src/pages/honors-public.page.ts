import type { Locator, Page } from 'playwright-core';

/** The public 评先评优公示 (/honor-notice/:id) and the objection query (/honor-objection): no login. */
export class HonorNoticePublicPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(campaignId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/honor-notice/${campaignId}`);
    await this.page.getByText('公示时间：').waitFor({ timeout: 20_000 });
  }

  nominee(name: string): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title').getByText(name, { exact: true }) });
  }

  /** 提出异议 (real-name) against one nominee; answers the query code shown once. */
  async objectRealName(name: string, who: { name: string; phone: string }, content: string): Promise<string> {
    await this.nominee(name).getByRole('button', { name: '提出异议' }).click();
    const form = this.page.getByRole('form', { name: `对${name}提出异议` });
    await form.getByText('实名', { exact: true }).click();
    await form.getByLabel('姓名', { exact: true }).fill(who.name);
    await form.getByLabel('联系电话', { exact: true }).fill(who.phone);
    await form.getByLabel('异议内容', { exact: true }).fill(content);
    await form.getByRole('button', { name: '提交异议' }).click();
    const code = this.page.getByLabel('查询码');
    await code.waitFor({ timeout: 20_000 });
    return (await code.innerText()).trim();
  }

  async query(code: string): Promise<Locator> {
    await this.page.goto(`${this.baseUrl}/honor-objection`);
    await this.page.getByLabel('查询码').fill(code);
    await this.page.getByRole('button', { name: /查\s?询/ }).click();
    const result = this.page.getByLabel('办理结果');
    await result.waitFor({ timeout: 20_000 });
    return result;
  }
}
