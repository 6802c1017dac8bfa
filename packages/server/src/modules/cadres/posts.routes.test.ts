import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildCounty, signInNewUser } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { cadrePosts } from './cadres.tables';

/*
 * 任职经历: a cadre's posts, the current one open-ended. The unit is optional and its name is kept as it was, dates
 * run forwards, a cadre has at most one open post, and every read and write goes through the cadre's scope.
 */

type Post = { id: string; cadreId: string; unitId: string | null; unitName: string; post: string; startedOn: string; endedOn: string | null; version: number };

let t: TestApp;
let orgDept: Session;
let unitAdmin: Session;
const w: Record<string, { id: string; version?: number }> = {};

const postsOf = async (session: Session, cadreId: string | undefined) => ok<Post[]>(await session.get(`/api/v1/cadres/${cadreId}/posts`));
const add = (session: Session, cadreId: string | undefined, body: Record<string, unknown>) => session.post(`/api/v1/cadres/${cadreId}/posts`, body);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const { a, b, ...county } = await buildCounty(t);
  ({ orgDept, unitAdminA: unitAdmin } = county);
  Object.assign(w, {
    a,
    b,
    cadreA: await buildCadre(db, { unitId: a.id, name: '甲一' }),
    cadreA2: await buildCadre(db, { unitId: a.id, name: '甲二' }),
    cadreB: await buildCadre(db, { unitId: b.id, name: '乙一' }),
    cadreA3: await buildCadre(db, { unitId: a.id, name: '甲三' }),
  });
});
afterAll(() => t.close());

describe('posts history', () => {
  it('keeps the unit name a post was held under, even after the unit is renamed', async () => {
    expect(await postsOf(unitAdmin, w.cadreA?.id)).toEqual([]);
    const post = ok<Post>(
      await add(unitAdmin, w.cadreA?.id, { unitId: w.a?.id, post: '科员', rank: 'clerk_2', startedOn: '2010-07-01', endedOn: '2015-06-30' }),
    );
    expect(post).toMatchObject({ cadreId: w.cadreA?.id, unitId: w.a?.id, unitName: '甲局', endedOn: '2015-06-30', version: 1 });
    const sysAdmin = await signInSysAdmin(t);
    const unit = ok<{ version: number }>(await sysAdmin.get(`/api/v1/units/${w.a?.id}`));
    ok(await sysAdmin.patch(`/api/v1/units/${w.a?.id}`, { name: '甲局（新）', version: unit.version }));
    expect((await postsOf(unitAdmin, w.cadreA?.id))[0]?.unitName).toBe('甲局');
  });

  it('takes a post without a unit when its name is typed, and names the field when neither is given', async () => {
    ok(await add(unitAdmin, w.cadreA?.id, { unitName: '外县某镇', post: '副镇长', startedOn: '2015-07-01', endedOn: '2019-12-31' }));
    const neither = await add(unitAdmin, w.cadreA?.id, { post: '副镇长', startedOn: '2015-07-01' });
    expectError(neither, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(neither)).toEqual(['unitName']);
  });

  it('refuses an end before the start, an unknown unit and an unknown rank code, naming each field', async () => {
    const res = await add(unitAdmin, w.cadreA?.id, { unitId: crypto.randomUUID(), post: '科长', rank: 'nope', startedOn: '2020-01-02', endedOn: '2020-01-01' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['endedOn', 'rank', 'unitId']);
    const bad = await add(unitAdmin, w.cadreA?.id, { unitName: '甲局', post: '科长', startedOn: '2020-02-30' });
    expect(fieldPaths(bad)).toEqual(['startedOn']);
    // The factory's cadres were born 1985-06-01: no post before 2001-06-01 (劳动法 第十五条, sixteen).
    const child = await add(unitAdmin, w.cadreA?.id, { unitName: '甲局', post: '科员', startedOn: '2001-05-31', endedOn: '2002-01-01' });
    expect(fieldPaths(child)).toEqual(['startedOn']);
  });

  it('allows at most one open post: a second is a 409 naming endedOn until the first is closed', async () => {
    const current = ok<Post>(await add(unitAdmin, w.cadreA?.id, { unitId: w.a?.id, post: '科长', startedOn: '2020-01-01' }));
    const second = await add(unitAdmin, w.cadreA?.id, { unitId: w.a?.id, post: '副局长', startedOn: '2024-01-01' });
    expectError(second, 409, 'STATE_CONFLICT');
    expect(fieldPaths(second)).toEqual(['endedOn']);
    const closed = ok<Post>(await unitAdmin.patch(`/api/v1/posts/${current.id}`, { endedOn: '2023-12-31', version: 1 }));
    expect(closed).toMatchObject({ endedOn: '2023-12-31', version: 2, unitName: '甲局（新）' });
    const next = ok<Post>(await add(unitAdmin, w.cadreA?.id, { unitId: w.a?.id, post: '副局长', startedOn: '2024-01-01' }));
    // Reopening the closed one would make two current posts again.
    expectError(await unitAdmin.patch(`/api/v1/posts/${current.id}`, { endedOn: null, version: 2 }), 409, 'STATE_CONFLICT');
    const list = await postsOf(unitAdmin, w.cadreA?.id);
    expect(list[0]?.id).toBe(next.id);
    expect(list.map((p) => p.startedOn)).toEqual(['2024-01-01', '2020-01-01', '2015-07-01', '2010-07-01']);
  });

  it('checks start and end together when only one of them changes, and refuses a stale version with 409', async () => {
    const post = ok<Post>(await add(unitAdmin, w.cadreA2?.id, { unitName: '甲局', post: '科员', startedOn: '2012-01-01', endedOn: '2014-01-01' }));
    const res = await unitAdmin.patch(`/api/v1/posts/${post.id}`, { startedOn: '2014-01-02', version: 1 });
    expect(fieldPaths(res)).toEqual(['endedOn']);
    ok(await unitAdmin.patch(`/api/v1/posts/${post.id}`, { post: '副科长', version: 1 }));
    expectError(await unitAdmin.patch(`/api/v1/posts/${post.id}`, { post: '科长', version: 1 }), 409, 'VERSION_CONFLICT');
    expectError(await unitAdmin.delete(`/api/v1/posts/${post.id}?version=1`), 409, 'VERSION_CONFLICT');
  });

  it('picks up the new unit name when the unit changes, and audits create, update and delete', async () => {
    const post = ok<Post>(await add(orgDept, w.cadreA2?.id, { unitId: w.a?.id, post: '科员', startedOn: '2016-01-01', endedOn: '2017-01-01' }));
    const moved = ok<Post>(await orgDept.patch(`/api/v1/posts/${post.id}`, { unitId: w.b?.id, version: 1 }));
    expect(moved).toMatchObject({ unitId: w.b?.id, unitName: '乙局' });
    const res = await orgDept.delete(`/api/v1/posts/${post.id}?version=2`);
    expect(res.statusCode).toBe(204);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, post.id)).orderBy(auditLog.seq)).map((r) => r.action);
    expect(actions).toEqual(['cadre_post.create', 'cadre_post.update', 'cadre_post.delete']);
  });

  it('answers 404 for the posts of a cadre outside the scope, on every route, and changes nothing', async () => {
    const postB = ok<Post>(await add(orgDept, w.cadreB?.id, { unitId: w.b?.id, post: '科员', startedOn: '2018-01-01' }));
    expectError(await unitAdmin.get(`/api/v1/cadres/${w.cadreB?.id}/posts`), 404, 'NOT_FOUND');
    expectError(await add(unitAdmin, w.cadreB?.id, { unitName: '乙局', post: '科员', startedOn: '2010-01-01', endedOn: '2011-01-01' }), 404, 'NOT_FOUND');
    expectError(await unitAdmin.patch(`/api/v1/posts/${postB.id}`, { post: '被篡改', version: 1 }), 404, 'NOT_FOUND');
    expectError(await unitAdmin.delete(`/api/v1/posts/${postB.id}`), 404, 'NOT_FOUND');
    const rows = await t.database.db
      .select()
      .from(cadrePosts)
      .where(eq(cadrePosts.cadreId, String(w.cadreB?.id)));
    expect(rows.map((r) => [r.post, r.version])).toEqual([['科员', 1]]);
    const writes = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, postB.id), eq(auditLog.action, 'cadre_post.update')));
    expect(writes).toHaveLength(0);
  });

  it('answers 403 to a reader without cadre.write, while letting it read', async () => {
    const session = await signInNewUser(t, { roles: ['unit_leader'], unitId: w.a?.id });
    expect((await postsOf(session, w.cadreA?.id)).length).toBeGreaterThan(0);
    expectError(await add(session, w.cadreA?.id, { unitName: '甲局', post: '科员', startedOn: '2010-01-01' }), 403, 'FORBIDDEN');
  });
});

