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

  async submit(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    // While the previous attempt is still answering, the button is named after its loading icon too; it is clicked
    // once the answer is in, which on a loaded machine (a wrong password's hashing) can take a while.
    await this.page.getByRole('button', { name: '登录', exact: true }).click({ timeout: 90_000 });
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
