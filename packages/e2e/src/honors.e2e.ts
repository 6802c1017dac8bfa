import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HonorsPage } from './pages/honors.page';
import { HonorNoticePublicPage } from './pages/honors-public.page';
import { LoginPage } from './pages/login.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { chinaToday, plusMonths } from './support/dates';

/*
 * [HONORS] 评先评优: the organization department starts a campaign with a place for 教育局; 教育局's liaison nominates
 * two cadres in the browser, and screening refuses the one under a 政务警告 with the reason. The organizer reviews and
 * opens the notice; on the public page (no login, a phone's screen) a real-name objection suspends the nominee; the
 * organizer resolves it, the objector reads the answer by the query code, the server's clock moves past the notice,
 * the organizer publishes, and the honor shows on the cadre's profile.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const clockFile = inject('clockOffsetFile');
const today = chinaToday();
const year = Number(today.slice(0, 4));
const title = `${year}年度担当实干好干部评选（E2E）`;
const deeds = '牵头推进城乡教育共同体建设，三所薄弱学校办学质量明显提升';

let liaison: BrowserSession;
let organizer: BrowserSession;
let citizen: BrowserSession;
const good = { id: '', name: '' };
const barred = { id: '', name: '' };
let campaignId = '';
let queryCode = '';

type Listed = { id: string; name: string; unitId: string };

/** A 教育局 cadre with no measure, a unique name and last year's grade COMPETENT or better (set when missing). */
async function cleanCadres(org: ApiClient, unitId: string, count: number): Promise<Listed[]> {
  const { items } = await org.json<{ items: Listed[] }>('GET', `/api/v1/cadres?unitId=${unitId}&promotable=true&pageSize=100&sortField=name`);
  const found: Listed[] = [];
  for (const c of items) {
    if (found.length === count) break;
    if (c.unitId !== unitId || items.filter((o) => o.name === c.name).length > 1) continue;
    if ((await org.json<unknown[]>('GET', `/api/v1/cadres/${c.id}/measures`)).length > 0) continue;
    const grades = await org.json<Array<{ year: number; grade: string }>>('GET', `/api/v1/cadres/${c.id}/annual-grades`);
    const last = grades.filter((g) => g.year < year).sort((a, b) => b.year - a.year)[0];
    if (!last) await org.json('PUT', `/api/v1/cadres/${c.id}/annual-grades/${year - 1}`, { grade: 'COMPETENT' });
    else if (last.grade !== 'EXCELLENT' && last.grade !== 'COMPETENT') continue;
    found.push(c);
  }
  return found;
}

async function signIn(session: BrowserSession, username: string): Promise<void> {
  await new LoginPage(session.page, baseUrl).loginAs(username, demoPassword);
}

beforeAll(async () => {
  writeFileSync(clockFile, '0');
  const org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  const bureau = (await org.json<Array<{ id: string; name: string }>>('GET', '/api/v1/units')).find((u) => u.name === '示范县教育局');
  expect(bureau, '示范县教育局 in the demo county').toBeDefined();
  const [first, second] = await cleanCadres(org, bureau?.id as string, 2);
  expect(second, 'two clean 教育局 cadres').toBeDefined();
  Object.assign(good, first);
  Object.assign(barred, second);
  // 政务警告 bars 6 months: recorded a month ago, it is still running.
  await org.json('POST', `/api/v1/cadres/${barred.id}/measures`, {
    code: 'GOV_WARNING',
    effectiveOn: plusMonths(today, -1),
    decidingBody: '示范县监察委员会',
    documentNo: '示监〔2026〕8号',
  });
  const campaign = await org.json<{ id: string }>('POST', '/api/v1/honors/campaigns', {
    title,
    kind: 'GOOD_CADRE',
    year,
    nominationEndsOn: today,
    quotas: [{ unitId: bureau?.id, quota: 2 }],
  });
  campaignId = campaign.id;
  liaison = await openBrowser();
  organizer = await openBrowser();
  citizen = await openBrowser({ width: 390, height: 844 });
  await signIn(liaison, 'demo_unit_admin');
  await signIn(organizer, 'demo_org');
});
afterAll(async () => {
  // The clock is shared with every other journey file: put it back even when a test failed halfway.
  writeFileSync(clockFile, '0');
  for (const s of [liaison, organizer, citizen]) await s?.close();
  await closeBrowser();
});

