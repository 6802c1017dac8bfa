import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { measures } from './cadres.tables';

/*
 * The measures register and the impact panel (DOMAIN.md §4). The test clock stands at 2026-03-02 09:00 in Beijing, so
 * "today" is 2026-03-02 wherever the test runs.
 */

type Measure = { id: string; code: string; version: number; liftedOn: string | null; revokedAt: string | null; revokedReason: string | null };
type Impact = {
  asOf: string;
  promotion: { eligible: boolean; eligibleFrom: string | null; untilLifted: boolean; reasons: Array<{ code: string; rule: string; text: string }> };
  annualGrade: Record<string, { outcome: string; graded: boolean }>;
  measures: number;
};
type Alerts = {
  asOf: string;
  items: Array<{ cadreId: string; name: string; unitName: string; eligibleFrom: string; daysLeft: number; measure: { code: string } }>;
};

let t: TestApp;
let county: County;
let orgDept: Session;
const w: Record<string, { id: string; username?: string }> = {};
const decision = { decidingBody: '县纪委监委', documentNo: '县纪发〔2025〕12号' };

const record = (session: Session, cadreId: string | undefined, body: Record<string, unknown>) =>
  session.post(`/api/v1/cadres/${cadreId}/measures`, { ...decision, ...body });
const recorded = async (cadreId: string | undefined, body: Record<string, unknown>) => ok<Measure>(await record(orgDept, cadreId, body));
const impactOf = async (session: Session, cadreId: string | undefined, asOf?: string) =>
  ok<Impact>(await session.get(`/api/v1/cadres/${cadreId}/impact${asOf ? `?asOf=${asOf}` : ''}`));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  county = await buildCounty(t);
  const { a, b } = county;
  orgDept = county.orgDept;
  Object.assign(w, {
    a,
    b,
    warned: await buildCadre(db, { unitId: a.id, name: '甲警告' }),
    suspended: await buildCadre(db, { unitId: a.id, name: '甲停职' }),
    demerited: await buildCadre(db, { unitId: a.id, name: '甲大过' }),
    soon: await buildCadre(db, { unitId: a.id, name: '甲将满' }),
    later: await buildCadre(db, { unitId: a.id, name: '甲未满' }),
    soonB: await buildCadre(db, { unitId: b.id, name: '乙将满' }),
    cadreB: await buildCadre(db, { unitId: b.id, name: '乙一' }),
  });
  w.self = await buildUser(db, { roles: ['cadre'], unitId: a.id, cadreId: w.warned?.id });
});
afterAll(() => t.close());

