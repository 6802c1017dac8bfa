import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CadreProfilePage } from './pages/cadre-profile.page';
import { CadresPage } from './pages/cadres.page';
import { LoginPage } from './pages/login.page';
import { VisitsPage } from './pages/visits.page';
import { clickInDialog, settled, submitDialog, watchFor } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { chinaToday, plusMonths } from './support/dates';
import { downloadFrom } from './support/download';

/*
 * [VISITS] 回访教育 and 关心关爱: a 政务警告 recorded in the register plans its visits; the visit is recorded on 回访计划
 * with the result 好 and a recommendation for use, which the profile shows as waiting until the bar ends. The server's
 * clock is then moved past the bar's end: the recommendation is in force on the profile and tags the cadre 推荐使用 in
 * the roster, and the missed second visit is flagged 逾期预警. On the way: the coverage report with its export, and a
 * unit's request for care answered by a care talk.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const clockFile = inject('clockOffsetFile');
const today = chinaToday();
/** One month ago, so the first visit (within 3 months) is due, not overdue; 政务警告 bars 6 months. */
const effectiveOn = plusMonths(today, -1);
const barEnd = plusMonths(effectiveOn, 6);
const recommendation = '该同志正确对待处分，工作主动担当，建议影响期满后提拔使用';

let session: BrowserSession;
let visits: VisitsPage;
/** A demo cadre with no measure at all, so their plan, visits and the yearly limit start empty. */
const cadre = { id: '', name: '' };

/** The cadre's row of the roster (a longer name that contains theirs is another row). */
const rosterRow = (roster: CadresPage) => roster.rows().filter({ has: session.page.getByText(cadre.name, { exact: true }) });

async function loginInBrowser(): Promise<void> {
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
}

beforeAll(async () => {
  writeFileSync(clockFile, '0');
  const org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  const { items } = await org.json<{ items: Array<{ id: string; name: string }> }>('GET', '/api/v1/cadres?promotable=true&pageSize=100&sortField=name');
  for (const c of items.toReversed()) {
    const measures = await org.json<unknown[]>('GET', `/api/v1/cadres/${c.id}/measures`);
    // A name shared by two cadres would make the rows below ambiguous.
    const namesakes = items.filter((other) => other.name === c.name).length;
    if (measures.length === 0 && namesakes === 1) {
      Object.assign(cadre, c);
      break;
    }
  }
  expect(cadre.id, 'a demo cadre without measures').not.toBe('');
  session = await openBrowser();
  await loginInBrowser();
  visits = new VisitsPage(session.page, baseUrl);
});
afterAll(async () => {
  // The clock is shared with every other journey file: put it back even when a test failed halfway.
  writeFileSync(clockFile, '0');
  await session?.close();
  await closeBrowser();
});

