import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { LoginPage } from './pages/login.page';
import { UnitsPage } from './pages/units.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const YEAR = 2026;
const wait = { timeout: 20_000 };

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 860 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const sessions: BrowserSession[] = [];
async function open(width: number, height: number): Promise<BrowserSession> {
  const session = await openBrowser({ width, height });
  sessions.push(session);
  return session;
}
afterAll(async () => {
  for (const session of sessions) await session.close();
  await closeBrowser();
});

/** Nothing sticks out sideways: the page is no wider than the window (1 px for rounding). */
async function overflow(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    // For the failure message: the outermost elements whose right edge passes the window.
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit && !(el.parentElement && el.parentElement.getBoundingClientRect().right > limit))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

async function expectFits(page: Page, width: number): Promise<void> {
  const found = await overflow(page);
  expect(found.scrollWidth, `page wider than ${width}px: ${found.wide.join(', ')}`).toBeLessThanOrEqual(width + 1);
}

/** On a phone the side menu is a drawer behind the header's menu button; on a desk it is always there. */
async function go(page: Page, phone: boolean, group: string, item: string): Promise<void> {
  if (phone) {
    await page.getByRole('img', { name: 'menu' }).click();
    const drawer = page.locator('.ant-drawer-open').getByRole('menu').first();
    await drawer.waitFor();
    const groupTitle = drawer.getByRole('menuitem', { name: group });
    if ((await groupTitle.getAttribute('aria-expanded')) !== 'true') await groupTitle.click();
    await drawer.getByRole('menuitem', { name: item }).click();
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
  } else {
    const menu = page.getByRole('menu').first();
    const groupTitle = menu.getByRole('menuitem', { name: group });
    if ((await groupTitle.getAttribute('aria-expanded')) !== 'true') await groupTitle.click();
    await menu.getByRole('menuitem', { name: item }).click();
  }
  await page
    .getByRole('heading', { name: item })
    .or(page.locator('.ant-page-header-heading-title', { hasText: item }))
    .first()
    .waitFor();
}

