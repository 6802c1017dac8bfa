import type { Page } from 'playwright-core';
import { chooseOption, settled } from '../support/antd';

/** The public pages of 群众金点子与企业诉求 (/participate, /participate/track): no account. */
export class ParticipationPublicPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openForm(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/participate`);
    await this.page.getByText(/\d+ \+ \d+ = \?/).waitFor();
    await settled(this.page);
  }

  /** Fills the idea form anonymously, solves the server's sum as a person would, and answers the query code shown. */
  async submitAnonymousIdea(input: { category: string; title: string; content: string }): Promise<string> {
    await chooseOption(this.page, this.page.getByLabel('类别'), input.category);
    await this.page.getByLabel('标题').fill(input.title);
    await this.page.getByLabel('建议内容').fill(input.content);
    await this.page.getByRole('radio', { name: '匿名' }).check({ force: true });
    const question = await this.page.getByText(/\d+ \+ \d+ = \?/).innerText();
    const [a, b] = question.match(/\d+/g)?.map(Number) ?? [];
    await this.page.getByLabel('验证题答案').fill(String((a ?? 0) + (b ?? 0)));
    await this.page.getByRole('button', { name: '提交' }).click();
    const code = this.page.getByTestId('query-code');
    await code.waitFor();
    await settled(this.page);
    return (await code.innerText()).trim();
  }

  /** Types the code on the query page and waits for the status. */
  async track(code: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/participate/track`);
    await this.page.getByLabel('查询码').fill(code.toLowerCase());
    await this.page.getByRole('button', { name: '查询' }).click();
    await this.page.getByText('办理过程').waitFor();
    await settled(this.page);
  }

  /** The state tag at the top of the status card. */
  stateTag() {
    return this.page.locator('.ant-card').first().locator('.ant-tag');
  }

  answer() {
    return this.page.getByTestId('public-answer');
  }
}
