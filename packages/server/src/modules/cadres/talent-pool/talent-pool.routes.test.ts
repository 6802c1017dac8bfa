import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.tables';
import { buildCounty, type County } from '../../../test/county';
import { buildCadre } from '../../../test/factories';
import { expectError, fieldPaths, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';
import { annualGrades } from '../annual-grades.tables';

/*
 * The young-cadre talent pool (DOMAIN.md §2; policy talentPool.maxAgeByLevel, SECTION 35). The test clock stands at
 * 2026-03-02 in Beijing; the last test moves it to the year's end.
 */

type Pool = { id: string; name: string; version: number; counts: Record<string, number> };
type Member = { id: string; cadreId: string; status: string; version: number; enteredOn: string | null; exitReason: string | null; exitNote: string };
type Page<T> = { items: T[]; total: number };
type Review = { year: number; asOf: string; items: Array<{ member: Member; reasons: Array<{ code: string; text: string }> }> };
type Board = { pools: Pool[]; byFieldAndLevel: Array<{ field: string; level: string; active: number; nominated: number }>; totals: Record<string, number> };

let t: TestApp;
let county: County;
let orgDept: Session;
let unitAdminA: Session;
let pool: Pool;
const w: Record<string, { id: string }> = {};
const field = { fieldTags: ['经济'] };

const candidatesOf = async (session: Session, poolId: string) =>
  ok<Page<{ cadreId: string; name: string; age: number }>>(await session.get(`/api/v1/talent-pools/${poolId}/candidates?pageSize=100`));
const nominate = (session: Session, poolId: string, cadreId: string | undefined) =>
  session.post(`/api/v1/talent-pools/${poolId}/members`, { cadreId, reason: '工作实绩突出，群众公认' });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  county = await buildCounty(t);
  const { a, b } = county;
  ({ orgDept, unitAdminA } = county);
  Object.assign(w, {
    young: await buildCadre(db, { unitId: a.id, name: '甲青年', birthDate: '1995-05-01', ...field }),
    edge: await buildCadre(db, { unitId: a.id, name: '甲将满', birthDate: '1990-12-01', ...field }),
    untagged: await buildCadre(db, { unitId: a.id, name: '甲无标签', birthDate: '1996-01-01' }),
    old: await buildCadre(db, { unitId: a.id, name: '甲超龄', birthDate: '1985-01-01', ...field }),
    barred: await buildCadre(db, { unitId: a.id, name: '甲诫勉', birthDate: '1994-01-01', ...field }),
    basic: await buildCadre(db, { unitId: a.id, name: '甲基本称职', birthDate: '1994-02-01', ...field }),
    division: await buildCadre(db, { unitId: a.id, name: '甲处级', birthDate: '1994-03-01', levelTag: '处级', ...field }),
    youngB: await buildCadre(db, { unitId: b.id, name: '乙青年', birthDate: '1995-06-01', ...field }),
  });
  await db.insert(annualGrades).values([
    { cadreId: w.basic?.id as string, year: 2025, grade: 'BASIC' },
    { cadreId: w.young?.id as string, year: 2025, grade: 'EXCELLENT' },
  ]);
  ok(
    await orgDept.post(`/api/v1/cadres/${w.barred?.id}/measures`, {
      code: 'ADMONISH',
      effectiveOn: '2026-01-10',
      decidingBody: '县纪委监委',
      documentNo: '县纪诫〔2026〕1号',
    }),
  );
});
afterAll(() => t.close());

describe('pools', () => {
  it('org_dept creates a pool by field and level; a second pool of the same name is a duplicate', async () => {
    pool = ok<Pool>(await orgDept.post('/api/v1/talent-pools', { name: '经济领域科级库', field: '经济', level: 'SECTION' }));
    expect(pool.counts).toEqual({ NOMINATED: 0, ACTIVE: 0, REJECTED: 0, EXITED: 0 });
    expectError(await orgDept.post('/api/v1/talent-pools', { name: '经济领域科级库', level: 'SECTION' }), 409, 'DUPLICATE');
    const bad = await orgDept.post('/api/v1/talent-pools', { name: '', level: 'COUNTY' });
    expect(fieldPaths(bad).sort()).toEqual(['level', 'name']);
    expectError(await unitAdminA.post('/api/v1/talent-pools', { name: '单位自建库', level: 'SECTION' }), 403, 'FORBIDDEN');
  });
});

