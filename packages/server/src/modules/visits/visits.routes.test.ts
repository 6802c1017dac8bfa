import type { DashboardView, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildCounty, type County } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * 回访教育 (DOMAIN.md §9) end to end: a measure recorded in the register plans its visits, a visit is recorded, and a
 * good visit's recommendation for use counts once the bar ends. The test clock starts at 2026-03-02 in Beijing.
 */

type Item = { seq: number; dueBy: string; status: string; visitId: string | null };
type Plan = { measureId: string; cadreId: string; assignedTo: string; barEnd: string; state: string; items: Item[] };
type Visit = { id: string; version: number; result: string; recommendation: string };
type Recommendation = { visitId: string; effectiveFrom: string; state: string; text: string };
type Screened = { cadreId: string; name: string; recommendations: Recommendation[] };

const DAY = 24 * 3600 * 1000;
let t: TestApp;
let county: County;
let orgDept: Session;
const w: Record<string, { id: string }> = {};

const visit = (cadreId: string, measureId: string, extra: Record<string, unknown> = {}) => ({
  cadreId,
  measureId,
  visitedOn: '2026-02-20',
  visitors: ['县纪委 王某', '县纪委 李某'],
  interviewed: ['UNIT_HEAD', 'SELF', 'COLLEAGUES'],
  findings: '能正确对待处分，工作积极主动',
  result: 'GOOD',
  ...extra,
});

async function recordMeasure(cadreId: string, body: Record<string, unknown>) {
  return ok<{ id: string }>(await orgDept.post(`/api/v1/cadres/${cadreId}/measures`, { decidingBody: '县纪委监委', documentNo: '县纪〔2026〕1号', ...body }));
}

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  orgDept = county.orgDept;
  const db = t.database.db;
  w.cadreA = await buildCadre(db, { unitId: county.a.id, name: '甲回访' });
  w.cadreB = await buildCadre(db, { unitId: county.b.id, name: '乙回访' });
  w.admonish = await recordMeasure(w.cadreA.id, { code: 'ADMONISH', effectiveOn: '2026-01-15' });
  w.demerit = await recordMeasure(w.cadreB.id, { code: 'GOV_DEMERIT', effectiveOn: '2026-01-05' });
});
afterAll(() => t.close());

describe('a measure in the register plans its visits', () => {
  it('with a first visit within 3 months and another before the bar ends, assigned to the deciding body', async () => {
    const { items } = ok<{ items: Plan[] }>(await orgDept.get('/api/v1/visits/plans?state=all'));
    const plan = items.find((p) => p.measureId === w.admonish?.id);
    expect(plan).toMatchObject({ cadreId: w.cadreA?.id, assignedTo: '县纪委监委', barEnd: '2026-07-15', state: 'due' });
    expect(plan?.items.map((i) => [i.dueBy, i.status])).toEqual([
      ['2026-04-15', 'due'],
      ['2026-07-14', 'due'],
    ]);
    // No plan for a measure without a bar.
    const reminder = await recordMeasure(w.cadreA?.id as string, { code: 'REMINDER', effectiveOn: '2026-02-01' });
    const again = ok<{ items: Plan[] }>(await orgDept.get('/api/v1/visits/plans?state=all'));
    expect(again.items.map((p) => p.measureId)).not.toContain(reminder.id);
  });

  it("filters by the cadre's unit", async () => {
    const { items } = ok<{ items: Plan[] }>(await orgDept.get(`/api/v1/visits/plans?state=all&unitId=${county.b.id}`));
    expect(items.map((p) => p.cadreId)).toEqual([w.cadreB?.id]);
  });

  it('a revoked measure plans nothing, and no visit can be recorded against it', async () => {
    const wrong = await recordMeasure(w.cadreA?.id as string, { code: 'GOV_WARNING', effectiveOn: '2026-02-02' });
    ok(await orgDept.post(`/api/v1/measures/${wrong.id}/revoke`, { reason: '登记错误，予以撤销', version: 1 }));
    const { items } = ok<{ items: Plan[] }>(await orgDept.get('/api/v1/visits/plans?state=all'));
    expect(items.map((p) => p.measureId)).not.toContain(wrong.id);
    const res = await orgDept.post('/api/v1/visits', visit(w.cadreA?.id as string, wrong.id));
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['measureId']);
  });

  it('a bad state filter is a 400 naming it', async () => {
    const res = await orgDept.get('/api/v1/visits/plans?state=late');
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['querystring.state']);
  });
});

