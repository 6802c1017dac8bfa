import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DashboardPage } from './pages/dashboard.page';
import { LoginPage } from './pages/login.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { downloadFrom } from './support/download';

/*
 * [DASHBOARD] 动态监测 (issue 8 item 5): the organization department files a tolerance application for a demo cadre;
 * the server's clock then moves three weeks on, past the 5-working-day acceptance limit, so the case is overdue. The
 * dashboard's 逾期案件 figure equals the rows of its drill-down, a unit's heat map cell equals that unit's rows, the
 * list exports to Excel row for row and links to the case, and the month's report is a Word document.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const clockFile = inject('clockOffsetFile');
const title = `动态监测逾期测试${Date.now().toString(36).toUpperCase()}`;
/** Calendar days the clock moves: well past 5 working days whatever holidays fall in between. */
const DAYS_LATER = 21;

let session: BrowserSession;
let dashboard: DashboardPage;
const filed = { caseId: '', unitId: '', unitName: '' };

async function orgClient(): Promise<ApiClient> {
  const org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  return org;
}

beforeAll(async () => {
  writeFileSync(clockFile, '0');
  const org = await orgClient();
  const { items } = await org.json<{ items: Array<{ id: string; unitId: string; unitName: string }> }>('GET', '/api/v1/cadres?pageSize=1');
  const cadre = items[0];
  if (!cadre) throw new Error('the demo county has no cadres');
  const detail = await org.json<{ case: { id: string } }>('POST', '/api/v1/tolerance/cases', {
    subjectCadreId: cadre.id,
    title,
    matter: '推进园区招商项目中，因政策尚无明确规定先行试点，造成一定损失',
    occurredOn: '2026-06-15',
    claimedSituations: ['REFORM_TRIAL'],
    grounds: '出于公心，未谋取私利，已积极挽回损失',
  });
  Object.assign(filed, { caseId: detail.case.id, unitId: cadre.unitId, unitName: cadre.unitName });
  writeFileSync(clockFile, String(DAYS_LATER));
  session = await openBrowser({ width: 1440, height: 900 });
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
  dashboard = new DashboardPage(session.page, baseUrl);
});
afterAll(async () => {
  writeFileSync(clockFile, '0');
  await closeBrowser();
});

describe('[DASHBOARD] 动态监测', () => {
  it('[DASHBOARD][OVERDUE]: the overdue figure equals the rows of its drill-down, which lists the new case', async () => {
    await dashboard.open();
    await screenshot(session.page, 'dashboard');
    const overdue = await dashboard.figure('逾期案件');
    expect(overdue).toBeGreaterThanOrEqual(1);
    await expect.poll(() => dashboard.alerts().innerText()).toContain(title);

    await dashboard.tile('逾期案件').click();
    await dashboard.drillCount().waitFor({ timeout: 30_000 });
    await settled(session.page);
    expect(session.page.url()).toContain('/dashboard/drill/CASES_OVERDUE');
    expect(await dashboard.drillRows().count()).toBe(overdue);
    expect(await dashboard.drillCount().innerText()).toContain(`共 ${overdue} 条`);
    await session.page.getByRole('link', { name: new RegExp(title) }).waitFor();
    await screenshot(session.page, 'dashboard-drill-overdue');
  });

  it('[DASHBOARD][HEATMAP]: a unit’s heat map cell equals that unit’s rows', async () => {
    const view = await (await orgClient()).json<{ heatMap: { kpis: Array<{ code: string }>; units: Array<{ unitId: string }>; cells: number[][] } }>(
      'GET',
      '/api/v1/dashboard',
    );
    const x = view.heatMap.kpis.findIndex((k) => k.code === 'CASES_OVERDUE');
    const y = view.heatMap.units.findIndex((u) => u.unitId === filed.unitId);
    const cell = view.heatMap.cells.find((c) => c[0] === x && c[1] === y)?.[2];
    expect(cell).toBeGreaterThanOrEqual(1);
    await dashboard.openDrill('CASES_OVERDUE', filed.unitId);
    expect(await dashboard.drillRows().count()).toBe(cell);
    await session.page.getByText(`逾期案件明细 · ${filed.unitName}`).first().waitFor();
    await screenshot(session.page, 'dashboard-drill-unit');
  });

  it('[DASHBOARD][EXPORT]: the drill-down exports row for row, and each row opens its record', async () => {
    await dashboard.openDrill('CASES_OVERDUE');
    const rows = await dashboard.drillRows().count();
    const file = await downloadFrom(session.page, dashboard.exportButton(), 'dashboard-overdue.xlsx');
    expect(file.name).toMatch(/^逾期案件.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file.path);
    expect(book.worksheets[0]?.actualRowCount).toBe(rows + 1);

    await session.page.getByRole('link', { name: new RegExp(title) }).click();
    await session.page.waitForURL(`**/tolerance/cases/${filed.caseId}`);
    await session.page.getByText(title).first().waitFor();
  });

  it('[DASHBOARD][SCOPE]: a unit leader sees only their own unit’s people', async () => {
    const leader = new ApiClient(baseUrl);
    await leader.login('demo_leader', demoPassword);
    const me = await leader.json<{ unitId: string }>('GET', '/api/v1/auth/me');
    const cadres = await leader.json<{ rows: Array<{ unitId: string }> }>('GET', '/api/v1/dashboard/drill/CADRES');
    expect(cadres.rows.length).toBeGreaterThan(0);
    expect(cadres.rows.every((r) => r.unitId === me.unitId)).toBe(true);

    const leaderSession = await openBrowser({ width: 1440, height: 900 });
    await new LoginPage(leaderSession.page, baseUrl).loginAs('demo_leader', demoPassword);
    const view = new DashboardPage(leaderSession.page, baseUrl);
    await view.open();
    expect(await view.figure('干部人数')).toBe(cadres.rows.length);
    await screenshot(leaderSession.page, 'dashboard-unit-leader');
  });

  it('[DASHBOARD][REPORT]: the month’s one-page report downloads as a Word document with its figures and alerts', async () => {
    await dashboard.open();
    const file = await downloadFrom(session.page, dashboard.reportButton(), 'dashboard-monthly-report.docx');
    expect(file.name).toMatch(/^动态监测月报-\d{4}-\d{2}\.docx$/);
    const xml = (await (await JSZip.loadAsync(await readFile(file.path))).file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('激励干部担当作为动态监测月报');
    expect(text).toContain('逾期案件');
    expect(text).toContain(title);
  });
});
