import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LoginPage } from './pages/login.page';
import { ParticipationPage } from './pages/participation.page';
import { ParticipationPublicPage } from './pages/participation-public.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

/*
 * [PARTICIPATION] The must-show journey of issue 8 item 2 (群众金点子): a member of the public submits an idea
 * anonymously on a phone (390 px wide), follows it by the query code, the unit that the category routes it to
 * answers and adopts it, and the public status page shows the answer.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const suffix = Date.now().toString(36).toUpperCase();
const CATEGORY = `教育事业${suffix}`;
const TITLE = `建议延长学校图书馆开放时间${suffix}`;
const ANSWER = '您的建议已采纳，自下学期起各校图书馆周末开放。';

let phone: BrowserSession;
let staff: BrowserSession;
let orgDept: BrowserSession;
let code = '';
let unitName = '';

beforeAll(async () => {
  const unitAdmin = new ApiClient(baseUrl);
  await unitAdmin.login('demo_unit_admin', demoPassword);
  const me = await unitAdmin.json<{ unitId: string; unitName: string }>('GET', '/api/v1/auth/me');
  unitName = me.unitName;
  const org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  // The category routes ideas to the demo unit administrator's unit (示范县教育局).
  await org.json('POST', '/api/v1/participation/categories', { kind: 'IDEA', name: CATEGORY, unitId: me.unitId });
  phone = await openBrowser({ width: 390, height: 844 });
  staff = await openBrowser();
  await new LoginPage(staff.page, baseUrl).loginAs('demo_unit_admin', demoPassword);
  orgDept = await openBrowser();
  await new LoginPage(orgDept.page, baseUrl).loginAs('demo_org', demoPassword);
});
afterAll(() => closeBrowser());

describe('[PARTICIPATION][IDEA]: anonymous idea on a phone → query code → the unit answers and adopts → the status shows it', () => {
  it('submits an anonymous idea from a 390 px screen and shows the query code once', async () => {
    const page = new ParticipationPublicPage(phone.page, baseUrl);
    await page.openForm();
    await screenshot(phone.page, 'participation-submit-390');
    code = await page.submitAnonymousIdea({
      category: `${CATEGORY}（${unitName}办理）`,
      title: TITLE,
      content: '学校图书馆周末不开放，学生假期没有地方看书，建议周末和寒暑假开放。',
    });
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await phone.page.getByText(`已转交 ${unitName} 办理`).count()).toBe(1);
    await screenshot(phone.page, 'participation-submitted-390');
    // Nothing wider than the phone: no sideways scrolling on the public pages.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('follows it by the query code, typed in lower case', async () => {
    const page = new ParticipationPublicPage(phone.page, baseUrl);
    await page.track(code);
    expect(await page.stateTag().innerText()).toBe('已受理');
    expect(await phone.page.getByText('承办单位正在办理').count()).toBe(1);
    await screenshot(phone.page, 'participation-track-received-390');
  });

  it('is answered and adopted by the unit it was routed to', async () => {
    const page = new ParticipationPage(staff.page, baseUrl);
    await page.openFromList(TITLE);
    expect(await staff.page.getByText('匿名', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(staff.page, 'participation-staff-received');
    await page.adopt(ANSWER);
    await expect.poll(() => page.stateTag().innerText()).toBe('已采纳');
    await settled(staff.page);
    await screenshot(staff.page, 'participation-staff-adopted');
  });

  it('shows the public the adoption and the answer', async () => {
    const page = new ParticipationPublicPage(phone.page, baseUrl);
    await page.track(code);
    expect(await page.stateTag().innerText()).toBe('已采纳');
    expect(await page.answer().innerText()).toBe(ANSWER);
    expect(await phone.page.getByText('答复并采纳').count()).toBe(1);
    await screenshot(phone.page, 'participation-track-adopted-390');
    expect(phone.errors).toEqual([]);
  });

  it('counts the adoption in the unit figures, and lists the submission with its deadline', async () => {
    await orgDept.page.goto(`${baseUrl}/participation`);
    await orgDept.page.getByRole('link', { name: TITLE }).waitFor();
    await settled(orgDept.page);
    await screenshot(orgDept.page, 'participation-list');
    await orgDept.page.goto(`${baseUrl}/participation/indicators`);
    await orgDept.page.locator('.ant-segmented-item', { hasText: '群众金点子' }).click();
    const row = orgDept.page.getByRole('row', { name: new RegExp(unitName) });
    await expect.poll(() => row.innerText()).toContain('100%');
    await settled(orgDept.page);
    await screenshot(orgDept.page, 'participation-indicators');
    await orgDept.page.goto(`${baseUrl}/participation/settings`);
    await orgDept.page.getByRole('cell', { name: CATEGORY }).waitFor();
    await settled(orgDept.page);
    await screenshot(orgDept.page, 'participation-settings');
  });
});
