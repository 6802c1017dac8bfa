import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login and sessions', () => {
  it('logs in, answers /me, and refuses a wrong password with a Chinese message', async () => {
    const user = await buildUser(t.database.db, { roles: ['unit_admin'] });
    const s = await t.login(user.username);
    expect(s.cookies.dd_sid).toBeTruthy();
    const me = await s.get('/api/v1/auth/me');
    expect(me.json()).toMatchObject({ username: user.username, roles: ['unit_admin'], permissions: { 'cadre.read': 'unit' } });
    const bad = await t.anonymous().post('/api/v1/auth/login', { username: user.username, password: 'wrong-password' });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS', details: { remainingAttempts: 4 } });
    expect(bad.json().message).toContain('用户名或密码错误');
  });

  it('locks the account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const user = await buildUser(t.database.db);
    const anon = t.anonymous();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await anon.post('/api/v1/auth/login', { username: user.username, password: 'nope-nope' })).json().code);
    expect(codes).toEqual(['AUTH_INVALID_CREDENTIALS', 'AUTH_INVALID_CREDENTIALS', 'AUTH_INVALID_CREDENTIALS', 'AUTH_INVALID_CREDENTIALS', 'AUTH_LOCKED']);
    const locked = await anon.post('/api/v1/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(423);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await anon.post('/api/v1/auth/login', { username: user.username, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes and after 12 hours however active', async () => {
    const user = await buildUser(t.database.db);
    const s = await t.login(user.username);
    t.clock.advance(29 * 60_000);
    expect((await s.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await s.get('/api/v1/auth/me')).json().code).toBe('AUTH_REQUIRED');
    const s2 = await t.login(user.username);
    // Active every 25 minutes: alive for 28 steps (11 h 40 min), gone at the 29th (12 h 5 min).
    for (let step = 0; step < 28; step++) {
      t.clock.advance(25 * 60_000);
      expect((await s2.get('/api/v1/auth/me')).statusCode).toBe(200);
    }
    t.clock.advance(25 * 60_000);
    expect((await s2.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const user = await buildUser(t.database.db);
    const s = await t.login(user.username);
    const res = await s.request('POST', '/api/v1/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    expect((await s.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('logs out everywhere', async () => {
    const user = await buildUser(t.database.db);
    const a = await t.login(user.username);
    const b = await t.login(user.username);
    expect((await a.post('/api/v1/auth/logout-all')).statusCode).toBe(204);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('forces a password change first, and names every broken password rule', async () => {
    const user = await buildUser(t.database.db, { username: 'forcedzhang', mustChangePassword: true, roles: ['sys_admin'] });
    const s = await t.login(user.username);
    expect((await s.get('/api/v1/units')).json().code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    const weak = await s.post('/api/v1/auth/change-password', { currentPassword: 'wrong', newPassword: 'forcedzhang' });
    expect(weak.statusCode).toBe(400);
    const paths = weak.json().details.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('currentPassword');
    expect(weak.json().details.fields.filter((f: { path: string }) => f.path === 'newPassword').length).toBeGreaterThanOrEqual(2);
    expect((await s.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Better-Pass-2027' })).statusCode).toBe(204);
    expect((await s.get('/api/v1/units')).statusCode).toBe(200);
  });

  it('writes every login and logout to the login log', async () => {
    const admin = await buildUser(t.database.db, { roles: ['sys_admin'] });
    const s = await t.login(admin.username);
    const page = (await s.get(`/api/v1/audit/logins?username=${admin.username}`)).json();
    expect(page.items[0]).toMatchObject({ username: admin.username, event: 'login', result: 'success' });
  });
});