describe('[VISITS]', () => {
  it('[VISITS][PLAN]: a 政务警告 recorded on the profile plans a first visit within 3 months and one before the bar ends', async () => {
    const profile = new CadreProfilePage(session.page, baseUrl);
    await profile.open(cadre.id);
    await profile.recordMeasure('政务警告', effectiveOn, '中共示范县纪律检查委员会', '示纪〔2026〕61号');
    await expect.poll(() => visits.profileSection().innerText(), { timeout: 20_000 }).toContain(`影响期 ${barEnd} 结束`);

    await visits.openPlans(cadre.name);
    const row = visits.planRow(cadre.name);
    const text = await row.innerText();
    expect(text).toContain('政务警告');
    expect(text).toContain(`${plusMonths(effectiveOn, 3)} 前`);
    expect(text).toContain('影响期结束前回访');
    expect(text).toContain('中共示范县纪律检查委员会');
    expect(text).not.toContain('逾期预警');
    await screenshot(session.page, 'visits-plans');
  });

  it('[VISITS][RECORD]: a visit with the result 好 and a recommendation fills the first item of the plan', async () => {
    const dialog = await visits.fillVisit(cadre.name, {
      visitors: ['县纪委 王明'],
      findings: '与单位主要负责人、本人和同事分别谈话，本人能正确对待处分，思想稳定，工作积极',
      result: '好',
      recommendation,
    });
    // One visitor is not enough: the form says so before anything is sent.
    await clickInDialog(dialog, /登\s?记/);
    await dialog.getByText('回访人员不少于 2 人（不同姓名）').waitFor();
    const visitors = dialog.getByLabel('回访人员', { exact: true });
    await visitors.fill('县委组织部 李华');
    await visitors.press('Enter');
    await settled(session.page);
    await screenshot(session.page, 'visits-record-form');
    await visits.submitVisit(dialog);

    await expect.poll(() => visits.planRow(cadre.name).innerText(), { timeout: 20_000 }).toContain(`${today} 已回访`);
    await settled(session.page);
    await screenshot(session.page, 'visits-plans-after-visit');
  });

  it('[VISITS][PROFILE]: before the bar ends the recommendation waits, and the roster does not tag the cadre', async () => {
    await new CadreProfilePage(session.page, baseUrl).open(cadre.id);
    const recs = visits.recommendations();
    await expect.poll(() => recs.innerText(), { timeout: 20_000 }).toContain('待生效');
    expect(await recs.innerText()).toContain(`影响期结束（${barEnd}）后生效`);
    expect(await recs.innerText()).not.toContain('已生效');
    const section = await visits.profileSection().innerText();
    expect(section).toContain('回访结果：好');
    expect(section).toContain('县纪委 王明、县委组织部 李华');
    await visits.profileSection().scrollIntoViewIfNeeded();
    await settled(session.page);
    await screenshot(session.page, 'visits-profile-pending');

    const roster = new CadresPage(session.page, baseUrl);
    await roster.open();
    await roster.search(cadre.name);
    expect(await rosterRow(roster).innerText()).not.toContain('推荐使用');
  });

  it('[VISITS][COVERAGE]: the coverage report shows the units against 30% and exports to Excel', async () => {
    await visits.openCoverage();
    const page = session.page;
    await page.getByText('按政策每年覆盖面不低于 30%').waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(0);
    await screenshot(page, 'visits-coverage');
    const year = Number(today.slice(0, 4));
    const file = await downloadFrom(page, page.getByRole('button', { name: '导出Excel' }), 'visits-coverage.xlsx');
    expect(file.name).toBe(`${year}年回访覆盖面.xlsx`);
  });

  it('[VISITS][CARE]: a unit asks for care, the cadre is listed with the reason, and a care talk answers the request', async () => {
    await visits.openCare();
    await visits.flagForCare(cadre.name, '家属重病住院，本人工作压力较大');
    const row = visits.careRow(cadre.name);
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('所在单位提出：家属重病住院，本人工作压力较大');
    expect(await row.innerText()).toContain('尚未开展');
    await settled(session.page);
    await screenshot(session.page, 'visits-care');

    const dialog = await visits.recordCare(cadre.name, '县委组织部 张强', '上门看望，了解家庭困难并协调帮扶');
    await settled(session.page);
    await screenshot(session.page, 'visits-care-form');
    const saved = watchFor(session.page.getByText('已登记关心关爱'));
    await submitDialog(dialog, /登\s?记/);
    expect(await saved).toBe(true);
    // Care given on or after the request answers it: the cadre leaves the list.
    await row.waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('[VISITS][RECOMMENDATION]: after the bar ends the recommendation is in force on the profile and in the roster', async () => {
    const days = Math.round((Date.parse(barEnd) - Date.parse(today)) / 86_400_000) + 1;
    writeFileSync(clockFile, String(days));
    // Months later the session has long expired: sign in again, as a person would.
    await loginInBrowser();

    await new CadreProfilePage(session.page, baseUrl).open(cadre.id);
    const recs = visits.recommendations();
    await expect.poll(() => recs.innerText(), { timeout: 20_000 }).toContain('已生效');
    expect(await recs.innerText()).toContain(`自 ${barEnd} 起生效`);
    expect(await recs.innerText()).toContain(recommendation);
    await visits.profileSection().scrollIntoViewIfNeeded();
    await settled(session.page);
    await screenshot(session.page, 'visits-profile-effective');

    const roster = new CadresPage(session.page, baseUrl);
    await roster.open();
    await roster.search(cadre.name);
    const tag = rosterRow(roster).getByText('推荐使用', { exact: true });
    await tag.waitFor({ timeout: 20_000 });
    await settled(session.page);
    await screenshot(session.page, 'visits-roster-recommended');
    // The roster's drawer carries the same section.
    const drawer = await roster.openCadre(cadre.name);
    const inDrawer = drawer.getByRole('region', { name: '推荐使用建议', exact: true });
    await expect.poll(() => inDrawer.innerText(), { timeout: 20_000 }).toContain('已生效');
    await inDrawer.scrollIntoViewIfNeeded();
    await session.page.screenshot({ path: new URL('../test-results/visits-drawer.png', import.meta.url).pathname });
    await session.page.keyboard.press('Escape');

    // The second visit was never made before the bar ended: the plan is an overdue alert.
    await visits.openPlans(cadre.name, '逾期预警');
    expect(await visits.planRow(cadre.name).innerText()).toContain('逾期预警');
    await screenshot(session.page, 'visits-plans-overdue');
  });
});
