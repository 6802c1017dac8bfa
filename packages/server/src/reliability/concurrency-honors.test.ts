import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/audit/audit.tables';
import { buildCounty, type County } from '../test/county';
import { buildCadre } from '../test/factories';
import { ok } from '../test/http';
import { createTestApp, type TestApp } from '../test/test-app';
import { expectWinners, fireAtOnce } from './concurrency-fire';

/*
 * Concurrency of 评先评优 nominations (issue 9 item 5, the other quota the platform keeps): a unit's nominations sent
 * at once never take more places than its quota, and one cadre sent many times at once is nominated once.
 */

type Detail = { id: string; quotas: Array<{ unitId: string; quota: number; used: number }> };

const deeds = '牵头完成重点项目攻坚，群众满意度显著提升';
let t: TestApp;
let county: County;
const cadreIds: string[] = [];

/** A campaign now taking nominations, with `quota` places for 甲局. */
async function campaign(title: string, quota: number): Promise<string> {
  const body = { title, kind: 'GOOD_CADRE', year: 2026, nominationEndsOn: '2026-03-20', quotas: [{ unitId: county.a.id, quota }] };
  return ok<{ id: string }>(await county.orgDept.post('/api/v1/honors/campaigns', body)).id;
}
const nominate = (campaignId: string, cadreId: string) => county.unitAdminA.post(`/api/v1/honors/campaigns/${campaignId}/nominations`, { cadreId, deeds });
const nominationAudits = async (campaignId: string) => {
  const nominated = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'honor.nominate'));
  const detail = ok<Detail & { nominations: Array<{ id: string }> }>(await county.orgDept.get(`/api/v1/honors/campaigns/${campaignId}`));
  const ids = new Set(detail.nominations.map((n) => n.id));
  return nominated.filter((a) => ids.has(a.entityId as string)).length;
};

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  for (let i = 1; i <= 12; i += 1) {
    const { id } = await buildCadre(t.database.db, { unitId: county.a.id, name: `甲${String(i).padStart(2, '0')}` });
    // Screening asks for last year's grade.
    ok(await county.orgDept.put(`/api/v1/cadres/${id}/annual-grades/2025`, { grade: 'COMPETENT' }));
    cadreIds.push(id);
  }
});
afterAll(() => t.close());

describe('nominations within a quota', () => {
  it('of 12 cadres nominated at once for 3 places, exactly 3 are taken and the rest refused for the quota', async () => {
    const id = await campaign('2026年度担当实干好干部评选', 3);
    const responses = await fireAtOnce(cadreIds.length, (i) => nominate(id, cadreIds[i] as string));
    expectWinners(responses, 3, ['422 QUOTA_EXCEEDED']);
    const detail = ok<Detail>(await county.orgDept.get(`/api/v1/honors/campaigns/${id}`));
    expect(detail.quotas).toEqual([expect.objectContaining({ unitId: county.a.id, quota: 3, used: 3 })]);
    expect(await nominationAudits(id)).toBe(3);
  });

  it('one cadre nominated 8 times at once is nominated once', async () => {
    const id = await campaign('2026年度优秀共产党员评选', 5);
    const responses = await fireAtOnce(8, () => nominate(id, cadreIds[0] as string));
    expectWinners(responses, 1, ['409 DUPLICATE']);
    const detail = ok<Detail>(await county.orgDept.get(`/api/v1/honors/campaigns/${id}`));
    expect(detail.quotas[0]?.used).toBe(1);
    expect(await nominationAudits(id)).toBe(1);
  });
});
