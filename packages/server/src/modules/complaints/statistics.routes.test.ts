import type { ComplaintStatistics } from '@dandang/shared/complaints/complaint-statistics.schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { roleGrants } from '../org';
import { clearCadre } from './clarification.test-support';
import { buildWorld, concluded, intake, type World } from './complaints.test-support';

/*
 * 检举控告统计 (issue 7 item 6) on a small known set, all concluded on Tuesday 2026-10-13 (国庆节 10-01..07 off, the
 * make-up Saturday 10-10 worked):
 *   one   甲一 (甲局), 来信, received 10-09, FALSE (3 working days: 10-10, 12, 13), 甲一 cleared on 10-13;
 *   two   乙一 (乙局), 网络举报, received 09-30, FALSE_ACCUSATION (5: 10-08, 09, 10, 12, 13), the accuser referred;
 *   three 甲二 and 甲一 (both 甲局), 来电, received 10-12, not concluded;
 *   old   甲一, received 2025-12-30, TRUE: another year.
 */

let w: World;
let unitReader: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await buildWorld('2026-10-13T10:00:00+08:00');
  ids.one = await concluded(w, [w.cadres.a], 'FALSE', { channel: 'LETTER', receivedOn: '2026-10-09' });
  await clearCadre(w, ids.one, w.cadres.a, w.as.cadreA, '2026-10-13');
  ids.two = await concluded(w, [w.cadres.b], 'FALSE_ACCUSATION', { channel: 'ONLINE', receivedOn: '2026-09-30' });
  const handling = { partyMember: true, publicOfficial: true, note: '已移送县纪委处理' };
  ok(await w.as.handler.post(`/api/v1/complaints/${ids.two}/false-accusation`, handling));
  ok(await w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a2, w.cadres.a], { channel: 'PHONE', receivedOn: '2026-10-12' })));
  ids.old = await concluded(w, [w.cadres.a], 'TRUE', { receivedOn: '2025-12-30' });
  // A reader of 甲局's complaints only: roles are a fixed list, so this test's own database grants it to 单位管理员.
  await w.t.database.db.insert(roleGrants).values({ roleCode: 'unit_admin', permission: 'complaint.read', scope: 'unit' }).onConflictDoNothing();
  unitReader = await w.t.login((await buildUser(w.t.database.db, { roles: ['unit_admin'], unitId: w.county.a.id })).username);
});
afterAll(() => w.t.close());

const figures = async (session: Session, query = '?year=2026') => ok<ComplaintStatistics>(await session.get(`/api/v1/complaints/statistics${query}`));
const counts = (list: Array<{ code: string; count: number }>) => Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.code, c.count]));

describe('complaint statistics', () => {
  it('count by channel, conclusion, the accused cadres’ units and month received', async () => {
    const s = await figures(w.as.handler);
    expect([s.year, s.total]).toEqual([2026, 3]);
    expect(counts(s.byChannel)).toEqual({ LETTER: 1, ONLINE: 1, PHONE: 1 });
    expect(counts(s.byConclusion)).toEqual({ FALSE: 1, FALSE_ACCUSATION: 1, UNCONCLUDED: 1 });
    // The third names two cadres of 甲局: it counts once there.
    expect(s.byUnit).toEqual([
      { unitId: w.county.a.id, unitName: '甲局', count: 2 },
      { unitId: w.county.b.id, unitName: '乙局', count: 1 },
    ]);
    expect(s.byMonth.filter((m) => m.received > 0)).toEqual([
      { month: 9, received: 1 },
      { month: 10, received: 2 },
    ]);
    expect(s.averageWorkdaysToConclusion).toBe(4);
  });

  it('give the share of false reports cleared and the false accusers referred', async () => {
    const s = await figures(w.as.handler);
    expect(s.clarification).toEqual({ falseReports: 2, clarified: 1, percent: 50 });
    expect([s.falseAccusations.concluded, s.falseAccusations.handled]).toEqual([1, 1]);
    expect(counts(s.falseAccusations.byReferral)).toEqual({ PARTY_DISCIPLINE: 1, GOVERNMENT_SANCTION: 1 });
  });

  it('stay within the reader’s scope and year', async () => {
    const mine = await figures(unitReader);
    expect([mine.total, mine.byUnit.map((u) => u.unitName), mine.clarification.percent, mine.falseAccusations.concluded]).toEqual([2, ['甲局'], 100, 0]);
    expect(counts(mine.byChannel)).toEqual({ LETTER: 1, PHONE: 1 });
    expect(counts((await figures(w.as.handler, '?year=2025')).byConclusion)).toEqual({ TRUE: 1 });
    expect((await figures(w.as.handler, '')).year).toBe(2026);
    expectError(await w.as.cadreA.get('/api/v1/complaints/statistics'), 403, 'FORBIDDEN');
    expectError(await w.as.cadreA.get('/api/v1/complaints/statistics.xlsx'), 403, 'FORBIDDEN');
    const bad = await w.as.handler.get('/api/v1/complaints/statistics?year=20x6');
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad)).toEqual(['querystring.year']);
  });

  it('export the same figures as a workbook', async () => {
    const res = await w.as.handler.get('/api/v1/complaints/statistics.xlsx?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('2026年检举控告统计.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = (book.worksheets[0]?.getSheetValues() ?? []).slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['统计项', '项目', '数值']);
    expect(rows).toContainEqual(['总体', '受理检举控告（件）', 3]);
    expect(rows).toContainEqual(['按来源渠道', '网络举报', 1]);
    expect(rows).toContainEqual(['按被反映人所在单位', '甲局', 2]);
    expect(rows).toContainEqual(['澄清正名', '澄清正名率（%）', 50]);
    expect(rows).toContainEqual(['诬告陷害（按处理方式）', '依法给予政务处分', 1]);
  });
});
