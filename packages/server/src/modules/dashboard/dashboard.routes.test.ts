import type { DashboardView, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { measures } from '../cadres';
import { units } from '../org';
import { type KpiSource, registerKpiSource } from '.';

/*
 * 动态监测 on a small known county (县委 > 甲局, 乙局). Two tolerance applications filed on Monday 2026-11-02 (甲局, 乙局)
 * pass their 5-working-day acceptance limit (2026-11-09); a third filed 2026-11-20 in 甲局 is still within it. 甲局's
 * 甲一 has an 诫勉 whose six-month bar ends within 30 days. Read on 2026-11-20.
 */

let t: TestApp;
let county: County;
const as: Record<'orgDept' | 'unitAdminA' | 'leaderA' | 'cadre', Session> = {} as never;
const accounts: Record<keyof typeof as, string> = {} as never;
const ids: Record<string, string> = {};

async function signIn() {
  for (const [key, username] of Object.entries(accounts)) as[key as keyof typeof as] = await t.login(username);
}
async function moveTo(instant: string) {
  t.clock.advance(new Date(instant).getTime() - t.clock.now().getTime());
  await signIn();
}
const apply = async (cadreId: string, title: string) => {
  const body = {
    subjectCadreId: cadreId,
    title,
    matter: '推进园区招商项目中，因政策尚无明确规定先行试点，造成一定损失',
    occurredOn: '2026-06-15',
    claimedSituations: ['REFORM_TRIAL'],
    grounds: '出于公心，未谋取私利，已积极挽回损失',
  };
  return ok<{ case: { id: string } }>(await as.orgDept.post('/api/v1/tolerance/cases', body)).case.id;
};
const overview = async (s: Session) => ok<DashboardView>(await s.get('/api/v1/dashboard'));
const drill = async (s: Session, kpi: string, query = '') => ok<DrillView>(await s.get(`/api/v1/dashboard/drill/${kpi}${query}`));
const figure = (view: DashboardView, code: string) => view.kpis.find((k) => k.code === code);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  county = await buildCounty(t);
  const a1 = await buildCadre(db, { unitId: county.a.id, name: '甲一' });
  const a2 = await buildCadre(db, { unitId: county.a.id, name: '甲二' });
  const b1 = await buildCadre(db, { unitId: county.b.id, name: '乙一' });
  ids.a1 = a1.id;
  accounts.orgDept = county.users.orgDept.username;
  accounts.unitAdminA = county.users.unitAdminA.username;
  accounts.leaderA = (await buildUser(db, { roles: ['unit_leader'], unitId: county.a.id })).username;
  accounts.cadre = (await buildUser(db, { roles: ['cadre'], unitId: county.a.id, cadreId: a2.id })).username;
  await moveTo('2026-11-02T10:00:00+08:00');
  ids.one = await apply(a1.id, '甲局招商项目容错申请');
  ids.two = await apply(b1.id, '乙局改革试点容错申请');
  await moveTo('2026-11-20T10:00:00+08:00');
  ids.three = await apply(a2.id, '甲局第二件容错申请');
  // 诫勉 bars promotion for six months: effective 2026-06-01, it ends 2026-12-01, within 30 days of 11-20.
  await db.insert(measures).values({ cadreId: a1.id, code: 'ADMONISH', effectiveOn: '2026-06-01', decidingBody: '县纪委' });
});
afterAll(() => t.close());

