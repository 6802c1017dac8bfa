import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { LayoutPage } from './pages/layout.page';
import { LoginPage } from './pages/login.page';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
let b: BrowserSession;

beforeEach(async () => {
  b = await openBrowser();
});
afterEach(async () => {
  await b?.close();
});
afterAll(closeBrowser);

/** A fresh user with a known initial password, created through the API as an administrator would. */
async function createUser(username: string, roles: string[]): Promise<string> {
  const api = new ApiClient(baseUrl);
  await api.login('demo_admin', demoPassword);
  const units = (await api.request('GET', '/api/v1/units')).json as Array<{ id: string; code: string }>;
  const unit = units.find((u) => u.code === 'SFX-JYJ') as { id: string };
  const created = await api.json<{ initialPassword: string }>('POST', '/api/v1/users', { username, displayName: `测试${username}`, unitId: unit.id, roles });
  return created.initialPassword;
}

describe('auth', () => {
  it('[AUTH][LOGIN]: a demo account logs in from a cold start and lands on the workbench without console errors', async () => {
    const login = new LoginPage(b.page, baseUrl);
    await login.loginAs('demo_org', demoPassword);
    await expect.poll(() => b.page.getByText('组织部 干部科').first().isVisible()).toBe(true);
    await screenshot(b.page, 'auth-workbench');
    expect(b.errors).toEqual([]);
  });

  it('[AUTH][LOGIN]: a wrong password shows the server message and how many tries remain', async () => {
    const login = new LoginPage(b.page, baseUrl);
    await login.open();
    await login.submit('demo_discipline', 'Wrong-Password-1');
    await expect.poll(() => login.alert().innerText()).toContain('用户名或密码错误');
    expect(await login.alert().innerText()).toContain('再错 4 次');
    expect(b.page.url()).toContain('/login');
  });

  it('[AUTH][LOCKOUT]: five wrong passwords lock the account, and the right one is refused until the lock ends', async () => {
    const initial = await createUser('lockme', ['cadre']);
    const login = new LoginPage(b.page, baseUrl);
    await login.open();
    for (let i = 0; i < 5; i++) {
      await login.submit('lockme', `Wrong-Password-${i}`);
      await expect.poll(() => login.alert().innerText()).toMatch(i < 4 ? /用户名或密码错误/ : /锁定/);
    }
    await login.submit('lockme', initial);
    await expect.poll(() => login.alert().innerText()).toContain('锁定');
    await screenshot(b.page, 'auth-locked');
  });

  it('[AUTH][CHANGE-PASSWORD]: a generated password must be changed at first login, with every broken rule shown', async () => {
    const initial = await createUser('firstlogin', ['unit_leader']);
    const login = new LoginPage(b.page, baseUrl);
    await login.loginAs('firstlogin', initial);
    await b.page.waitForURL(/change-password/);
    await b.page.getByLabel('当前密码').fill(initial);
    await b.page.getByLabel('新密码', { exact: true }).fill('short');
    await b.page.getByLabel('确认新密码').fill('short');
    await b.page
      .getByRole('button', { name: /修改密码|确认修改|保存/ })
      .first()
      .click();
    await expect
      .poll(() =>
        b.page
          .getByText(/至少 10 个字符/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await b.page.getByLabel('新密码', { exact: true }).fill('Fresh-Start-2026');
    await b.page.getByLabel('确认新密码').fill('Fresh-Start-2026');
    await b.page
      .getByRole('button', { name: /修改密码|确认修改|保存/ })
      .first()
      .click();
    await b.page.waitForURL((url) => !url.pathname.includes('change-password'));
    await b.page.getByRole('menu').first().waitFor();
  });

  it('[AUTH][MENU]: each role sees its own menu', async () => {
    const menus: Record<string, string[]> = {};
    for (const username of ['demo_admin', 'demo_org', 'demo_unit_admin', 'demo_cadre']) {
      const session = await openBrowser();
      await new LoginPage(session.page, baseUrl).loginAs(username, demoPassword);
      menus[username] = await new LayoutPage(session.page).menuTexts();
      await session.close();
    }
    expect(menus.demo_admin).toEqual(expect.arrayContaining(['单位管理', '用户管理', '角色权限', '工作日历', '政策配置', '操作日志', '登录日志']));
    expect(menus.demo_org).toContain('干部名册');
    expect(menus.demo_org).not.toContain('角色权限');
    expect(menus.demo_unit_admin).toEqual(expect.arrayContaining(['干部名册', '单位管理']));
    expect(menus.demo_unit_admin).not.toContain('操作日志');
    expect(menus.demo_cadre).not.toContain('单位管理');
    expect(new Set(Object.values(menus).map((m) => m.join('|'))).size).toBe(4);
  });
});
