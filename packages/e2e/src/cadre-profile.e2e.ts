import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CadreProfilePage } from './pages/cadre-profile.page';
import { LoginPage } from './pages/login.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { chinaToday, plusMonths } from './support/dates';

/*
 * [CADRES][PROFILE]: the one-page profile with its impact panel and timeline, the measures register's forms, the
 * 影响期提醒 page, and a stale save in the cadre drawer. The cadre is created through the API, so the journey does not
 * depend on what the demo county drew for anyone.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');

/** Today in China, as the server counts it. */
const today = chinaToday();
/** `date` + 12 calendar months, clamped to the month's end (02-29 → 02-28), as DOMAIN.md §4 counts a bar. */

/** A fictitious GB 11643 number (region 99 does not exist) with a valid check character. */
function idNumber(birthDate: string, sequence: number): string {
  const first17 = `990199${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((a, c, i) => a + Number(c) * (weights[i] as number), 0);
  return first17 + '10X98765432'[sum % 11];
}

const api = new ApiClient(baseUrl);
let session: BrowserSession;
let profile: CadreProfilePage;
const cadre = { id: '', name: `档案测试${Date.now() % 100000}` };

beforeAll(async () => {
  await api.login('demo_org', demoPassword);
  // Codes (unit, dictionaries) are taken from a demo cadre, so the new record is valid in this county.
  const page = (await api.request('GET', '/api/v1/cadres?pageSize=1')).json as { items: Array<{ id: string }> };
  const template = (await api.request('GET', `/api/v1/cadres/${page.items[0]?.id}`)).json as Record<string, string>;
  const birthDate = '1988-04-12';
  const created = await api.request('POST', '/api/v1/cadres', {
    name: cadre.name,
    gender: '1',
    birthDate,
    idNumber: idNumber(birthDate, 100 + 2 * (Date.now() % 400) + 1),
    ethnicity: template.ethnicity,
    education: template.education,
    politicalStatus: '01',
    partyJoinedOn: '2010-06-01',
    workStartedOn: '2010-07-01',
    unitId: template.unitId,
    post: '科员',
  });
  expect(created.status, JSON.stringify(created.json)).toBe(200);
  cadre.id = (created.json as { id: string }).id;

  session = await openBrowser();
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
  profile = new CadreProfilePage(session.page, baseUrl);
});
afterAll(async () => {
  await session?.close();
  await closeBrowser();
});

describe('[CADRES][PROFILE]', () => {
  it('records a 党内警告 and the impact panel turns to 不可提拔 with the reason, clause and date; revoking it turns it back', async () => {
    await profile.open(cadre.id);
    await profile.promotionReads('可以提拔');

    await profile.recordMeasure('党内警告', today, '中共示范县纪律检查委员会', '示纪〔2026〕88号');
    const until = plusMonths(today, 12);
    await profile.promotionReads(`暂不可提拔，最早 ${until} 可提拔`);
    const reasons = profile.promotion().getByRole('region', { name: '为什么不行' });
    await expect.poll(() => reasons.innerText()).toContain(`党内警告（${today} 生效）影响期 12 个月，${until} 前不得提拔或者进一步使用`);
    expect(await reasons.innerText()).toContain('中国共产党纪律处分条例（2023）第十至十二条');
    // This year's grade may not be 优秀 any more, with its own clause.
    const year = Number(today.slice(0, 4));
    await expect.poll(() => profile.gradeCard(year).innerText()).toContain('不得评为优秀');
    await expect.poll(() => profile.timeline().innerText()).toContain('党内警告');
    await settled(session.page);
    await screenshot(session.page, 'cadre-profile-1-measure-recorded');

    await profile.revokeMeasure('党内警告', '经复查，原处理依据不足，予以撤销');
    await profile.promotionReads('可以提拔');
    await expect.poll(() => profile.measureRow('党内警告').innerText()).toContain('已撤销');
    await expect.poll(() => profile.timeline().innerText()).toContain('撤销党内警告');
    await settled(session.page);
    await screenshot(session.page, 'cadre-profile-2-measure-revoked');
    expect(session.errors).toEqual([]);
  });

  it('lists the cadres whose promotion bar ends within 30 days, each linking to the profile', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}/cadres/measure-alerts`);
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor({ timeout: 20_000 });
    // The demo county times several bars to end within the coming month.
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const days = await page.locator('.ant-table-row td:nth-child(8)').allInnerTexts();
    for (const d of days) expect(Number.parseInt(d, 10)).toBeLessThanOrEqual(30);
    await settled(page);
    await screenshot(page, 'cadre-profile-3-measure-alerts');

    const first = rows.first().getByRole('link');
    const name = await first.innerText();
    await first.click();
    await page.getByText(`${name} · 干部档案`, { exact: true }).waitFor();
    await profile.promotionReads(/暂不可提拔|不得提拔/);
  });

  it('a stale save in the edit drawer says someone else changed the cadre, reloads on 刷新, and keeps the edit to put back', async () => {
    const page = session.page;
    await profile.open(cadre.id);
    const drawer = await profile.edit(cadre.name);
    await drawer.getByLabel('现任职务').fill('副科长');

    // Meanwhile someone else saves the same cadre.
    const current = (await api.request('GET', `/api/v1/cadres/${cadre.id}`)).json as { version: number };
    const other = await api.request('PATCH', `/api/v1/cadres/${cadre.id}`, { phone: '13900001111', version: current.version });
    expect(other.status).toBe(200);

    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    const stale = drawer.getByRole('alert').filter({ hasText: '该干部信息已被他人修改，请刷新后再编辑' });
    await stale.waitFor({ timeout: 20_000 });
    await settled(page);
    await screenshot(page, 'cadre-profile-4-stale-save');
    await stale.getByRole('button', { name: /刷\s?新/ }).click();

    // The reloaded record shows the other person's change; the typed post is offered back, not lost.
    await drawer.getByText('已载入最新信息，您刷新前的修改尚未保存').waitFor({ timeout: 20_000 });
    await expect.poll(() => drawer.getByLabel('联系电话').inputValue()).toBe('13900001111');
    expect(await drawer.getByLabel('现任职务').inputValue()).toBe('科员');
    await drawer.getByRole('button', { name: '重新填入我的修改' }).click();
    expect(await drawer.getByLabel('现任职务').inputValue()).toBe('副科长');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await expect
      .poll(async () => (await api.request('GET', `/api/v1/cadres/${cadre.id}`)).json as { post: string; phone: string }, { timeout: 20_000 })
      .toMatchObject({ post: '副科长', phone: '13900001111' });
  });
});