describe('the figures', () => {
  it('counts overdue cases by type, and the drill-down lists exactly those rows, linked to the cases', async () => {
    const view = await overview(as.orgDept);
    const overdue = figure(view, 'CASES_OVERDUE');
    expect(overdue).toMatchObject({ value: 2, tone: 'danger', parts: [{ label: '容错纠错', value: 2 }] });
    const list = await drill(as.orgDept, 'CASES_OVERDUE');
    expect(list.rows).toHaveLength(overdue?.value ?? -1);
    expect(list.rows.map((r) => r.href).sort()).toEqual([`/tolerance/cases/${ids.one}`, `/tolerance/cases/${ids.two}`].sort());
    expect(list.rows.every((r) => r.date === '2026-11-09' && /逾期 9 个工作日/.test(r.status))).toBe(true);
    expect(figure(view, 'CASES_OPEN')?.value).toBe(3);
    expect(figure(view, 'CASES_OPENED')?.value).toBe(3);
  });

  it('lays each unit on the heat map, and a cell drills into that unit’s rows only', async () => {
    const view = await overview(as.orgDept);
    const x = view.heatMap.kpis.findIndex((k) => k.code === 'CASES_OVERDUE');
    const y = view.heatMap.units.findIndex((u) => u.unitId === county.a.id);
    expect(view.heatMap.cells).toContainEqual([x, y, 1]);
    const cell = await drill(as.orgDept, 'CASES_OVERDUE', `?unitId=${county.a.id}`);
    expect(cell.unitName).toBe('甲局');
    expect(cell.rows.map((r) => r.id)).toEqual([ids.one]);
  });

  it('puts the overdue cases and the ending bar on the alert list, and draws the monthly trend', async () => {
    const view = await overview(as.orgDept);
    expect(view.alerts.map((a) => [a.kpi, a.row.href]).sort()).toEqual(
      [
        ['BARS_ENDING', `/cadres/${ids.a1}`],
        ['CASES_OVERDUE', `/tolerance/cases/${ids.one}`],
        ['CASES_OVERDUE', `/tolerance/cases/${ids.two}`],
        // The same measure's first return visit (within 3 months, DOMAIN.md §9) was never recorded.
        ['VISITS_OVERDUE', `/cadres/${ids.a1}`],
      ].sort(),
    );
    expect(figure(view, 'BARS_ENDING')).toMatchObject({ value: 1, tone: 'warning' });
    expect(figure(view, 'MEASURES_NEW')?.value).toBe(1);
    expect(view.trends.months).toHaveLength(12);
    expect(view.trends.months.at(-1)).toBe('2026-11');
    const opened = view.trends.series.find((s) => s.code === 'CASES_OPENED');
    expect(opened?.values.at(-1)).toBe(3);
    expect(opened?.values.slice(0, -1).every((v) => v === 0)).toBe(true);
    expect(view.trends.series.find((s) => s.code === 'MEASURES_NEW')?.values.at(-6)).toBe(1);
  });

  it('gives a unit administrator only their unit, and a case of another unit is not found through a cell', async () => {
    const view = await overview(as.unitAdminA);
    expect(figure(view, 'CASES_OVERDUE')?.value).toBe(1);
    expect(view.heatMap.units.map((u) => u.unitName)).toEqual(['甲局']);
    expect((await drill(as.unitAdminA, 'CASES_OVERDUE')).rows.map((r) => r.id)).toEqual([ids.one]);
    expectError(await as.unitAdminA.get(`/api/v1/dashboard/drill/CASES_OVERDUE?unitId=${county.b.id}`), 404, 'NOT_FOUND');
    // Figures of modules the reader may not read are not shown at all (unit administrators hold no complaint.read).
    expect(figure(view, 'CLARIFIED')).toBeUndefined();
    expectError(await as.unitAdminA.get('/api/v1/dashboard/drill/CLARIFIED'), 404, 'NOT_FOUND');
  });

  it('gives a unit leader their unit, and refuses a cadre without the permission', async () => {
    expect(figure(await overview(as.leaderA), 'CASES_OVERDUE')?.value).toBe(1);
    expectError(await as.cadre.get('/api/v1/dashboard'), 403, 'FORBIDDEN');
    expectError(await as.cadre.get('/api/v1/dashboard/drill/CASES_OVERDUE'), 403, 'FORBIDDEN');
  });

  it('a figure each of the built-in sources, each equal to its drill-down (rows behind a share are its total)', async () => {
    const view = await overview(as.orgDept);
    for (const k of view.kpis) {
      const rows = (await drill(as.orgDept, k.code)).rows.length;
      expect(rows, k.code).toBe(k.basis === 'share' ? k.total : k.value);
    }
  });
});