describe('suggested candidates', () => {
  it('are the cadres in scope who pass the rule and carry the pool tags: no over-age, barred, BASIC-graded or other-level cadre', async () => {
    const names = (await candidatesOf(orgDept, pool.id)).items.map((c) => c.name);
    expect(names.sort()).toEqual(['乙青年', '甲将满', '甲青年'].sort());
    const own = await candidatesOf(unitAdminA, pool.id);
    expect(own.items.map((c) => c.name).sort()).toEqual(['甲将满', '甲青年'].sort());
    expect(own.total).toBe(2);
  });
});

describe('nominate → approve → exit', () => {
  let member: Member;

  it('a unit admin nominates their own cadre with a reason; another unit’s cadre is not found', async () => {
    expectError(await nominate(unitAdminA, pool.id, w.youngB?.id), 404, 'NOT_FOUND');
    const noReason = await unitAdminA.post(`/api/v1/talent-pools/${pool.id}/members`, { cadreId: w.young?.id });
    expect(fieldPaths(noReason)).toEqual(['reason']);
    member = ok<Member>(await nominate(unitAdminA, pool.id, w.young?.id));
    expect(member).toMatchObject({ status: 'NOMINATED', enteredOn: null });
    expect((await candidatesOf(orgDept, pool.id)).items.map((c) => c.name)).not.toContain('甲青年');
  });

  it('a second open entry for the same cadre in the pool is refused with 409 in Chinese', async () => {
    const dup = expectError(await nominate(orgDept, pool.id, w.young?.id), 409, 'DUPLICATE');
    expect(dup.message).toContain('不能重复推荐');
  });

  it('a cadre who fails the rule cannot be nominated, and the answer says why', async () => {
    const res = expectError(await nominate(orgDept, pool.id, w.old?.id), 409, 'STATE_CONFLICT');
    expect(res.message).toContain('超过该层次入库年龄上限');
    expectError(await nominate(orgDept, pool.id, w.barred?.id), 409, 'STATE_CONFLICT');
  });

  it('only org_dept approves; a stale approval gets 409', async () => {
    expectError(await unitAdminA.post(`/api/v1/talent-pool-members/${member.id}/approve`, { version: member.version }), 403, 'FORBIDDEN');
    const active = ok<Member>(await orgDept.post(`/api/v1/talent-pool-members/${member.id}/approve`, { version: member.version, note: '同意入库' }));
    expect(active).toMatchObject({ status: 'ACTIVE', enteredOn: '2026-03-02', version: 2 });
    expectError(await orgDept.post(`/api/v1/talent-pool-members/${member.id}/reject`, { version: 1, note: '不同意入库' }), 409, 'STATE_CONFLICT');
    member = active;
    const listed = ok<Page<Member>>(await unitAdminA.get(`/api/v1/talent-pools/${pool.id}/members?status=ACTIVE`));
    expect(listed.items.map((m) => m.id)).toEqual([member.id]);
  });

  it('exit by decision needs a reason; then the cadre may be nominated again', async () => {
    expect(fieldPaths(await orgDept.post(`/api/v1/talent-pool-members/${member.id}/exit`, { version: member.version }))).toEqual(['note']);
    const exited = ok<Member>(await orgDept.post(`/api/v1/talent-pool-members/${member.id}/exit`, { version: member.version, note: '调任其他岗位' }));
    expect(exited).toMatchObject({ status: 'EXITED', exitReason: 'DECISION', exitNote: '调任其他岗位' });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, member.id)).orderBy(auditLog.seq);
    expect(audit.map((a) => a.action)).toEqual(['talent_pool.nominate', 'talent_pool.approve', 'talent_pool.exit']);
    const again = ok<Member>(await nominate(orgDept, pool.id, w.young?.id));
    ok(await orgDept.post(`/api/v1/talent-pool-members/${again.id}/reject`, { version: again.version, note: '暂不入库' }));
  });

  it('the board counts members per pool, per field and level, and in total', async () => {
    const board = ok<Board>(await orgDept.get('/api/v1/talent-pools/board'));
    expect(board.pools.find((p) => p.id === pool.id)?.counts).toEqual({ NOMINATED: 0, ACTIVE: 0, REJECTED: 1, EXITED: 1 });
    expect(board.totals).toMatchObject({ pools: 1, exited: 1 });
    expect(board.byFieldAndLevel).toEqual([{ field: '经济', level: 'SECTION', active: 0, nominated: 0 }]);
  });
});

