import { checkPassword } from '@dandang/shared/org/password.rules';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, findUserRow } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { sessions } from '../auth/auth.tables';
import { users } from './org.tables';

interface User {
  id: string;
  username: string;
  roles: string[];
  disabled: boolean;
  version: number;
}

let t: TestApp;
let admin: Session;
let unitId: string;

type Grant = { permission: string; scope: string };
/** Adds grants to a shipped role through the API, as a system administrator would. */
async function grant(role: string, extra: Grant[]) {
  const roles = ok<Array<{ code: string; grants: Grant[] }>>(await admin.get('/api/v1/roles'));
  const current = roles.find((r) => r.code === role)?.grants ?? [];
  ok(await admin.put(`/api/v1/roles/${role}/grants`, { grants: [...current, ...extra] }));
}

const userCount = async () => (await t.database.db.select({ n: count() }).from(users))[0]?.n ?? 0;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
  unitId = (await buildUnit(t.database.db)).id;
});
afterAll(() => t.close());

describe('user accounts', () => {
  it('creates a user with an initial password that meets the password rules and must be changed before anything else', async () => {
    const created = ok<{ user: User; initialPassword: string }>(
      await admin.post('/api/v1/users', { username: 'wangfang', displayName: '王芳', unitId, roles: ['unit_admin'] }),
    );
    expect(created.user).toMatchObject({ username: 'wangfang', roles: ['unit_admin'], disabled: false, version: 1 });
    expect(checkPassword(created.initialPassword, 'wangfang')).toEqual([]);
    expect(created.initialPassword.length).toBeGreaterThanOrEqual(10);

    const s = await t.login('wangfang', created.initialPassword);
    expect(ok<{ mustChangePassword: boolean }>(await s.get('/api/v1/auth/me')).mustChangePassword).toBe(true);
    expectError(await s.get('/api/v1/cadres'), 403, 'AUTH_PASSWORD_CHANGE_REQUIRED');
    expectError(await s.get('/api/v1/units'), 403, 'AUTH_PASSWORD_CHANGE_REQUIRED');
    expect((await s.post('/api/v1/auth/change-password', { currentPassword: created.initialPassword, newPassword: 'Wang-Fang-2026!' })).statusCode).toBe(204);
    ok(await s.get('/api/v1/cadres'));
    expect(ok<{ mustChangePassword: boolean }>(await s.get('/api/v1/auth/me')).mustChangePassword).toBe(false);
  });

  it('forces a change again after an administrator resets the password, and the old password stops working', async () => {
    const user = await buildUser(t.database.db, { unitId });
    const { initialPassword } = ok<{ initialPassword: string }>(await admin.post(`/api/v1/users/${user.id}/reset-password`));
    expect(checkPassword(initialPassword, user.username)).toEqual([]);
    expectError(await t.anonymous().post('/api/v1/auth/login', { username: user.username, password: 'Test-Pass-2026!' }), 401, 'AUTH_INVALID_CREDENTIALS');
    const s = await t.login(user.username, initialPassword);
    expectError(await s.get('/api/v1/cadres'), 403, 'AUTH_PASSWORD_CHANGE_REQUIRED');
  });

  it('refuses a duplicate user name (case-insensitively) with 409 naming the field username', async () => {
    await buildUser(t.database.db, { username: 'lisi', unitId });
    for (const username of ['lisi', 'LiSi']) {
      const res = await admin.post('/api/v1/users', { username, displayName: '李四', unitId, roles: ['cadre'] });
      expectError(res, 409, 'DUPLICATE');
      expect(fieldPaths(res)).toEqual(['username']);
    }
  });

  it('creates exactly one account when the same user name is submitted many times at once; the rest get 409', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, () => admin.post('/api/v1/users', { username: 'samename', displayName: '并发', unitId, roles: ['cadre'] })),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    for (const r of attempts.filter((a) => a.statusCode === 409)) expect(fieldPaths(r)).toEqual(['username']);
  });

  it('ends every open session of a user the moment the account is disabled, and refuses new logins', async () => {
    const user = await buildUser(t.database.db, { unitId, roles: ['unit_admin'] });
    const a = await t.login(user.username);
    const b = await t.login(user.username);
    const row = await findUserRow(t.database.db, user.id);
    ok(await admin.patch(`/api/v1/users/${user.id}`, { disabled: true, version: row?.version }));
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expectError(await a.get('/api/v1/auth/me'), 401, 'AUTH_REQUIRED');
    expectError(await b.get('/api/v1/cadres'), 401, 'AUTH_REQUIRED');
    expectError(await t.anonymous().post('/api/v1/auth/login', { username: user.username, password: 'Test-Pass-2026!' }), 401, 'AUTH_INVALID_CREDENTIALS');
  });
});

