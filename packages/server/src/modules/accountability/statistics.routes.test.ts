import type { AccountabilityStatistics } from '@dandang/shared/accountability/statistics.rules';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import {
  act,
  buildWorld,
  cadreIn,
  decide,
  decision,
  detailOf,
  proposalFor,
  proposeOn,
  registerMatter,
  userWithGrants,
  type World,
} from './accountability.test-support';

/*
 * 问责统计 (issue 6 item 3) for 2026 within the reader's scope: decisions of March 2026 (no holiday in that month),
 * one corrected, one repeat, three appeals. The clock stands at 2026-06-01 in Beijing.
 */

let w: World;
const ids: Record<string, string> = {};
const id = (k: string) => ids[k] as string;
const stats = async (who: string, query = 'year=2026') =>
  ok<AccountabilityStatistics>(await (await w.as(who)).get(`/api/v1/accountability/statistics?${query}`));
const counts = (list: Array<{ key: string; count: number }>) => Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.key, c.count]));

async function decidedCase(matter: string, cadre: string | null, proposals: Array<[string, string]>, fields: Record<string, unknown>) {
  let caseId = '';
  for (const [body, proposedOn] of proposals) {
    const subject = cadre
      ? { cadreId: id(cadre) }
      : { subjectKind: 'ORGANIZATION' as const, cadreId: undefined, unitId: w.county.a.id, forms: ['ORG_CHECK' as const] };
    caseId = (await proposeOn(await w.as('discipline'), matter, proposalFor('', { body: body as 'DISCIPLINE', proposedOn, ...subject }))).caseId;
  }
  await decide(await w.as('discipline'), caseId, decision(fields));
  return caseId;
}

const appeal = async (caseId: string, receivedOn: string) =>
  ok<{ appeals: Array<{ id: string }> }>(
    await (await w.as('discipline')).post(`/api/v1/accountability/cases/${caseId}/appeals`, { grounds: '不服', receivedOn }),
  ).appeals[0]?.id as string;

beforeAll(async () => {
  w = await buildWorld();
  w.moveTo('2026-06-01T09:00:00+08:00');
  ids.a = await cadreIn(w, w.county.a.id, '甲甲');
  ids.b = await cadreIn(w, w.county.b.id, '乙乙');
  ids.c = await cadreIn(w, w.county.a.id, '丙丙');
  const m1 = (await registerMatter(await w.as('discipline'))).id;
  const m2 = (await registerMatter(await w.as('discipline'), { title: '第二事项' })).id;
  ids.c1 = await decidedCase(
    m1,
    'a',
    [
      ['DISCIPLINE', '2026-03-02'],
      ['ORG_DEPT', '2026-03-03'],
    ],
    { decidedOn: '2026-03-09', forms: ['ACC_NOTICE', 'ADMONISH'] },
  );
  ids.c2 = await decidedCase(m2, 'a', [['INSPECTION', '2026-03-10']], { decidedOn: '2026-03-12' });
  ids.c3 = await decidedCase(m1, 'b', [['UPPER_DEPT', '2026-03-16']], { decidedOn: '2026-03-20', forms: ['ORG_DISMISS'] });
  ids.c4 = await decidedCase(m2, 'c', [['DISCIPLINE', '2026-03-02']], { decidedOn: '2026-03-05' });
  ids.c5 = await decidedCase(m1, null, [['ORG_DEPT', '2026-03-23']], { decidedOn: '2026-03-27', forms: ['ORG_CHECK'] });
  const c4 = await detailOf(await w.as('discipline'), id('c4'));
  ok(await act(await w.as('discipline'), id('c4'), 'correct', c4.case.version, {}, '事实不清'));
  const answer = async (appealId: string, upheld: boolean) =>
    ok(await (await w.as('discipline')).post(`/api/v1/accountability/appeals/${appealId}/answer`, { version: 1, upheld, answer: '答复' }));
  await answer(await appeal(id('c1'), '2026-03-10'), false);
  await answer(await appeal(id('c3'), '2026-03-25'), true);
  await appeal(id('c2'), '2026-03-20');
});
afterAll(() => w.t.close());

describe('statistics of a year', () => {
  it('count the decisions in force by form, by every proposing body, by unit and by month; the corrected one apart', async () => {
    const s = await stats('discipline');
    expect([s.year, s.decisions, s.corrected]).toEqual([2026, 4, 1]);
    expect(counts(s.byForm)).toEqual({ ORG_CHECK: 1, ACC_NOTICE: 1, ADMONISH: 2, ORG_DISMISS: 1 });
    expect(counts(s.byBody)).toEqual({ DISCIPLINE: 1, ORG_DEPT: 2, INSPECTION: 1, UPPER_DEPT: 1 });
    expect(s.byUnit.map((u) => [u.label, u.count])).toEqual([
      ['甲局', 3],
      ['乙局', 1],
    ]);
    expect(counts(s.byMonth)).toEqual({ '3': 4 });
  });

  it('flag the repeat, count the appeals by answer, and average the working days from proposal to decision', async () => {
    const s = await stats('discipline');
    expect(s.repeatFlags).toBe(1);
    expect(s.appeals).toEqual({ lodged: 3, upheld: 1, dismissed: 1, open: 1 });
    // 03-02→03-09: 5; 03-10→03-12: 2; 03-16→03-20: 4; 03-23→03-27: 4 → 15 / 4 = 3.75.
    expect([s.averageWorkdays, s.workdaysProvisional]).toEqual([3.8, false]);
  });

  it('stay within the reader’s scope', async () => {
    await userWithGrants(w, 'readerA', 'unit_leader', w.county.a.id, [['accountability.read', 'unit']]);
    const s = await stats('readerA');
    expect([s.decisions, s.byUnit.map((u) => u.label), s.appeals.lodged]).toEqual([3, ['甲局'], 2]);
  });

  it('default to the current year, refuse a bad year by field, and answer 403 without the permission', async () => {
    expect((await stats('discipline', '')).year).toBe(2026);
    expect((await stats('discipline', 'year=2025')).decisions).toBe(0);
    const bad = await (await w.as('discipline')).get('/api/v1/accountability/statistics?year=abc');
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad)).toEqual(['querystring.year']);
    expectError(await (await w.as('unitAdminA')).get('/api/v1/accountability/statistics'), 403, 'FORBIDDEN');
  });

  it('export as a workbook of the same figures', async () => {
    const res = await (await w.as('discipline')).get('/api/v1/accountability/statistics.xlsx?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('2026年问责统计.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = (book.worksheets[0]?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1, 4));
    expect(rows).toContainEqual(['总体', '问责决定（件）', 4]);
    expect(rows).toContainEqual(['按提出机关', '组织部', 2]);
    expect(rows).toContainEqual(['申诉', '申诉成立', 1]);
  });
});