describe('recording a visit', () => {
  it('names every missing field, and a recommendation needs a good result', async () => {
    const empty = await orgDept.post('/api/v1/visits', {});
    expectError(empty, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(empty).sort()).toEqual(['cadreId', 'findings', 'interviewed', 'measureId', 'result', 'visitedOn', 'visitors']);
    const fair = await orgDept.post('/api/v1/visits', visit(w.cadreA?.id as string, w.admonish?.id as string, { result: 'FAIR', recommendation: '建议使用' }));
    expect(fieldPaths(fair)).toEqual(['recommendation']);
    const partial = await orgDept.post('/api/v1/visits', visit(w.cadreA?.id as string, w.admonish?.id as string, { interviewed: ['SELF'] }));
    expect(fieldPaths(partial)).toEqual(['interviewed']);
  });

  it('needs at least two visitors and a date inside the window, naming each field', async () => {
    const res = await orgDept.post('/api/v1/visits', visit(w.cadreA?.id as string, w.admonish?.id as string, { visitors: ['王某'], visitedOn: '2026-01-10' }));
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['visitedOn', 'visitors']);
    // Another cadre's measure is not this cadre's.
    expect(fieldPaths(await orgDept.post('/api/v1/visits', visit(w.cadreA?.id as string, w.demerit?.id as string)))).toEqual(['measureId']);
  });

  it('fills the plan, is audited, and its recommendation is pending until the bar ends', async () => {
    const rec = ok<Visit>(await orgDept.post('/api/v1/visits', visit(w.cadreA?.id as string, w.admonish?.id as string, { recommendation: '建议提拔使用' })));
    w.visitA = rec;
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rec.id));
    expect(audit.map((a) => a.action)).toEqual(['visit.record']);

    const mine = ok<{ plans: Plan[]; visits: Visit[] }>(await orgDept.get(`/api/v1/cadres/${w.cadreA?.id}/visit-plan`));
    expect(mine.plans[0]?.items.map((i) => i.status)).toEqual(['done', 'due']);
    expect(mine.visits.map((v) => v.id)).toEqual([rec.id]);

    const recs = ok<{ items: Recommendation[] }>(await orgDept.get(`/api/v1/cadres/${w.cadreA?.id}/recommendations`));
    expect(recs.items).toEqual([expect.objectContaining({ visitId: rec.id, effectiveFrom: '2026-07-15', state: 'pending', text: '建议提拔使用' })]);
    // Promotion screening lists effective recommendations only: none yet.
    expect(ok<{ items: Screened[] }>(await orgDept.get('/api/v1/visits/recommendations')).items).toEqual([]);
    const pending = ok<{ items: Screened[] }>(await orgDept.get('/api/v1/visits/recommendations?state=pending'));
    expect(pending.items.map((c) => c.cadreId)).toEqual([w.cadreA?.id]);
  });

  it('a recommendation waits for the longest bar of the cadre, not only the visited measure’s (DOMAIN.md §4)', async () => {
    w.cadreC = await buildCadre(t.database.db, { unitId: county.b.id, name: '丙回访' });
    const admonish = await recordMeasure(w.cadreC.id, { code: 'ADMONISH', effectiveOn: '2026-01-15' });
    await recordMeasure(w.cadreC.id, { code: 'PARTY_WARNING', effectiveOn: '2026-01-15' });
    ok(await orgDept.post('/api/v1/visits', visit(w.cadreC.id, admonish.id, { recommendation: '建议使用' })));
    const recs = ok<{ items: Recommendation[] }>(await orgDept.get(`/api/v1/cadres/${w.cadreC.id}/recommendations`));
    expect(recs.items.map((r) => [r.effectiveFrom, r.state])).toEqual([['2027-01-15', 'pending']]);
  });

  it('a stale edit gets 409', async () => {
    const rec = w.visitA as Visit;
    const edited = ok<Visit>(await orgDept.patch(`/api/v1/visits/${rec.id}`, { findings: '表现良好，主动担当', version: rec.version }));
    expect(edited.version).toBe(2);
    expectError(await orgDept.patch(`/api/v1/visits/${rec.id}`, { findings: '再改', version: rec.version }), 409, 'VERSION_CONFLICT');
    const bad = await orgDept.patch(`/api/v1/visits/${rec.id}`, { result: 'POOR', version: edited.version });
    expect(fieldPaths(bad)).toEqual(['recommendation']);
  });

  it('at most two visits of a person in a calendar year', async () => {
    const b = w.cadreB?.id as string;
    const m = w.demerit?.id as string;
    ok(await orgDept.post('/api/v1/visits', visit(b, m, { visitedOn: '2026-01-20' })));
    ok(await orgDept.post('/api/v1/visits', visit(b, m, { visitedOn: '2026-02-10' })));
    const third = await orgDept.post('/api/v1/visits', visit(b, m, { visitedOn: '2026-03-01' }));
    expectError(third, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(third)).toEqual(['visitedOn']);
    expect(third.json().message).toContain('每年回访不超过 2 次');
  });

  it('two visits recorded at the same moment cannot both pass the yearly limit', async () => {
    const c = await buildCadre(t.database.db, { unitId: county.b.id, name: '乙并发' });
    const m = await recordMeasure(c.id, { code: 'GOV_DEMERIT', effectiveOn: '2026-01-05' });
    ok(await orgDept.post('/api/v1/visits', visit(c.id, m.id, { visitedOn: '2026-01-20' })));
    const both = await Promise.all([
      orgDept.post('/api/v1/visits', visit(c.id, m.id, { visitedOn: '2026-02-10' })),
      orgDept.post('/api/v1/visits', visit(c.id, m.id, { visitedOn: '2026-02-11' })),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });
});

