import type { ToleranceStatistics } from '@dandang/shared/tolerance/tolerance-statistics.schema';
import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import { act, application, buildWorld, decision, saveFacts, type World } from './tolerance.test-support';

/*
 * 容错纠错统计 on a small known set, handled day by day across 国庆节 2026 (10-01..07 off, Saturday 10-10 worked):
 *   case 1 (甲局) applied 09-30, accepted 10-09 (2 working days), reported 10-16 (6), decided EXEMPT 10-19 (1),
 *          fed back 10-20 (1), filed and closed 10-20 (0): within the limits;
 *   case 2 (甲局) applied 10-12, accepted 10-20 (6: late), reported 10-22 (2), decided LIGHTER 10-23 (1);
 *   case 3 (乙局) applied 11-02, not yet accepted.
 */

let w: World;
const ids: Record<string, string> = {};
const MITIGATING = { situations: [], conditions: {}, exclusions: [], mitigations: ['COOPERATED'], notes: '' };
const at = (day: string) => w.moveTo(`2026-${day}T10:00:00+08:00`);
const apply = async (session: World['as']['cadreA'], cadreId: string) =>
  ok<ToleranceDetail>(await session.post('/api/v1/tolerance/cases', application(cadreId, { occurredOn: '2026-09-01' }))).case.id;

beforeAll(async () => {
  w = await buildWorld('2026-09-30T10:00:00+08:00');
  ids.one = await apply(w.as.cadreA, w.cadres.a);
  await at('10-09');
  ok(await act(w.as.discipline, ids.one, 'accept'));
  await at('10-12');
  ids.two = await apply(w.as.unitAdminA, w.cadres.a2);
  await at('10-16');
  ok(await saveFacts(w.as.discipline, ids.one));
  ok(await act(w.as.discipline, ids.one, 'report', { findings: '已核实' }));
  await at('10-19');
  ok(await act(w.as.discipline, ids.one, 'decide', decision('2026-10-19')));
  await at('10-20');
  ok(await act(w.as.discipline, ids.two, 'accept'));
  ok(await act(w.as.discipline, ids.one, 'feedback', { feedbackOn: '2026-10-20', recipients: ['甲一'] }));
  ok(await act(w.as.discipline, ids.one, 'fileAndClose', { filedOn: '2026-10-20', filedWith: ['县纪委'] }));
  await at('10-22');
  ok(await saveFacts(w.as.discipline, ids.two, MITIGATING));
  ok(await act(w.as.discipline, ids.two, 'report', { findings: '已核实' }));
  await at('10-23');
  ok(await act(w.as.discipline, ids.two, 'decide', decision('2026-10-23', { decision: 'LIGHTER' })));
  await at('11-02');
  ids.three = await apply(w.as.cadreB, w.cadres.b);
});
afterAll(() => w.t.close());

const figures = async (session: World['as']['cadreA'], query = '?year=2026') =>
  ok<ToleranceStatistics>(await session.get(`/api/v1/tolerance/statistics${query}`));

describe('statistics', () => {
  it('count by decision, state, unit and month opened', async () => {
    const s = await figures(w.as.discipline);
    expect(s.total).toBe(3);
    expect(Object.fromEntries(s.byDecision.map((d) => [d.decision, d.count]))).toEqual({ EXEMPT: 1, LIGHTER: 1, REDUCED: 0, REJECTED: 0, UNDECIDED: 1 });
    expect(s.byState.filter((x) => x.count > 0).map((x) => [x.label, x.count])).toEqual([
      ['待受理', 1],
      ['书面反馈', 1],
      ['已办结', 1],
    ]);
    expect(s.byUnit).toEqual([
      { unitId: w.county.a.id, unitName: '甲局', total: 2, exempt: 1, lighter: 1, reduced: 0, rejected: 0 },
      { unitId: w.county.b.id, unitName: '乙局', total: 1, exempt: 0, lighter: 0, reduced: 0, rejected: 0 },
    ]);
    expect(s.byMonth.filter((m) => m.opened > 0)).toEqual([
      { month: 9, opened: 1 },
      { month: 10, opened: 1 },
      { month: 11, opened: 1 },
    ]);
  });

  it('average each stage in working days from the timelines, and give the share decided within the limits', async () => {
    const s = await figures(w.as.discipline);
    expect(s.stages.map((x) => [x.state, x.cases, x.averageWorkdays])).toEqual([
      ['SUBMITTED', 2, 4],
      ['INVESTIGATING', 2, 4],
      ['DECIDING', 2, 1],
      ['FEEDBACK', 1, 1],
      ['FILING', 1, 0],
      ['CORRECTING', 0, null],
    ]);
    expect(s.withinLimits).toEqual({ decided: 2, within: 1, percent: 50 });
    expect(s.provisional).toBe(false);
  });

  it('stay within the reader’s scope and year', async () => {
    expect((await figures(w.as.unitAdminA)).total).toBe(2);
    expect((await figures(w.as.cadreB)).byUnit.map((u) => u.unitName)).toEqual(['乙局']);
    expect((await figures(w.as.discipline, '?year=2025')).total).toBe(0);
    // Without a year, the current one (2026 on the test clock).
    expect((await figures(w.as.discipline, '')).year).toBe(2026);
    const bad = await w.as.discipline.get('/api/v1/tolerance/statistics?year=20x6');
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad)).toEqual(['querystring.year']);
  });

  it('export the same figures as a workbook', async () => {
    const res = await w.as.discipline.get('/api/v1/tolerance/statistics.xlsx?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('2026年容错纠错统计.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = (book.worksheets[0]?.getSheetValues() ?? []).slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['统计项', '项目', '数值']);
    expect(rows).toContainEqual(['总体', '立案数', 3]);
    expect(rows).toContainEqual(['按认定结果', '免责', 1]);
    expect(rows).toContainEqual(['各阶段平均用时（工作日）', '待受理（2件）', 4]);
    expect(rows).toContainEqual(['期限内认定', '占比（%）', 50]);
  });
});
