import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUnit, buildUser, findUserRow } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { cadres } from '../cadres/cadres.tables';
import { users } from './org.tables';

/*
 * The data-scope promise of DOMAIN.md §1: a record outside the actor's scope answers 404 on reads and on writes by id,
 * exactly as if it did not exist, and nothing about it changes.
 */

type Row = { id: string };
type Page = { items: Row[]; total: number };
const ids = (rows: Row[]) => rows.map((r) => r.id).sort();

let t: TestApp;
let sysAdmin: Session;
let unitAdmin: Session;
const w: Record<string, Row & { path?: string; version?: number; username?: string }> = {};

async function cadreRow(id: string) {
  const [row] = await t.database.db.select().from(cadres).where(eq(cadres.id, id));
  return row;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const root = await buildUnit(db, { name: '县委' });
  const a = await buildUnit(db, { parent: root, name: '甲局' });
  const b = await buildUnit(db, { parent: root, name: '乙局' });
  Object.assign(w, { root, a, b, aSub: await buildUnit(db, { parent: a, name: '甲局下属中心' }) });
  Object.assign(w, {
    cadreA1: await buildCadre(db, { unitId: a.id, name: '甲一' }),
    cadreA2: await buildCadre(db, { unitId: a.id, name: '甲二' }),
    cadreASub: await buildCadre(db, { unitId: w.aSub?.id, name: '甲下属' }),
    cadreB: await buildCadre(db, { unitId: b.id, name: '乙一', post: '科员' }),
  });
  Object.assign(w, {
    unitAdminA: await buildUser(db, { roles: ['unit_admin'], unitId: a.id }),
    userA: await buildUser(db, { roles: ['cadre'], unitId: a.id }),
    userB: await buildUser(db, { roles: ['cadre'], unitId: b.id }),
    orgDept: await buildUser(db, { roles: ['org_dept'], unitId: root.id }),
    cadreUser: await buildUser(db, { roles: ['cadre'], unitId: a.id, cadreId: w.cadreA1?.id }),
  });
  sysAdmin = await signInSysAdmin(t);
  unitAdmin = await t.login(String(w.unitAdminA?.username));
});
afterAll(() => t.close());

describe('data scope: a unit administrator of unit A', () => {
  it('lists only the cadres of unit A (unit scope: not the sub-unit, not the sibling)', async () => {
    const page = ok<Page>(await unitAdmin.get('/api/v1/cadres?pageSize=100'));
    expect(ids(page.items)).toEqual(ids([w.cadreA1, w.cadreA2] as Row[]));
    expect(page.total).toBe(2);
    expect(ok<Page>(await unitAdmin.get(`/api/v1/cadres?unitId=${w.b?.id}`))).toEqual({ items: [], total: 0, totalExact: true });
  });

  it('lists only the users of unit A', async () => {
    const page = ok<Page>(await unitAdmin.get('/api/v1/users?pageSize=100'));
    expect(ids(page.items)).toEqual(ids([w.unitAdminA, w.userA, w.cadreUser] as Row[]));
    expect(page.total).toBe(3);
    expect(ok<Page>(await unitAdmin.get(`/api/v1/users?unitId=${w.b?.id}`)).total).toBe(0);
  });

  it('sees only the subtree of unit A in the unit list, and 404 for unit B', async () => {
    expect(ids(ok<Row[]>(await unitAdmin.get('/api/v1/units')))).toEqual(ids([w.a, w.aSub] as Row[]));
    expectError(await unitAdmin.get(`/api/v1/units/${w.b?.id}`), 404, 'NOT_FOUND');
  });

  it('gets 404 (not 403, not 200) reading or updating a cadre of unit B by id, and the record is unchanged', async () => {
    const id = String(w.cadreB?.id);
    const before = await cadreRow(id);
    expectError(await unitAdmin.get(`/api/v1/cadres/${id}`), 404, 'NOT_FOUND');
    expectError(await unitAdmin.patch(`/api/v1/cadres/${id}`, { post: '被篡改', version: 1 }), 404, 'NOT_FOUND');
    expect(await cadreRow(id)).toEqual(before);
    // The same calls on a cadre of unit A work, so the 404 above is the scope and not a broken route.
    const own = ok<{ post: string; version: number }>(await unitAdmin.patch(`/api/v1/cadres/${w.cadreA2?.id}`, { post: '副局长', version: 1 }));
    expect(own).toMatchObject({ post: '副局长', version: 2 });
  });

  it('is refused user writes without org.user.write (403), and once granted at unit scope gets 404 for users of unit B', async () => {
    const userB = String(w.userB?.id);
    expectError(await unitAdmin.patch(`/api/v1/users/${userB}`, { displayName: 'x', version: 1 }), 403, 'FORBIDDEN');
    const roles = ok<Array<{ code: string; grants: Array<{ permission: string; scope: string }> }>>(await sysAdmin.get('/api/v1/roles'));
    const grants = roles.find((r) => r.code === 'unit_admin')?.grants ?? [];
    ok(await sysAdmin.put('/api/v1/roles/unit_admin/grants', { grants: [...grants, { permission: 'org.user.write', scope: 'unit' }] }));

    const before = await findUserRow(t.database.db, userB);
    expectError(await unitAdmin.patch(`/api/v1/users/${userB}`, { displayName: '被篡改', disabled: true, version: 1 }), 404, 'NOT_FOUND');
    expectError(await unitAdmin.post(`/api/v1/users/${userB}/reset-password`), 404, 'NOT_FOUND');
    expect(await findUserRow(t.database.db, userB)).toEqual(before);
    await t.login(String(w.userB?.username));
    // Control: the same reset on a user of unit A succeeds.
    expect(ok<{ initialPassword: string }>(await unitAdmin.post(`/api/v1/users/${w.userA?.id}/reset-password`)).initialPassword).toBeTruthy();
  });

  it('cannot create a user in unit B nor move a user of A into unit B', async () => {
    const [{ n: usersBefore } = { n: 0 }] = await t.database.db.select({ n: count() }).from(users);
    const res = await unitAdmin.post('/api/v1/users', { username: 'intruder', displayName: '越权用户', unitId: w.b?.id, roles: ['cadre'] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['unitId']);
    const [{ n: usersAfter } = { n: 0 }] = await t.database.db.select({ n: count() }).from(users);
    expect(usersAfter).toBe(usersBefore);
    const userA = await findUserRow(t.database.db, String(w.userA?.id));
    const move = await unitAdmin.patch(`/api/v1/users/${userA?.id}`, { unitId: w.b?.id, version: userA?.version });
    expect(fieldPaths(move)).toEqual(['unitId']);
    expect((await findUserRow(t.database.db, String(w.userA?.id)))?.unitId).toBe(w.a?.id);
  });

  it('cannot link a new account to a cadre outside its scope (which would let it read that cadre through the account)', async () => {
    const res = await unitAdmin.post('/api/v1/users', { username: 'linker', displayName: '借壳', unitId: w.a?.id, roles: ['cadre'], cadreId: w.cadreB?.id });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['cadreId']);
    const linked = await unitAdmin.post('/api/v1/users', {
      username: 'linker',
      displayName: '本单位干部',
      unitId: w.a?.id,
      roles: ['cadre'],
      cadreId: w.cadreA2?.id,
    });
    expect(ok<{ user: { cadreId: string } }>(linked).user.cadreId).toBe(w.cadreA2?.id);
  });

  it('gets 403 FORBIDDEN creating a unit, since it lacks org.unit.write', async () => {
    expectError(await unitAdmin.post('/api/v1/units', { parentId: w.a?.id, name: '新单位', code: 'NEW', type: 'government' }), 403, 'FORBIDDEN');
    const orgDept = await t.login(String(w.orgDept?.username));
    expectError(await orgDept.post('/api/v1/units', { parentId: w.a?.id, name: '新单位', code: 'NEW', type: 'government' }), 403, 'FORBIDDEN');
  });
});

