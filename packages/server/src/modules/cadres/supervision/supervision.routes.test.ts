import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.tables';
import { systemContext } from '../../../platform/context';
import { buildCounty, signInNewUser } from '../../../test/county';
import { buildCadre } from '../../../test/factories';
import { expectError, fieldPaths, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';
import { roleGrants, seedRoles } from '../../org';
import { measures } from '../cadres.tables';

/*
 * Supervision records (谈心谈话、提醒、函询、诫勉; DOMAIN.md §2, §4). The test clock stands at 2026-03-02 in Beijing.
 */

type Record_ = { id: string; kind: string; measureId: string | null; open: boolean; version: number; revokedAt: string | null; occurredOn: string };
type Measure = { id: string; code: string; effectiveOn: string; documentNo: string; decidingBody: string; sourceType: string | null; revokedAt: string | null };
type Impact = { promotion: { eligible: boolean; eligibleFrom: string | null; reasons: Array<{ code: string }> } };

let t: TestApp;
let orgDept: Session;
let unitAdminA: Session;
let self: Session;
const w: Record<string, { id: string }> = {};

const url = (cadreId: string | undefined) => `/api/v1/cadres/${cadreId}/supervision`;
const talk = { kind: 'TALK', occurredOn: '2026-02-10', conductedBy: '县委组织部 王部长', topics: '工作压力与思想状况', followUp: '一个月后回访' };
const admonish = { kind: 'ADMONISH', occurredOn: '2026-01-15', conductedBy: '县纪委监委', topics: '落实整改不力', documentNo: '县纪诫〔2026〕3号' };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const { a, b, ...county } = await buildCounty(t);
  ({ orgDept, unitAdminA } = county);
  Object.assign(w, {
    a,
    b,
    cadreA: await buildCadre(db, { unitId: a.id, name: '甲一' }),
    cadreA2: await buildCadre(db, { unitId: a.id, name: '甲二' }),
    cadreB: await buildCadre(db, { unitId: b.id, name: '乙一' }),
  });
  self = await signInNewUser(t, { roles: ['cadre'], unitId: a.id, cadreId: w.cadreA?.id });
});
afterAll(() => t.close());

describe('recording', () => {
  it('a talk is a record only, audited, and lists on the cadre', async () => {
    const rec = ok<Record_>(await orgDept.post(url(w.cadreA?.id), talk));
    expect(rec).toMatchObject({ kind: 'TALK', measureId: null, open: false, version: 1, revokedAt: null });
    expect(ok<Record_[]>(await orgDept.get(url(w.cadreA?.id))).map((r) => r.id)).toContain(rec.id);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rec.id));
    expect(audit.map((a) => a.action)).toEqual(['supervision.create']);
  });

  it('诫勉 writes an ADMONISH measure with the same date and document number, and the impact panel shows its bar', async () => {
    expect((await ok<Impact>(await orgDept.get(`/api/v1/cadres/${w.cadreA2?.id}/impact`))).promotion.eligible).toBe(true);
    const rec = ok<Record_>(await orgDept.post(url(w.cadreA2?.id), admonish));
    expect(rec.measureId).toEqual(expect.any(String));
    const list = ok<Measure[]>(await orgDept.get(`/api/v1/cadres/${w.cadreA2?.id}/measures`));
    expect(list).toEqual([
      expect.objectContaining({
        id: rec.measureId,
        code: 'ADMONISH',
        effectiveOn: '2026-01-15',
        documentNo: '县纪诫〔2026〕3号',
        decidingBody: '县纪委监委',
        sourceType: 'supervision_record',
      }),
    ]);
    const impact = ok<Impact>(await orgDept.get(`/api/v1/cadres/${w.cadreA2?.id}/impact`));
    expect(impact.promotion).toMatchObject({ eligible: false, eligibleFrom: '2026-07-15' });
    expect(impact.promotion.reasons.map((r) => r.code)).toEqual(['ADMONISH']);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, rec.measureId as string));
    expect(audit.map((a) => a.action)).toEqual(['measure.record']);

    // Revoking the record revokes its measure in the same step; the bar is gone.
    const revoked = ok<Record_>(await orgDept.post(`/api/v1/supervision/${rec.id}/revoke`, { reason: '经复查诫勉依据不足', version: rec.version }));
    expect(revoked.revokedAt).toBe(t.clock.now().toISOString());
    const [measure] = await t.database.db
      .select()
      .from(measures)
      .where(eq(measures.id, rec.measureId as string));
    expect(measure?.revokedReason).toContain('经复查诫勉依据不足');
    expect(ok<Impact>(await orgDept.get(`/api/v1/cadres/${w.cadreA2?.id}/impact`)).promotion.eligible).toBe(true);
    const twice = expectError(await orgDept.post(`/api/v1/supervision/${rec.id}/revoke`, { reason: '再次撤销', version: 2 }), 409, 'STATE_CONFLICT');
    expect(twice.message).toContain('已撤销');
  });

  it('提醒 writes a REMINDER measure (no bar) and 函询 an INQUIRY measure', async () => {
    const reminder = ok<Record_>(
      await orgDept.post(url(w.cadreA?.id), { kind: 'REMINDER', occurredOn: '2026-02-01', conductedBy: '县委组织部', topics: '按时报告个人事项' }),
    );
    const inquiry = ok<Record_>(
      await orgDept.post(url(w.cadreA?.id), { kind: 'INQUIRY', occurredOn: '2026-02-03', conductedBy: '县纪委监委', question: '反映的兼职取酬问题' }),
    );
    const codes = ok<Measure[]>(await orgDept.get(`/api/v1/cadres/${w.cadreA?.id}/measures`)).map((m) => m.code);
    expect(codes.sort()).toEqual(['INQUIRY', 'REMINDER']);
    expect(reminder.measureId).not.toBeNull();
    expect(inquiry).toMatchObject({ open: true });
    expect(ok<Impact>(await orgDept.get(`/api/v1/cadres/${w.cadreA?.id}/impact`)).promotion.eligible).toBe(true);
  });

  it('names every field a kind needs and every field it does not use', async () => {
    const res = await orgDept.post(url(w.cadreA?.id), { kind: 'ADMONISH', occurredOn: '2026-01-15', conductedBy: '县纪委监委', question: '？' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['documentNo', 'question', 'topics']);
    const bad = await orgDept.post(url(w.cadreA?.id), { kind: 'LECTURE', occurredOn: '2026-13-01' });
    expect(fieldPaths(bad).sort()).toEqual(['kind', 'occurredOn']);
  });
});