describe('the registry', () => {
  /** What a later module (honors, ideas) registers from its index: here, the units in the dashboard's scope. */
  const unitsSource: KpiSource = {
    code: 'REGISTERED_UNITS',
    label: '单位数',
    group: 'participation',
    basis: 'stock',
    unit: '个',
    hint: '测试用：读者范围内的单位',
    dateLabel: '—',
    permissions: ['org.unit.read'],
    count: (db, reader) =>
      db.select({ unitId: units.id, unitName: units.name, value: count() }).from(units).where(reader.within(units.id)).groupBy(units.id, units.name),
    rows: async (db, reader, filter) =>
      (
        await db
          .select({ id: units.id, name: units.name })
          .from(units)
          .where(filter.unitId ? eq(units.id, filter.unitId) : reader.within(units.id))
      ).map((u) => ({ id: u.id, title: u.name, unitId: u.id, unitName: u.name, cadreName: '', date: null, status: '', href: '/org/units' })),
  };

  it('shows a figure a module registers, in its group, with its drill-down; a code registers once', async () => {
    registerKpiSource(unitsSource);
    expect(() => registerKpiSource(unitsSource)).toThrow(/twice/);
    const view = await overview(as.unitAdminA);
    // 甲局's administrator reads 甲局 (and anything under it): one unit.
    expect(figure(view, 'REGISTERED_UNITS')).toMatchObject({ group: 'participation', value: 1 });
    expect((await drill(as.unitAdminA, 'REGISTERED_UNITS')).rows.map((r) => r.title)).toEqual(['甲局']);
    // The groups keep their order whatever the order of registration: participation comes last.
    expect(view.kpis.at(-1)?.code).toBe('REGISTERED_UNITS');
  });
});

describe('bad input', () => {
  it('names the bad fields', async () => {
    const code = await as.orgDept.get('/api/v1/dashboard/drill/not-a-code');
    expectError(code, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(code)).toEqual(['params.kpi']);
    const unit = await as.orgDept.get('/api/v1/dashboard/drill/CASES_OVERDUE?unitId=42');
    expectError(unit, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(unit)).toEqual(['querystring.unitId']);
    expectError(await as.orgDept.get('/api/v1/dashboard/drill/NO_SUCH_FIGURE'), 404, 'NOT_FOUND');
    const month = await as.orgDept.get('/api/v1/dashboard/monthly-report.docx?month=2026-13');
    expectError(month, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(month)).toEqual(['querystring.month']);
    const future = expectError(await as.orgDept.get('/api/v1/dashboard/monthly-report.docx?month=2026-12'), 400, 'VALIDATION_FAILED');
    expect(future.message).toContain('2026-12');
  });
});

describe('exports', () => {
  it('writes the drill-down to Excel, row for row, and logs the export', async () => {
    const res = await as.orgDept.get(`/api/v1/dashboard/drill/CASES_OVERDUE/export.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, '事项', '单位', '干部', '办理期限', '状态']);
    expect(sheet?.actualRowCount).toBe(3);
    const audit = ok<{ items: Array<{ action: string }> }>(await (await signInAuditor()).get('/api/v1/audit/operations?action=dashboard.export'));
    expect(audit.items.some((i) => i.action === 'dashboard.export')).toBe(true);
  });

  it('makes the monthly report as a Word document with the month’s figures and alerts', async () => {
    const res = await as.orgDept.get('/api/v1/dashboard/monthly-report.docx?month=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain('激励干部担当作为动态监测月报');
    expect(text).toContain('2026年11月');
    expect(text).toContain('逾期案件');
    expect(text).toContain('甲局招商项目容错申请');
    expect(text).toContain('2026年11月 · 全部单位');
  });

  it('names whose figures the report gives: the reader’s unit and those below it', async () => {
    const res = await as.unitAdminA.get('/api/v1/dashboard/monthly-report.docx?month=2026-11');
    expect(res.statusCode, res.body).toBe(200);
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string');
    expect((xml ?? '').replace(/<[^>]+>/g, '')).toContain('2026年11月 · 甲局及下级单位');
  });
});

async function signInAuditor() {
  const admin = await buildUser(t.database.db, { roles: ['sys_admin'], unitId: null });
  return t.login(admin.username);
}
