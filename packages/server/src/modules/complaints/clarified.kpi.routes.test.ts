import type { DashboardView, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { clearCadre } from './clarification.test-support';
import { buildWorld, concluded, type World } from './complaints.test-support';

/*
 * 澄清正名 on 动态监测 (issue 8 item 4; DOMAIN.md §8): the complaints module counts the clarifications carried out in
 * the period, per cleared cadre's unit, for readers of complaints only. Clock: 2026-10-13 in Beijing.
 */

let w: World;
let caseId: string;

const figure = async (s: Session) => ok<DashboardView>(await s.get('/api/v1/dashboard')).kpis.find((k) => k.code === 'CLARIFIED');
const drill = async (s: Session, query = '') => ok<DrillView>(await s.get(`/api/v1/dashboard/drill/CLARIFIED${query}`));

beforeAll(async () => {
  w = await buildWorld('2026-10-13T10:00:00+08:00');
  caseId = await concluded(w, [w.cadres.a], 'FALSE');
  await clearCadre(w, caseId, w.cadres.a, w.as.cadreA, '2026-10-13');
  // 乙一's clarification is proposed but never carried out: it does not count.
  const pending = await concluded(w, [w.cadres.b], 'MISTAKEN');
  const proposal = { cadreId: w.cadres.b, falsePoints: '反映其违规打牌的问题', impacts: ['RIGHTS_AFFECTED'], forms: ['EXPLANATION'] };
  ok(await w.as.handler.post(`/api/v1/complaints/${pending}/clarification`, proposal));
});
afterAll(() => w.t.close());

describe('the 澄清正名 figure', () => {
  it('counts the clarification carried out, and its drill-down names the cadre and links the complaint', async () => {
    expect(await figure(w.as.handler)).toMatchObject({ group: 'protection', value: 1 });
    const rows = (await drill(w.as.handler)).rows;
    expect(rows).toEqual([expect.objectContaining({ cadreName: '甲一', unitName: '甲局', date: '2026-10-13', href: `/complaints/${caseId}` })]);
  });

  it('lays the figure on the cleared cadre’s unit', async () => {
    expect((await drill(w.as.handler, `?unitId=${w.county.a.id}`)).rows).toHaveLength(1);
    expect((await drill(w.as.handler, `?unitId=${w.county.b.id}`)).rows).toHaveLength(0);
  });

  it('is not shown to a reader without complaint.read', async () => {
    expect(await figure(w.county.unitAdminA)).toBeUndefined();
    expectError(await w.county.unitAdminA.get('/api/v1/dashboard/drill/CLARIFIED'), 404, 'NOT_FOUND');
  });
});
