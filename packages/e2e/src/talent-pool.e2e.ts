import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CadresPage } from './pages/cadres.page';
import { LoginPage } from './pages/login.page';
import { SupervisionSection } from './pages/supervision.page';
import { TalentPoolPage } from './pages/talent-pool.page';
import { chooseOption, clickInDialog, settled, watchFor } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');

interface Pool {
  id: string;
  name: string;
}
interface Page<T> {
  items: T[];
  total: number;
}

let org: ApiClient;
let session: BrowserSession;
let pool: Pool;
let candidate: { cadreId: string; name: string };
/** A member entered through the API who then receives a 政务警告: the yearly review lists them. */
let warned: { cadreId: string; name: string };

beforeAll(async () => {
  org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  const suffix = Date.now().toString(36);
  pool = await org.json<Pool>('POST', '/api/v1/talent-pools', { name: `科级优秀年轻干部库${suffix}`, level: 'SECTION', description: '全县科级优秀年轻干部' });
  await org.json<Pool>('POST', '/api/v1/talent-pools', { name: `经济领域处级库${suffix}`, field: '经济', level: 'DIVISION' });
  const candidates = await org.json<Page<{ cadreId: string; name: string }>>('GET', `/api/v1/talent-pools/${pool.id}/candidates?pageSize=5`);
  if (!candidates.items[0]) throw new Error('the demo county has no candidate for a 科级 pool');
  candidate = candidates.items[0];
  warned = candidates.items[1] as typeof warned;
  const nominated = await org.json<{ id: string; version: number }>('POST', `/api/v1/talent-pools/${pool.id}/members`, {
    cadreId: warned.cadreId,
    reason: '工作扎实',
  });
  await org.json('POST', `/api/v1/talent-pool-members/${nominated.id}/approve`, { version: nominated.version });
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await org.json('POST', `/api/v1/cadres/${warned.cadreId}/measures`, {
    code: 'GOV_WARNING',
    effectiveOn: today,
    decidingBody: '县监委',
    documentNo: '县监〔2026〕9号',
  });
  session = await openBrowser();
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
});
afterAll(async () => {
  await session?.close();
  await closeBrowser();
});

describe('[TALENT_POOL][NOMINATE_EXIT]: the organization department nominates a cadre, approves the entry and takes them out', () => {
  it('shows the board with a card per pool and the counts by field and level', async () => {
    const board = new TalentPoolPage(session.page, baseUrl);
    await board.openBoard();
    await expect(board.card(pool.name).innerText()).resolves.toContain('在库');
    await screenshot(session.page, 'talent-pool-board');
  });

  it('nominates a suggested candidate with a reason, approves the entry, and exits them with a reason', async () => {
    const p = new TalentPoolPage(session.page, baseUrl);
    await p.openPool(pool.name);
    await p.tab('推荐人选');
    await screenshot(session.page, 'talent-pool-candidates');
    expect(await p.act(candidate.name, '推荐入库', '推荐入库', '政治素质好，工作实绩突出，群众公认', '推荐入库')).toBe(true);

    await p.tab('待审批');
    expect(await p.act(candidate.name, '入库', '同意入库', '经部务会研究，同意入库', '同意入库')).toBe(true);

    await p.tab('在库');
    await settled(session.page);
    await screenshot(session.page, 'talent-pool-page');
    expect(await p.act(candidate.name, '出库', '出库', '已提任领导职务，调整出库', '出库')).toBe(true);

    await p.tab('已出库');
    await expect(p.row(candidate.name).innerText()).resolves.toContain('组织决定出库：已提任领导职务，调整出库');
    await p.tab('年度复核');
    await expect(p.row(warned.name).innerText()).resolves.toContain('入库后受到政务警告');
    await settled(session.page);
    await screenshot(session.page, 'talent-pool-review');
    await session.page.getByRole('button', { name: /按规则出库（1）/ }).click();
    const toast = watchFor(session.page.locator('.ant-message').getByText('已出库 1 人'));
    await session.page
      .locator('.ant-popover')
      .getByRole('button', { name: /^出\s?库$/ })
      .click();
    expect(await toast).toBe(true);

    const exited = await org.json<Page<{ cadreId: string; exitReason: string }>>('GET', `/api/v1/talent-pools/${pool.id}/members?status=EXITED`);
    expect(exited.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cadreId: candidate.cadreId, exitReason: 'DECISION' }),
        expect.objectContaining({ cadreId: warned.cadreId, exitReason: 'MEASURE' }),
      ]),
    );
    expect(session.errors).toEqual([]);
  });
});

describe('[CADRES][SUPERVISION]: the cadre drawer lists supervision records and records them with fields that follow the kind', () => {
  it('records a talk and an admonishment; the admonishment is also a measure', async () => {
    const cadres = new CadresPage(session.page, baseUrl);
    await cadres.open();
    // Enter submits the filter form, whichever buttons the list shows beside it.
    await session.page.getByLabel('关键词').fill(candidate.name);
    await session.page.getByLabel('关键词').press('Enter');
    await cadres.rows().filter({ hasText: candidate.name }).first().waitFor();
    const drawer = await cadres.openCadre(candidate.name);
    const section = new SupervisionSection(session.page, drawer);
    expect(await section.record('谈心谈话', { 谈话人: '县委组织部 李科长', 谈话内容: '了解思想和工作状况，鼓励担当作为' }, { 谈话日期: '2026-11-02' })).toBe(
      true,
    );
    expect(
      await section.record('诫勉', { 决定机关: '县纪委监委', 诫勉事由: '落实整改要求不到位', 决定文号: '县纪诫〔2026〕7号' }, { 诫勉日期: '2026-11-10' }),
    ).toBe(true);
    // Newest first: the admonishment, marked as a measure, above the talk (the list refetches after each save).
    await section.records().nth(1).filter({ hasText: '了解思想和工作状况' }).waitFor();
    await expect(section.records().first().innerText()).resolves.toContain('已登记措施');
    const measures = await org.json<Array<{ code: string; documentNo: string }>>('GET', `/api/v1/cadres/${candidate.cadreId}/measures`);
    expect(measures).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ADMONISH', documentNo: '县纪诫〔2026〕7号' })]));
    // The inquiry form: its own fields (函询问题, 本人书面说明, 回复日期, 函询结论), nothing of a talk's.
    await drawer.getByRole('button', { name: '登记监督记录' }).click();
    const dialog = session.page.getByRole('dialog', { name: '登记监督记录' });
    await chooseOption(session.page, dialog.locator('.ant-select', { has: session.page.getByLabel('类别') }), '函询');
    await dialog.getByLabel('函询结论').waitFor();
    expect(await dialog.getByLabel('谈话内容').count()).toBe(0);
    await settled(session.page);
    await screenshot(session.page, 'supervision-form-inquiry');
    await clickInDialog(dialog, /^取\s?消$/);
    await dialog.waitFor({ state: 'hidden' });
    await drawer.getByText('监督记录', { exact: true }).scrollIntoViewIfNeeded();
    await settled(session.page);
    await session.page.screenshot({ path: new URL('../test-results/supervision-drawer.png', import.meta.url).pathname });
    expect(session.errors).toEqual([]);
  });
});
