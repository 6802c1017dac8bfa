import type { DashboardView, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * 回访覆盖面 (DOMAIN.md §9: yearly coverage at least 30% of the people under measures in the previous two years) on a
 * small known set; the test clock stands at 2026-03-02.
 *   甲局: 甲一 (记过 2025-06-01, visited 2026-02-10), 甲二 (党内警告 2025-09-01, not visited)    → 1 / 2 = 50%
 *   乙局: 乙一 (降级 2024-05-01, not visited), 乙二 (诫勉 2026-01-15: this year, not counted)     → 0 / 1 = 0%
 *   county: 1 / 3 = 33.3%, meets 30%.
 */

type Figures = { underMeasures: number; visited: number; percent: number; meetsMinimum: boolean };
type Report = {
  year: number;
  measuresFrom: number;
  measuresTo: number;
  minCoveragePercent: number;
  total: Figures;
  units: Array<Figures & { unitName: string }>;
};

let t: TestApp;
let county: County;

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  const s = county.orgDept;
  const measure = async (cadreId: string, code: string, effectiveOn: string) =>
    ok<{ id: string }>(await s.post(`/api/v1/cadres/${cadreId}/measures`, { code, effectiveOn, decidingBody: '县纪委监委', documentNo: '县纪〔2025〕9号' }));
  const a1 = await buildCadre(db, { unitId: county.a.id, name: '甲一' });
  const a2 = await buildCadre(db, { unitId: county.a.id, name: '甲二' });
  const b1 = await buildCadre(db, { unitId: county.b.id, name: '乙一' });
  const b2 = await buildCadre(db, { unitId: county.b.id, name: '乙二' });
  const m1 = await measure(a1.id, 'GOV_DEMERIT', '2025-06-01');
  await measure(a2.id, 'PARTY_WARNING', '2025-09-01');
  await measure(b1.id, 'GOV_DEMOTE', '2024-05-01');
  await measure(b2.id, 'ADMONISH', '2026-01-15');
  ok(
    await s.post('/api/v1/visits', {
      cadreId: a1.id,
      measureId: m1.id,
      visitedOn: '2026-02-10',
      visitors: ['王某', '李某'],
      interviewed: ['UNIT_HEAD', 'SELF', 'COLLEAGUES'],
      findings: '思想稳定',
      result: 'FAIR',
    }),
  );
});
afterAll(() => t.close());

describe('coverage of a year', () => {
  it('counts the people under measures in the two previous years, by unit, against 30%', async () => {
    const report = ok<Report>(await county.orgDept.get('/api/v1/visits/coverage?year=2026'));
    expect(report).toMatchObject({ year: 2026, measuresFrom: 2024, measuresTo: 2025, minCoveragePercent: 30 });
    expect(report.total).toEqual({ underMeasures: 3, visited: 1, percent: 33.3, meetsMinimum: true });
    expect(report.units.map((u) => [u.unitName, u.underMeasures, u.visited, u.percent, u.meetsMinimum])).toEqual([
      ['甲局', 2, 1, 50, true],
      ['乙局', 1, 0, 0, false],
    ]);
  });

  it('within the reader scope: a unit admin sees their unit only', async () => {
    const report = ok<Report>(await county.unitAdminA.get('/api/v1/visits/coverage?year=2026'));
    expect(report.total).toEqual({ underMeasures: 2, visited: 1, percent: 50, meetsMinimum: true });
  });

  it('exports the same figures to Excel with a total row', async () => {
    const res = await county.orgDept.get('/api/v1/visits/coverage.xlsx?year=2026');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [sheet] = book.worksheets;
    if (!sheet) throw new Error('no sheet');
    const rows = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(rows).toEqual([
      ['甲局', 2, 1, 50, '是'],
      ['乙局', 1, 0, 0, '否'],
      ['合计', 3, 1, 33.3, '是'],
    ]);
  });

  it('gives 动态监测 the same figures, and its drill-down lists the people behind the share', async () => {
    const view = ok<DashboardView>(await county.orgDept.get('/api/v1/dashboard'));
    expect(view.kpis.find((k) => k.code === 'VISIT_COVERAGE')).toMatchObject({ group: 'protection', value: 1, total: 3 });
    const rows = ok<DrillView>(await county.orgDept.get('/api/v1/dashboard/drill/VISIT_COVERAGE')).rows;
    // In the order of the roster: by unit, then by name in pinyin (二 èr before 一 yī).
    expect(rows.map((r) => [r.cadreName, r.date, r.status])).toEqual([
      ['甲二', null, '本年未回访'],
      ['甲一', '2026-02-10', '本年已回访'],
      ['乙一', null, '本年未回访'],
    ]);
    const unitA = ok<DrillView>(await county.unitAdminA.get('/api/v1/dashboard/drill/VISIT_COVERAGE')).rows;
    expect(unitA.map((r) => r.cadreName)).toEqual(['甲二', '甲一']);
  });

  it('a bad year is a 400 naming it', async () => {
    const res = await county.orgDept.get('/api/v1/visits/coverage?year=abc');
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['querystring.year']);
  });
});