describe('an inquiry', () => {
  it('is completed with the reply, its date and the conclusion; a stale save gets 409', async () => {
    const rec = ok<Record_>(
      await orgDept.post(url(w.cadreA?.id), { kind: 'INQUIRY', occurredOn: '2026-02-05', conductedBy: '县纪委监委', question: '反映的问题' }),
    );
    const partial = await orgDept.patch(`/api/v1/supervision/${rec.id}`, { reply: '已如实说明', version: rec.version });
    expectError(partial, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(partial).sort()).toEqual(['conclusion', 'repliedOn']);
    const early = await orgDept.patch(`/api/v1/supervision/${rec.id}`, { reply: '说明', repliedOn: '2026-02-01', conclusion: 'CLOSED', version: rec.version });
    expect(fieldPaths(early)).toEqual(['repliedOn']);

    const done = ok<Record_>(
      await orgDept.patch(`/api/v1/supervision/${rec.id}`, { reply: '已如实说明情况', repliedOn: '2026-02-20', conclusion: 'CLARIFIED', version: rec.version }),
    );
    expect(done).toMatchObject({ open: false, version: 2 });
    expectError(await orgDept.patch(`/api/v1/supervision/${rec.id}`, { followUp: '无', version: rec.version }), 409, 'VERSION_CONFLICT');
    // The measure's facts stay as recorded: a wrong date is corrected by revoking and recording anew.
    const moved = await orgDept.patch(`/api/v1/supervision/${rec.id}`, { occurredOn: '2026-02-06', version: done.version });
    expect(fieldPaths(moved)).toEqual(['occurredOn']);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rec.id)).orderBy(auditLog.seq);
    expect(audit.map((a) => a.action)).toEqual(['supervision.create', 'supervision.update']);
    expect(audit[1]?.changes).toMatchObject({ conclusion: { before: '', after: 'CLARIFIED' } });
  });
});

describe('data scope', () => {
  let recordB: Record_;
  beforeAll(async () => {
    recordB = ok<Record_>(await orgDept.post(url(w.cadreB?.id), talk));
  });

  it("a unit admin cannot read or write another unit's cadre's records, by cadre or by record id (404)", async () => {
    expectError(await unitAdminA.get(url(w.cadreB?.id)), 404, 'NOT_FOUND');
    expectError(await unitAdminA.post(url(w.cadreB?.id), talk), 404, 'NOT_FOUND');
    expectError(await unitAdminA.patch(`/api/v1/supervision/${recordB.id}`, { followUp: '改', version: 1 }), 404, 'NOT_FOUND');
    expectError(await unitAdminA.post(`/api/v1/supervision/${recordB.id}/revoke`, { reason: '越权撤销', version: 1 }), 404, 'NOT_FOUND');
    expect((await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, recordB.id))).map((a) => a.action)).toEqual(['supervision.create']);
  });

  it('a unit admin records talks for their own unit, but no measure-writing kind (403)', async () => {
    ok<Record_>(await unitAdminA.post(url(w.cadreA?.id), talk));
    const denied = expectError(await unitAdminA.post(url(w.cadreA?.id), admonish), 403, 'FORBIDDEN');
    expect(denied.message).toContain('处理处分措施');
  });

  it('a cadre reads their own records only, and writes none', async () => {
    expect(ok<Record_[]>(await self.get(url(w.cadreA?.id))).length).toBeGreaterThan(0);
    expectError(await self.get(url(w.cadreB?.id)), 404, 'NOT_FOUND');
    expectError(await self.post(url(w.cadreA?.id), talk), 403, 'FORBIDDEN');
  });
});

describe('an existing database', () => {
  it('gets the grants of a permission added by a newer release on start, with their default scopes', async () => {
    const db = t.database.db;
    await db.delete(roleGrants).where(like(roleGrants.permission, 'supervision.%'));
    await seedRoles(db, systemContext());
    const grants = await db.select().from(roleGrants).where(like(roleGrants.permission, 'supervision.%'));
    const scopes = Object.fromEntries(grants.map((g) => [`${g.roleCode}:${g.permission}`, g.scope]));
    expect(scopes).toMatchObject({ 'org_dept:supervision.write': 'all', 'unit_admin:supervision.read': 'unit', 'cadre:supervision.read': 'self' });
    // A permission the administrators have already granted is left as they set it.
    await db.update(roleGrants).set({ scope: 'unit_subtree' }).where(eq(roleGrants.permission, 'supervision.read'));
    await seedRoles(db, systemContext());
    const after = await db.select().from(roleGrants).where(eq(roleGrants.permission, 'supervision.read'));
    expect(new Set(after.map((g) => g.scope))).toEqual(new Set(['unit_subtree']));
  });
});