describe('[HONORS]', () => {
  it('[HONORS][NOMINATE]: a unit nominates two cadres; screening refuses the one under a 政务警告 with the reason', async () => {
    const honors = new HonorsPage(liaison.page, baseUrl);
    await honors.openCampaign(campaignId);
    await honors.nominate(good.name, '示范县教育局', deeds);
    await expect.poll(() => honors.nominationRow(good.name).innerText()).toContain('符合条件');
    await honors.nominate(barred.name, '示范县教育局', deeds);
    const refused = honors.nominationRow(barred.name);
    await expect.poll(() => refused.innerText()).toContain('资格不符');
    const text = await refused.innerText();
    expect(text).toContain(`政务警告（${plusMonths(today, -1)} 生效）`);
    expect(text).toContain('不得提拔或者进一步使用');
    await screenshot(liaison.page, 'honors-nominations');
  });

  it('[HONORS][NOTICE]: review shortlists the eligible nominee and the notice opens on a public page without login', async () => {
    await organizer.page.goto(`${baseUrl}/honors`);
    await organizer.page.getByRole('link', { name: title }).waitFor({ timeout: 20_000 });
    await screenshot(organizer.page, 'honors-campaigns');
    await organizer.page.getByRole('button', { name: '发起评选' }).click();
    const create = organizer.page.getByRole('dialog', { name: '发起评选' });
    await create.getByLabel('评选活动名称').waitFor();
    await settled(organizer.page);
    await screenshot(organizer.page, 'honors-create-campaign');
    await create.getByRole('button', { name: /取\s?消/ }).click();
    await create.waitFor({ state: 'hidden' });

    const honors = new HonorsPage(organizer.page, baseUrl);
    await honors.openCampaign(campaignId);
    await honors.step('结束推荐，进入审核');
    await honors.shortlist(good.name);
    await honors.step('开始公示');
    await organizer.page.getByText('公示中', { exact: true }).first().waitFor();
    await screenshot(organizer.page, 'honors-campaign-notice');

    const notice = new HonorNoticePublicPage(citizen.page, baseUrl);
    await notice.open(campaignId);
    expect(await citizen.page.getByRole('button', { name: '登录' }).count()).toBe(0);
    await notice.nominee(good.name).waitFor();
    expect(await notice.nominee(barred.name).count()).toBe(0);
    await screenshot(citizen.page, 'honors-public-notice');
  });

  it('[HONORS][OBJECTION]: a real-name objection on the public page suspends the nominee', async () => {
    const notice = new HonorNoticePublicPage(citizen.page, baseUrl);
    queryCode = await notice.objectRealName(good.name, { name: '王群众', phone: '13900002222' }, '反映该同志所报学校质量提升数据有夸大成分，请核实');
    expect(queryCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await screenshot(citizen.page, 'honors-objection-filed');
    await notice.open(campaignId);
    await notice.nominee(good.name).getByText('有异议，核实中').waitFor();

    const honors = new HonorsPage(organizer.page, baseUrl);
    await honors.openCampaign(campaignId);
    await honors.nominationRow(good.name).getByText('有异议，暂停').waitFor();
    expect(await honors.objectionRow(good.name).innerText()).toContain('核实中');
    // The identity is shown only on request, never in the list.
    expect(await organizer.page.getByText('13900002222').count()).toBe(0);
  });

  it('[HONORS][RESOLVE]: the organizer resolves the objection and the objector reads the answer by the query code', async () => {
    const honors = new HonorsPage(organizer.page, baseUrl);
    await honors.dismissObjection(good.name, '经核实，相关数据来源于教育质量监测报告，反映不属实');
    await expect.poll(() => honors.objectionRow(good.name).innerText(), { timeout: 20_000 }).toContain('反映不属实');
    await expect.poll(() => honors.nominationRow(good.name).innerText()).not.toContain('暂停');
    await screenshot(organizer.page, 'honors-objection-resolved');

    const notice = new HonorNoticePublicPage(citizen.page, baseUrl);
    const answer = await notice.query(queryCode);
    expect(await answer.innerText()).toContain('反映不属实');
    expect(await answer.innerText()).toContain('教育质量监测报告');
    await screenshot(citizen.page, 'honors-objection-query');
  });

  it('[HONORS][PUBLISH]: after the notice period the campaign is published and the honor shows on the profile', async () => {
    const org = new ApiClient(baseUrl);
    await org.login('demo_org', demoPassword);
    const { noticeEndsOn } = await org.json<{ noticeEndsOn: string }>('GET', `/api/v1/honors/campaigns/${campaignId}`);
    const days = Math.round((Date.parse(noticeEndsOn) - Date.parse(today)) / 86_400_000) + 1;
    for (const s of [liaison, organizer, citizen]) expect(s.errors, s.errors.join('\n')).toEqual([]);
    writeFileSync(clockFile, String(days));
    // A week on, the session has lapsed: the page's next call is answered 401 and its user signs in again.
    await signIn(organizer, 'demo_org');
    organizer.errors.length = 0;

    const honors = new HonorsPage(organizer.page, baseUrl);
    await honors.openCampaign(campaignId);
    await honors.step('发布表彰结果');
    await honors.nominationRow(good.name).getByText('已表彰', { exact: true }).waitFor({ timeout: 20_000 });
    await screenshot(organizer.page, 'honors-published');

    await organizer.page.goto(`${baseUrl}/cadres/${good.id}`);
    const card = organizer.page.locator('.ant-pro-card').filter({ has: organizer.page.locator('.ant-pro-card-title').getByText('荣誉', { exact: true }) });
    await card.getByText(title).waitFor({ timeout: 20_000 });
    expect(await card.innerText()).toContain('担当实干好干部');
    await settled(organizer.page);
    await screenshot(organizer.page, 'honors-profile');
    expect(organizer.errors, organizer.errors.join('\n')).toEqual([]);
  });
});