describe('data scope', () => {
  it("another unit's admin gets 404 for the cadre's plan, recommendations and a care flag; the list shows their unit only", async () => {
    const admin = county.unitAdminA;
    expectError(await admin.get(`/api/v1/cadres/${w.cadreB?.id}/visit-plan`), 404, 'NOT_FOUND');
    expectError(await admin.get(`/api/v1/cadres/${w.cadreB?.id}/recommendations`), 404, 'NOT_FOUND');
    expectError(await admin.post('/api/v1/visits/care-flags', { cadreId: w.cadreB?.id, reason: '家庭困难' }), 404, 'NOT_FOUND');
    const { items } = ok<{ items: Plan[] }>(await admin.get('/api/v1/visits/plans?state=all'));
    expect(new Set(items.map((p) => p.cadreId))).toEqual(new Set([w.cadreA?.id]));
    // Recording visits is the deciding bodies' work, not the unit's.
    expectError(await admin.post('/api/v1/visits', visit(w.cadreA?.id as string, w.admonish?.id as string)), 403, 'FORBIDDEN');
  });
});

describe('after the bar ends', () => {
  it('the recommendation counts, and the missed second visit is overdue', async () => {
    t.clock.advance(136 * DAY); // 2026-07-16
    const session = await t.login(county.users.orgDept.username);
    const recs = ok<{ items: Recommendation[] }>(await session.get(`/api/v1/cadres/${w.cadreA?.id}/recommendations`));
    expect(recs.items.map((r) => [r.effectiveFrom, r.state])).toEqual([['2026-07-15', 'effective']]);
    const screening = ok<{ items: Screened[] }>(await session.get('/api/v1/visits/recommendations'));
    expect(screening.items.map((c) => [c.name, c.recommendations.map((r) => r.effectiveFrom)])).toEqual([['甲回访', ['2026-07-15']]]);
    // 丙's 诫勉 bar has ended as well, but the 党内警告 still bars them: their recommendation is still waiting.
    const stillBarred = ok<{ items: Recommendation[] }>(await session.get(`/api/v1/cadres/${w.cadreC?.id}/recommendations`));
    expect(stillBarred.items.map((r) => [r.effectiveFrom, r.state])).toEqual([['2027-01-15', 'pending']]);
    const { items } = ok<{ items: Plan[] }>(await session.get('/api/v1/visits/plans?state=overdue'));
    const plan = items.find((p) => p.measureId === w.admonish?.id);
    expect(plan?.items.map((i) => i.status)).toEqual(['done', 'overdue']);
  });

  it('counts the overdue plans on 动态监测, per unit, each in its drill-down and the alert list', async () => {
    const session = await t.login(county.users.orgDept.username);
    const overdue = ok<{ items: Plan[] }>(await session.get('/api/v1/visits/plans?state=overdue')).items;
    const dashboard = ok<DashboardView>(await session.get('/api/v1/dashboard'));
    expect(dashboard.kpis.find((k) => k.code === 'VISITS_OVERDUE')).toMatchObject({ value: overdue.length, tone: 'danger' });
    const drill = ok<DrillView>(await session.get('/api/v1/dashboard/drill/VISITS_OVERDUE'));
    expect(drill.rows.map((r) => r.id).sort()).toEqual(overdue.map((p) => p.measureId).sort());
    const inA = ok<DrillView>(await session.get(`/api/v1/dashboard/drill/VISITS_OVERDUE?unitId=${county.a.id}`));
    expect(inA.rows.map((r) => r.cadreName)).toEqual(expect.arrayContaining(['甲回访']));
    expect(inA.rows.every((r) => r.unitId === county.a.id)).toBe(true);
    expect(dashboard.alerts.some((a) => a.kpi === 'VISITS_OVERDUE' && a.row.cadreName === '甲回访')).toBe(true);
  });
});