describe('promotion bar', () => {
  it('a 政务警告 effective 2025-10-31 bars promotion until 2026-04-30 (clamped), citing 政务处分法第八条', async () => {
    const m = await recorded(w.warned?.id, { code: 'GOV_WARNING', effectiveOn: '2025-10-31' });
    expect(m).toMatchObject({ code: 'GOV_WARNING', version: 1, revokedAt: null, liftedOn: null });
    const impact = await impactOf(orgDept, w.warned?.id, '2026-03-01');
    expect(impact).toMatchObject({ asOf: '2026-03-01', measures: 1, promotion: { eligible: false, eligibleFrom: '2026-04-30' } });
    expect(impact.promotion.reasons).toEqual([expect.objectContaining({ code: 'GOV_WARNING', rule: '公职人员政务处分法第八条' })]);
    const list = ok<Measure[]>(await orgDept.get(`/api/v1/cadres/${w.warned?.id}/measures`));
    expect(list.map((x) => x.id)).toEqual([m.id]);
  });

  it('a longer measure moves eligibleFrom later; revoking it (with a reason, audited) moves it back', async () => {
    const demerit = await recorded(w.warned?.id, { code: 'GOV_DEMERIT', effectiveOn: '2025-12-01' });
    expect((await impactOf(orgDept, w.warned?.id, '2026-03-01')).promotion.eligibleFrom).toBe('2026-12-01');

    const missing = await orgDept.post(`/api/v1/measures/${demerit.id}/revoke`, { version: demerit.version });
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(missing)).toEqual(['reason']);
    expect(fieldPaths(await orgDept.post(`/api/v1/measures/${demerit.id}/revoke`, { reason: ' 错', version: 1 }))).toEqual(['reason']);

    const revoked = ok<Measure>(await orgDept.post(`/api/v1/measures/${demerit.id}/revoke`, { reason: '复查后予以纠正', version: demerit.version }));
    expect(revoked).toMatchObject({ version: 2, revokedReason: '复查后予以纠正', revokedByName: expect.any(String) });
    expect(revoked.revokedAt).toBe(t.clock.now().toISOString());
    const impact = await impactOf(orgDept, w.warned?.id, '2026-03-01');
    expect(impact).toMatchObject({ measures: 1, promotion: { eligible: false, eligibleFrom: '2026-04-30' } });
    // The register keeps the revoked measure on record.
    expect(ok<Measure[]>(await orgDept.get(`/api/v1/cadres/${w.warned?.id}/measures`))).toHaveLength(2);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, demerit.id), eq(auditLog.action, 'measure.revoke')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.changes).toMatchObject({
      revokedReason: { before: null, after: '复查后予以纠正' },
      revokedBy: { before: null, after: county.users.orgDept.id },
    });

    const twice = expectError(await orgDept.post(`/api/v1/measures/${demerit.id}/revoke`, { reason: '再次撤销', version: 2 }), 409, 'STATE_CONFLICT');
    expect(twice.message).toContain('已撤销');
  });

  it('a 停职检查 without liftedOn bars until lifted; lifting it sets eligibleFrom to the lift date', async () => {
    const m = await recorded(w.suspended?.id, { code: 'ORG_SUSPEND', effectiveOn: '2026-01-05' });
    expect((await impactOf(orgDept, w.suspended?.id)).promotion).toMatchObject({ eligible: false, eligibleFrom: null, untilLifted: true });

    expect(fieldPaths(await orgDept.post(`/api/v1/measures/${m.id}/lift`, { liftedOn: '2026-01-04', version: 1 }))).toEqual(['liftedOn']);
    const lifted = ok<Measure>(await orgDept.post(`/api/v1/measures/${m.id}/lift`, { liftedOn: '2026-02-20', version: 1 }));
    expect(lifted).toMatchObject({ liftedOn: '2026-02-20', version: 2 });
    expect((await impactOf(orgDept, w.suspended?.id, '2026-02-10')).promotion).toMatchObject({
      eligible: false,
      eligibleFrom: '2026-02-20',
      untilLifted: false,
    });
    expect((await impactOf(orgDept, w.suspended?.id)).promotion).toMatchObject({ eligible: true, eligibleFrom: '2026-02-20' });

    // Someone else saved first: the version read is stale.
    expectError(await orgDept.post(`/api/v1/measures/${m.id}/lift`, { liftedOn: '2026-02-21', version: 1 }), 409, 'VERSION_CONFLICT');
    expect((await t.database.db.select().from(measures).where(eq(measures.id, m.id)))[0]).toMatchObject({ liftedOn: '2026-02-20', version: 2 });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, m.id)).orderBy(auditLog.seq);
    expect(audit.map((row) => row.action)).toEqual(['measure.record', 'measure.lift']);
  });

  it('only a 停职检查 can be lifted (400 naming liftedOn)', async () => {
    const m = await recorded(w.cadreB?.id, { code: 'REMINDER', effectiveOn: '2026-01-05' });
    const res = await orgDept.post(`/api/v1/measures/${m.id}/lift`, { liftedOn: '2026-02-01', version: 1 });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['liftedOn']);
  });
});

describe('annual-grade effects', () => {
  it('a 记大过 in 2026 leaves 2026 and 2027 ungraded', async () => {
    await recorded(w.demerited?.id, { code: 'GOV_MAJOR_DEMERIT', effectiveOn: '2026-01-15' });
    const impact = await impactOf(orgDept, w.demerited?.id);
    expect(impact.asOf).toBe('2026-03-02');
    expect(Object.keys(impact.annualGrade).sort()).toEqual(['2026', '2027']);
    expect(impact.annualGrade['2026']).toMatchObject({ outcome: 'UNGRADED', graded: false });
    expect(impact.annualGrade['2027']).toMatchObject({ outcome: 'UNGRADED', graded: false });
    expect((await impactOf(orgDept, w.demerited?.id, '2027-06-01')).annualGrade['2028']).toMatchObject({ outcome: 'NONE', graded: true });
  });
});