describe('yearly review', () => {
  it('lists active members the rule takes out, with reasons, and applies the exits', async () => {
    const enter = async (cadreId: string | undefined) => {
      const m = ok<Member>(await nominate(orgDept, pool.id, cadreId));
      return ok<Member>(await orgDept.post(`/api/v1/talent-pool-members/${m.id}/approve`, { version: m.version }));
    };
    const warned = await enter(w.youngB?.id);
    const edge = await enter(w.edge?.id);
    expect(ok<Review>(await orgDept.get(`/api/v1/talent-pools/${pool.id}/review?year=2026`)).items).toEqual([]);

    ok(
      await orgDept.post(`/api/v1/cadres/${w.youngB?.id}/measures`, {
        code: 'GOV_WARNING',
        effectiveOn: '2026-03-02',
        decidingBody: '县监委',
        documentNo: '县监〔2026〕5号',
      }),
    );
    // At the year's end the 1990-12-01 cadre has turned 36: over the 科级 line.
    t.clock.advance(300 * 24 * 3600 * 1000);
    // Sessions end after 12 hours: sign in again on the new day.
    orgDept = await t.login(county.users.orgDept.username);
    unitAdminA = await t.login(county.users.unitAdminA.username);
    const review = ok<Review>(await orgDept.get(`/api/v1/talent-pools/${pool.id}/review?year=2026`));
    expect(review.asOf).toBe('2026-12-27');
    const byMember = Object.fromEntries(review.items.map((i) => [i.member.id, i.reasons.map((r) => r.code)]));
    expect(byMember).toEqual({ [warned.id]: ['MEASURE'], [edge.id]: ['OVER_AGE'] });
    expectError(await unitAdminA.get(`/api/v1/talent-pools/${pool.id}/review?year=2026`), 403, 'FORBIDDEN');

    const applied = ok<{ exited: number; skipped: number }>(
      await orgDept.post(`/api/v1/talent-pools/${pool.id}/review/apply`, { year: 2026, memberIds: [warned.id, edge.id, crypto.randomUUID()] }),
    );
    expect(applied).toEqual({ exited: 2, skipped: 1 });
    const exited = ok<Page<Member>>(await orgDept.get(`/api/v1/talent-pools/${pool.id}/members?status=EXITED`)).items;
    expect(exited.find((m) => m.id === warned.id)).toMatchObject({ exitReason: 'MEASURE', exitNote: expect.stringContaining('2026年度复核按规则出库') });
    expect(exited.find((m) => m.id === edge.id)).toMatchObject({ exitReason: 'OVER_AGE' });
    expect(ok<Review>(await orgDept.get(`/api/v1/talent-pools/${pool.id}/review?year=2026`)).items).toEqual([]);
  });

  it('a pool with history cannot be deleted; an empty one can', async () => {
    expectError(await orgDept.delete(`/api/v1/talent-pools/${pool.id}?version=${pool.version}`), 409, 'STATE_CONFLICT');
    const empty = ok<Pool>(await orgDept.post('/api/v1/talent-pools', { name: '空库', level: 'BUREAU' }));
    expect((await orgDept.delete(`/api/v1/talent-pools/${empty.id}?version=${empty.version}`)).statusCode).toBe(204);
  });
});