type Profile = { unitId: string; post: string; rank: string; rankSince: string | null; version: number };
const profileOf = async (session: Session, id: string | undefined) => ok<Profile>(await session.get(`/api/v1/cadres/${id}`));

describe('the open post drives the profile (ADR 0005)', () => {
  it('copies post, rank and unit of a new current post onto the profile, dating the new rank from the post', async () => {
    const before = await profileOf(orgDept, w.cadreA3?.id);
    ok(await add(orgDept, w.cadreA3?.id, { unitId: w.a?.id, post: '科员', rank: 'clerk_2', startedOn: '2012-01-01', endedOn: '2016-01-01' }));
    expect(await profileOf(orgDept, w.cadreA3?.id)).toEqual(before);
    const post = ok<Post>(await add(orgDept, w.cadreA3?.id, { unitId: w.b?.id, post: '乙局办公室主任', rank: 'principal_clerk_1', startedOn: '2024-03-01' }));
    expect(await profileOf(orgDept, w.cadreA3?.id)).toMatchObject({
      unitId: w.b?.id,
      post: '乙局办公室主任',
      rank: 'principal_clerk_1',
      rankSince: '2024-03-01',
      version: before.version + 1,
    });
    ok(await orgDept.patch(`/api/v1/posts/${post.id}`, { post: '乙局办公室主任（兼）', version: post.version }));
    expect(await profileOf(orgDept, w.cadreA3?.id)).toMatchObject({ post: '乙局办公室主任（兼）', rankSince: '2024-03-01' });
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(w.cadreA3?.id)), eq(auditLog.action, 'cadre.update')));
    expect(audited).toHaveLength(2);
  });

  it('refuses a current post in a unit outside the actor’s write scope, and changes nothing', async () => {
    const res = await add(unitAdmin, w.cadreA2?.id, { unitId: w.b?.id, post: '乙局科员', startedOn: '2025-01-01' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['unitId']);
    expect((await profileOf(unitAdmin, w.cadreA2?.id)).unitId).toBe(w.a?.id);
  });
});