describe('recording checks', () => {
  it('留党察看 without months is refused naming months, together with every other bad field', async () => {
    const res = await record(orgDept, w.cadreB?.id, { code: 'PARTY_PROBATION', effectiveOn: '2026-01-05' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['months']);
    const all = await orgDept.post(`/api/v1/cadres/${w.cadreB?.id}/measures`, { code: 'PARTY_PROBATION', effectiveOn: '2026-01-05', sourceType: 'complaint' });
    expect(fieldPaths(all).sort()).toEqual(['decidingBody', 'documentNo', 'months', 'sourceId']);
  });

  it('names a date that belongs to another measure, a lift before the effective date and a bad code', async () => {
    expect(fieldPaths(await record(orgDept, w.cadreB?.id, { code: 'GOV_WARNING', effectiveOn: '2026-01-05', liftedOn: '2026-02-01' }))).toEqual(['liftedOn']);
    expect(fieldPaths(await record(orgDept, w.cadreB?.id, { code: 'ORG_SUSPEND', effectiveOn: '2026-01-05', liftedOn: '2026-01-01' }))).toEqual(['liftedOn']);
    expect(fieldPaths(await record(orgDept, w.cadreB?.id, { code: 'GOV_WARNING', effectiveOn: '2026-01-05', months: 12 }))).toEqual(['months']);
    expect(fieldPaths(await record(orgDept, w.cadreB?.id, { code: 'NOPE', effectiveOn: '2026-02-30' })).sort()).toEqual(['code', 'effectiveOn']);
    for (const body of ['null', '[]', '"x"']) {
      const res = await orgDept.request('POST', `/api/v1/cadres/${w.cadreB?.id}/measures`, body, { 'content-type': 'application/json' });
      expectError(res, 400, 'VALIDATION_FAILED');
    }
  });
});

describe('alerts', () => {
  it('lists a cadre whose bar ends in 20 days and not one ending in 40, within the actor’s scope', async () => {
    await recorded(w.soon?.id, { code: 'GOV_WARNING', effectiveOn: '2025-09-22' });
    await recorded(w.later?.id, { code: 'GOV_WARNING', effectiveOn: '2025-10-11' });
    await recorded(w.soonB?.id, { code: 'PARTY_WARNING', effectiveOn: '2025-03-12' });
    const alerts = ok<Alerts>(await orgDept.get('/api/v1/measures/alerts'));
    expect(alerts.asOf).toBe('2026-03-02');
    expect(alerts.items.map((i) => [i.name, i.eligibleFrom, i.daysLeft, i.measure.code])).toEqual([
      ['乙将满', '2026-03-12', 10, 'PARTY_WARNING'],
      ['甲将满', '2026-03-22', 20, 'GOV_WARNING'],
    ]);
    expect(ok<Alerts>(await orgDept.get('/api/v1/measures/alerts?withinDays=45')).items.map((i) => i.name)).toContain('甲未满');
    expect(fieldPaths(await orgDept.get('/api/v1/measures/alerts?withinDays=0'))).toEqual(['querystring.withinDays']);

    const unitAdmin = await t.login(county.users.unitAdminA.username);
    expect(ok<Alerts>(await unitAdmin.get('/api/v1/measures/alerts')).items.map((i) => i.name)).toEqual(['甲将满']);
  });

  it('does not list a cadre whose short bar ends soon while a longer one runs on', async () => {
    const both = await buildCadre(t.database.db, { unitId: w.a?.id, name: '甲两项' });
    await recorded(both.id, { code: 'GOV_WARNING', effectiveOn: '2025-09-22' });
    const longer = await recorded(both.id, { code: 'GOV_DEMERIT', effectiveOn: '2025-09-22' });
    expect(ok<Alerts>(await orgDept.get('/api/v1/measures/alerts')).items.map((i) => i.name)).not.toContain('甲两项');
    ok(await orgDept.post(`/api/v1/measures/${longer.id}/revoke`, { reason: '依法撤销', version: 1 }));
    expect(ok<Alerts>(await orgDept.get('/api/v1/measures/alerts')).items.map((i) => i.name)).toContain('甲两项');
  });
});

describe('data scope', () => {
  it('a unit administrator of unit A reads unit A’s measures, gets 404 for unit B and 403 on every write', async () => {
    const unitAdmin = await t.login(county.users.unitAdminA.username);
    ok(await unitAdmin.get(`/api/v1/cadres/${w.warned?.id}/measures`));
    ok(await unitAdmin.get(`/api/v1/cadres/${w.warned?.id}/impact`));
    expectError(await unitAdmin.get(`/api/v1/cadres/${w.cadreB?.id}/measures`), 404, 'NOT_FOUND');
    expectError(await unitAdmin.get(`/api/v1/cadres/${w.cadreB?.id}/impact`), 404, 'NOT_FOUND');
    expectError(await record(unitAdmin, w.warned?.id, { code: 'REMINDER', effectiveOn: '2026-01-05' }), 403, 'FORBIDDEN');
    const [m] = ok<Measure[]>(await orgDept.get(`/api/v1/cadres/${w.warned?.id}/measures`));
    expectError(await unitAdmin.post(`/api/v1/measures/${m?.id}/revoke`, { reason: '越权撤销', version: m?.version }), 403, 'FORBIDDEN');
  });

  it('once granted measure.write at unit scope, gets 404 recording, lifting or revoking for unit B, and nothing changes', async () => {
    const sysAdmin = await signInSysAdmin(t);
    const roles = ok<Array<{ code: string; grants: Array<{ permission: string; scope: string }> }>>(await sysAdmin.get('/api/v1/roles'));
    const grants = roles.find((r) => r.code === 'unit_admin')?.grants ?? [];
    ok(await sysAdmin.put('/api/v1/roles/unit_admin/grants', { grants: [...grants, { permission: 'measure.write', scope: 'unit' }] }));
    const unitAdmin = await t.login(county.users.unitAdminA.username);

    const [m] = ok<Measure[]>(await orgDept.get(`/api/v1/cadres/${w.cadreB?.id}/measures`));
    const before = await t.database.db
      .select()
      .from(measures)
      .where(eq(measures.cadreId, String(w.cadreB?.id)));
    expectError(await record(unitAdmin, w.cadreB?.id, { code: 'REMINDER', effectiveOn: '2026-01-05' }), 404, 'NOT_FOUND');
    expectError(await unitAdmin.post(`/api/v1/measures/${m?.id}/revoke`, { reason: '越权撤销', version: m?.version }), 404, 'NOT_FOUND');
    expectError(await unitAdmin.post(`/api/v1/measures/${m?.id}/lift`, { liftedOn: '2026-02-01', version: m?.version }), 404, 'NOT_FOUND');
    expect(
      await t.database.db
        .select()
        .from(measures)
        .where(eq(measures.cadreId, String(w.cadreB?.id))),
    ).toEqual(before);
    // Control: the same writes on a cadre of unit A work, so the 404s above are the scope.
    const own = ok<Measure>(await record(unitAdmin, w.later?.id, { code: 'REMINDER', effectiveOn: '2026-01-05' }));
    ok(await unitAdmin.post(`/api/v1/measures/${own.id}/revoke`, { reason: '登记有误', version: own.version }));
  });

  it('a cadre sees their own measures and impact (self scope) and 404 for a colleague', async () => {
    const me = await t.login(String(w.self?.username));
    expect(ok<Measure[]>(await me.get(`/api/v1/cadres/${w.warned?.id}/measures`)).length).toBeGreaterThan(0);
    expect((await impactOf(me, w.warned?.id, '2026-03-01')).promotion.eligibleFrom).toBe('2026-04-30');
    expectError(await me.get(`/api/v1/cadres/${w.soon?.id}/measures`), 404, 'NOT_FOUND');
    expectError(await me.get(`/api/v1/cadres/${w.soon?.id}/impact`), 404, 'NOT_FOUND');
    expect(ok<Alerts>(await me.get('/api/v1/measures/alerts')).items).toEqual([]);
  });
});
