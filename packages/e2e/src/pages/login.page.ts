import type { Page } from 'playwright-core';

/** The login screen, found by its labels and button name as a person finds it. */
export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/login`);
    await this.page.getByLabel('用户名').waitFor();
  }

  /**
   * Fills the form, clicks 登录 and waits for the server's answer. Waiting for the answer (not for an alert) matters:
   * the previous attempt's alert is still on screen right after the click, and a test that moved on then would type
   * the next password while this attempt is answering, and the answer clears the password box.
   */
  async submit(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    const answered = this.page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/auth/login', {
      timeout: 90_000,
    });
    // An idle button: Ant Design marks a loading one with a class. Its name cannot tell: the spinner of the last
    // attempt can stay in the page, invisible, with its label, after the button is idle again.
    const idle = this.page.getByRole('button', { name: /登\s?录/ }).and(this.page.locator(':not(.ant-btn-loading)'));
    await idle.click({ timeout: 90_000 });
    await answered;
  }

  /** Logs in and waits for the workbench (or the forced password change). */
  async loginAs(username: string, password: string): Promise<void> {
    await this.open();
    await this.submit(username, password);
    await this.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  alert() {
    return this.page.getByRole('alert');
  }
}