describe('who may hand out which role', () => {
  let orgDept: Session;
  beforeAll(async () => {
    await grant('org_dept', [{ permission: 'org.user.write', scope: 'all' }]);
    const u = await buildUser(t.database.db, { roles: ['org_dept'], unitId });
    orgDept = await t.login(u.username);
  });

  it('lets a holder of org.user.write who is not a system administrator create ordinary accounts', async () => {
    const res = await orgDept.post('/api/v1/users', { username: 'zhaoliu', displayName: '赵六', unitId, roles: ['unit_admin'] });
    expect(ok<{ user: User }>(res).user.roles).toEqual(['unit_admin']);
  });

  it('refuses to let anyone but a system administrator grant sys_admin, on create and on update, leaving nothing changed', async () => {
    const before = await userCount();
    const res = await orgDept.post('/api/v1/users', { username: 'sneaky', displayName: '越权', unitId, roles: ['cadre', 'sys_admin'] });
    expectError(res, 403, 'FORBIDDEN');
    expect(fieldPaths(res)).toEqual(['roles']);
    expect(await userCount()).toBe(before);

    const target = await buildUser(t.database.db, { unitId, roles: ['cadre'] });
    const patch = await orgDept.patch(`/api/v1/users/${target.id}`, { roles: ['sys_admin'], version: target.version });
    expectError(patch, 403, 'FORBIDDEN');
    expect(ok<{ items: User[] }>(await admin.get(`/api/v1/users?keyword=${target.username}`)).items[0]?.roles).toEqual(['cadre']);
  });

  it('refuses a unit administrator a role that reaches further than their own grants, or an account that holds one', async () => {
    await grant('unit_admin', [{ permission: 'org.user.write', scope: 'unit' }]);
    const u = await buildUser(t.database.db, { roles: ['unit_admin'], unitId });
    const unitAdmin = await t.login(u.username);
    // org_dept reads every cadre of the county: handing it out would let the unit administrator read them too.
    const res = await unitAdmin.post('/api/v1/users', { username: 'widened', displayName: '扩权', unitId, roles: ['org_dept'] });
    expectError(res, 403, 'FORBIDDEN');
    expect(fieldPaths(res)).toEqual(['roles']);
    expect(
      ok<{ user: User }>(await unitAdmin.post('/api/v1/users', { username: 'narrow', displayName: '普通干部', unitId, roles: ['cadre'] })).user.roles,
    ).toEqual(['cadre']);

    // A system administrator's account in the same unit may not be taken over by resetting its password.
    const sys = await buildUser(t.database.db, { roles: ['sys_admin'], unitId });
    expectError(await unitAdmin.post(`/api/v1/users/${sys.id}/reset-password`), 403, 'FORBIDDEN');
    expectError(await unitAdmin.patch(`/api/v1/users/${sys.id}`, { disabled: true, version: sys.version }), 403, 'FORBIDDEN');
    expect(await findUserRow(t.database.db, sys.id)).toMatchObject({ passwordHash: sys.passwordHash, disabled: false });
  });
});