describe('data scope: other roles', () => {
  it('lets the organization department see every cadre of the county', async () => {
    const orgDept = await t.login(String(w.orgDept?.username));
    const [{ n } = { n: 0 }] = await t.database.db.select({ n: count() }).from(cadres);
    const page = ok<Page>(await orgDept.get('/api/v1/cadres?pageSize=100'));
    expect(page.total).toBe(n);
    expect(ids(page.items)).toEqual(expect.arrayContaining(ids([w.cadreA1, w.cadreA2, w.cadreASub, w.cadreB] as Row[])));
    ok(await orgDept.get(`/api/v1/cadres/${w.cadreB?.id}`));
  });

  it('lets a cadre see only their own record (self scope) and answers 404 for a colleague', async () => {
    const me = await t.login(String(w.cadreUser?.username));
    const page = ok<Page>(await me.get('/api/v1/cadres'));
    expect(page).toMatchObject({ total: 1, items: [{ id: w.cadreA1?.id }] });
    ok(await me.get(`/api/v1/cadres/${w.cadreA1?.id}`));
    expectError(await me.get(`/api/v1/cadres/${w.cadreA2?.id}`), 404, 'NOT_FOUND');
    expectError(await me.patch(`/api/v1/cadres/${w.cadreA1?.id}`, { post: 'x', version: 1 }), 403, 'FORBIDDEN');
  });

  it('a cadre-role user with no linked cadre record sees no cadres at all', async () => {
    const unlinked = await t.login(String(w.userB?.username));
    expect(ok<Page>(await unlinked.get('/api/v1/cadres'))).toEqual({ items: [], total: 0, totalExact: true });
  });

  it('applies a changed role grant on the unit administrator’s very next request', async () => {
    expect(ok<Page>(await unitAdmin.get('/api/v1/cadres?pageSize=100')).total).toBe(2);
    const roles = ok<Array<{ code: string; grants: Array<{ permission: string; scope: string }> }>>(await sysAdmin.get('/api/v1/roles'));
    const grants = (roles.find((r) => r.code === 'unit_admin')?.grants ?? []).map((g) => (g.permission === 'cadre.read' ? { ...g, scope: 'all' } : g));
    const role = ok<{ grants: Array<{ permission: string; scope: string }> }>(await sysAdmin.put('/api/v1/roles/unit_admin/grants', { grants }));
    expect(role.grants).toContainEqual({ permission: 'cadre.read', scope: 'all' });
    const [{ n } = { n: 0 }] = await t.database.db.select({ n: count() }).from(cadres);
    expect(ok<Page>(await unitAdmin.get('/api/v1/cadres?pageSize=100')).total).toBe(n);
    ok(await unitAdmin.get(`/api/v1/cadres/${w.cadreB?.id}`));
    // Reading wider does not widen writing: cadre.write stays at unit scope.
    expectError(await unitAdmin.patch(`/api/v1/cadres/${w.cadreB?.id}`, { post: 'x', version: 1 }), 404, 'NOT_FOUND');
  });
});