for (const { name, width, height } of VIEWPORTS) {
  const phone = name === 'phone';
  const TAG = name.toUpperCase();

  describe(`screens on a ${name} (${width}×${height})`, () => {
    let admin: BrowserSession;
    beforeAll(async () => {
      admin = await open(width, height);
      await new LoginPage(admin.page, baseUrl).loginAs('demo_admin', demoPassword);
    });
    afterEach(() => {
      // Every screen so far, in one session: no console error and no uncaught exception on any of them.
      expect(admin.errors).toEqual([]);
    });

    it(`[SCREENS][${TAG}]: a cold start at / lands on the login page with no console errors`, async () => {
      const { page, errors } = await open(width, height);
      await page.goto(`${baseUrl}/`);
      await page.waitForURL(/\/login/, wait);
      await page.getByLabel('用户名').waitFor();
      await page.getByRole('button', { name: '登录', exact: true }).waitFor();
      await expectFits(page, width);
      await settled(page);
      await screenshot(page, `screens-${name}-login`);
      expect(errors).toEqual([]);
    });

    it(`[SCREENS][${TAG}]: 工作台, with the menu ${phone ? 'folded behind a menu button' : 'at the side'}`, async () => {
      const { page } = admin;
      await page.getByText('常用功能').waitFor();
      const menuButton = page.getByRole('img', { name: 'menu' });
      if (phone) {
        expect(await menuButton.isVisible()).toBe(true);
        expect(await page.locator('.ant-layout-sider').filter({ visible: true }).count()).toBe(0);
      } else {
        expect(await menuButton.isVisible()).toBe(false);
        expect(await page.getByRole('menu').first().isVisible()).toBe(true);
      }
      await expectFits(page, width);
      await settled(page);
      await screenshot(page, `screens-${name}-workbench`);
      if (phone) {
        await menuButton.click();
        await page.locator('.ant-drawer-open').getByRole('menu').first().waitFor();
        await settled(page);
        await expectFits(page, width);
        await screenshot(page, `screens-${name}-menu`);
        await page.keyboard.press('Escape');
        await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
      }
    });

    it(`[SCREENS][${TAG}]: 单位管理 shows the unit tree`, async () => {
      const { page } = admin;
      await go(page, phone, '系统管理', '单位管理');
      await new UnitsPage(page, baseUrl).node('示范县教育局').waitFor();
      await expectFits(page, width);
      await settled(page);
      await screenshot(page, `screens-${name}-units`);
    });

    it(`[SCREENS][${TAG}]: 政策配置 shows CN-national read-only through 查看, and a draft copied from it as an editable form`, async () => {
      const { page } = admin;
      await go(page, phone, '系统管理', '政策配置');
      const national = page.getByRole('row').filter({ hasText: 'CN-national' }).filter({ hasText: '已启用' });
      await national.first().waitFor();
      await expectFits(page, width);
      await settled(page);
      await screenshot(page, `screens-${name}-policies`);

      await national.first().getByRole('link', { name: '查看' }).click();
      await page.getByText('此版本已启用过，只能查看').waitFor();
      const viewedUrl = page.url();
      expect(await page.getByLabel('公示期', { exact: true }).isDisabled()).toBe(true);
      // The values are what the reader came for: normal text, not the faint grey (alpha 0.25) of a disabled field.
      const alpha = await page
        .getByLabel('公示期', { exact: true })
        .evaluate((el) => Number(getComputedStyle(el).color.match(/rgba\(.*,\s*([\d.]+)\)/)?.[1] ?? 1));
      expect(alpha).toBeGreaterThan(0.6);
      await expectFits(page, width);
      await settled(page);
      await screenshot(page, `screens-${name}-policy-view`);

      await page.getByRole('button', { name: '复制为新草稿' }).click();
      await page
        .getByRole('tooltip')
        .getByRole('button', { name: /复\s?制$/ })
        .click();
      await page.waitForURL((url) => url.href !== viewedUrl && url.pathname.startsWith('/system/policies/'), wait);
      await page.getByRole('button', { name: /校\s?验$/ }).waitFor();
      expect(await page.getByText('此版本已启用过，只能查看').count()).toBe(0);
      expect(await page.getByLabel('公示期', { exact: true }).isEditable()).toBe(true);
      await expectFits(page, width);
      await settled(page);
      await screenshot(page, `screens-${name}-policy-draft`);
    });

    it(`[SCREENS][${TAG}]: 工作日历 ${YEAR} marks every holiday 休 and every make-up working day 班`, async () => {
      const { page } = admin;
      const api = new ApiClient(baseUrl);
      await api.login('demo_admin', demoPassword);
      const year = (await api.request('GET', `/api/v1/calendar/years/${YEAR}`)).json as { days: Array<{ kind: string }> };
      const holidays = year.days.filter((d) => d.kind === 'holiday').length;
      const workdays = year.days.filter((d) => d.kind === 'workday').length;
      expect(holidays).toBeGreaterThan(0);
      expect(workdays).toBeGreaterThan(0);

      await go(page, phone, '系统管理', '工作日历');
      if (!(await page.getByTitle(`${YEAR} 年`).isVisible())) {
        await page.getByLabel('年度').click();
        await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(`${YEAR} 年`, { exact: true }).click();
      }
      await page.getByText(`${YEAR} 年工作日历`).waitFor();
      await page.getByText(`休 节假日 ${holidays} 天`).waitFor();
      await page.getByText(`班 调休上班 ${workdays} 天`).waitFor();
      // One mark on every such day of the twelve months.
      expect(await page.getByText('休', { exact: true }).count()).toBe(holidays);
      expect(await page.getByText('班', { exact: true }).count()).toBe(workdays);
      await expectFits(page, width);
      await settled(page);
      await screenshot(page, `screens-${name}-calendar`);
    });

    it(`[SCREENS][${TAG}]: 操作日志 lists the changes, with actions and record types named in words`, async () => {
      const { page } = admin;
      await go(page, phone, '安全审计', '操作日志');
      await page.locator('.ant-table-row').first().waitFor();
      await settled(page);
      const actions = await page.locator('.ant-table-row .ant-tag').allInnerTexts();
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.filter((a) => /^[a-z_]+\.[a-z_]+$/.test(a.trim()))).toEqual([]);
      expect(actions).toContain('复制为新草稿');
      await expectFits(page, width);
      await screenshot(page, `screens-${name}-operations`);
    });
  });
}

describe('error pages', () => {
  it('[SCREENS][404]: an unknown address shows 页面不存在', async () => {
    const { page } = await open(1366, 860);
    await new LoginPage(page, baseUrl).loginAs('demo_admin', demoPassword);
    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByText('页面不存在', { exact: true }).waitFor();
    await page.getByRole('button', { name: '返回工作台' }).waitFor();
    await expect.poll(() => page.title(), wait).toContain('页面不存在');
    await screenshot(page, 'screens-404');
  });

  it('[SCREENS][403]: a cadre opening 用户管理 gets 无权访问, and no user data', async () => {
    const { page } = await open(1366, 860);
    await new LoginPage(page, baseUrl).loginAs('demo_cadre', demoPassword);
    await page.goto(`${baseUrl}/org/users`);
    await page.getByText('无权访问', { exact: true }).waitFor();
    await page.getByText('您没有访问此页面的权限').waitFor();
    expect(await page.getByText('demo_admin').count()).toBe(0);
    await expect.poll(() => page.title(), wait).toContain('无权访问');
    await screenshot(page, 'screens-403');
  });
});
