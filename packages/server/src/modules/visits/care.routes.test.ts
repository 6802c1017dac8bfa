import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildCounty, type County } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type TestApp } from '../../test/test-app';
import { measures } from '../cadres';

/* 关心关爱 (DOMAIN.md §9): who may need care, a unit's request for it, and the care given. Clock: 2026-03-02. */

type Candidate = { cadreId: string; reasons: Array<{ code: string; on: string }>; lastCareOn: string | null };

let t: TestApp;
let county: County;
const w: Record<string, { id: string }> = {};

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  w.accountable = await buildCadre(db, { unitId: county.a.id, name: '甲问责' });
  w.longAgo = await buildCadre(db, { unitId: county.a.id, name: '甲旧问责' });
  w.flagged = await buildCadre(db, { unitId: county.a.id, name: '甲关爱' });
  w.other = await buildCadre(db, { unitId: county.b.id, name: '乙问责' });
  // Measures decided by an accountability matter, as the accountability module writes them.
  const byAccountability = (cadreId: string, effectiveOn: string) => ({
    cadreId,
    code: 'ORG_REASSIGN',
    effectiveOn,
    decidingBody: '县委',
    documentNo: '县委〔2026〕2号',
    sourceType: 'accountability_matter',
    sourceId: crypto.randomUUID(),
  });
  await db
    .insert(measures)
    .values([byAccountability(w.accountable.id, '2026-01-20'), byAccountability(w.longAgo.id, '2024-12-01'), byAccountability(w.other.id, '2026-02-01')]);
});
afterAll(() => t.close());

describe('care candidates', () => {
  it('are the cadres held accountable in the last 12 months and those their unit flagged, in scope', async () => {
    const flag = ok<{ id: string }>(await county.unitAdminA.post('/api/v1/visits/care-flags', { cadreId: w.flagged?.id, reason: '家人重病，工作压力大' }));
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, flag.id));
    expect(audit.map((a) => a.action)).toEqual(['care.flag']);

    const all = ok<{ items: Candidate[] }>(await county.orgDept.get('/api/v1/visits/care-candidates'));
    const codes = Object.fromEntries(all.items.map((c) => [c.cadreId, c.reasons.map((r) => r.code)]));
    expect(codes).toEqual({
      [w.accountable?.id as string]: ['HELD_ACCOUNTABLE'],
      [w.flagged?.id as string]: ['FLAGGED'],
      [w.other?.id as string]: ['HELD_ACCOUNTABLE'],
    });
    const mine = ok<{ items: Candidate[] }>(await county.unitAdminA.get('/api/v1/visits/care-candidates'));
    expect(mine.items.map((c) => c.cadreId).sort()).toEqual([w.accountable?.id, w.flagged?.id].sort());
  });

  it("a unit admin flags only their own unit's cadres (404 otherwise), and names a bad field", async () => {
    expectError(await county.unitAdminA.post('/api/v1/visits/care-flags', { cadreId: w.other?.id, reason: '家庭困难' }), 404, 'NOT_FOUND');
    const bad = await county.unitAdminA.post('/api/v1/visits/care-flags', { cadreId: 'x', reason: '' });
    expect(fieldPaths(bad).sort()).toEqual(['cadreId', 'reason']);
  });
});

describe('care records', () => {
  it('are recorded, audited, listed on the cadre, and show on the candidate', async () => {
    const s = county.orgDept;
    const rec = ok<{ id: string }>(
      await s.post('/api/v1/visits/care', { cadreId: w.accountable?.id, kind: 'TALK', on: '2026-02-25', by: '县委组织部 张某', notes: '谈心谈话' }),
    );
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rec.id));
    expect(audit.map((a) => a.action)).toEqual(['care.record']);
    expect(ok<Array<{ id: string }>>(await s.get(`/api/v1/cadres/${w.accountable?.id}/care`)).map((r) => r.id)).toEqual([rec.id]);
    const { items } = ok<{ items: Candidate[] }>(await s.get('/api/v1/visits/care-candidates'));
    expect(items.find((c) => c.cadreId === w.accountable?.id)?.lastCareOn).toBe('2026-02-25');
    // A unit's request is answered by the care given on or after it: the flagged cadre leaves the list.
    ok(await s.post('/api/v1/visits/care', { cadreId: w.flagged?.id, kind: 'VISIT', on: '2026-03-02', by: '县委组织部 张某' }));
    const after = ok<{ items: Candidate[] }>(await s.get('/api/v1/visits/care-candidates'));
    expect(after.items.map((c) => c.cadreId)).not.toContain(w.flagged?.id);
  });

  it('names every bad field, refuses a future date, and a unit admin may not record care (403)', async () => {
    const bad = await county.orgDept.post('/api/v1/visits/care', { cadreId: w.accountable?.id, kind: 'GIFT', on: '2026-02-30' });
    expect(fieldPaths(bad).sort()).toEqual(['by', 'kind', 'on']);
    const future = await county.orgDept.post('/api/v1/visits/care', { cadreId: w.accountable?.id, kind: 'VISIT', on: '2026-03-10', by: '张某' });
    expect(fieldPaths(future)).toEqual(['on']);
    expectError(await county.unitAdminA.post('/api/v1/visits/care', { cadreId: w.flagged?.id, kind: 'TALK', on: '2026-03-01', by: '张某' }), 403, 'FORBIDDEN');
  });
});
