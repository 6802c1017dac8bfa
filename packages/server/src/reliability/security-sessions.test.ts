import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSessionCookies } from '../modules/auth/auth.hook';
import { sm3 } from '../platform/crypto/sm';
import { sql } from '../platform/db/client';
import { buildUser } from '../test/factories';
import { expectError, ok } from '../test/http';
import { createTestApp, type Session, TEST_PASSWORD, type TestApp } from '../test/test-app';

/*
 * 等保 2.0 三级, 身份鉴别: a session id is the user's identity once signed in, so it must be one the server chose at
 * that moment (no fixation), die with the password it was earned with, and never be readable by a page script or
 * from the database. Lockout, idle and absolute timeouts and logout are proven in modules/auth/auth.routes.test.ts.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A browser that already holds a session id the attacker chose (planted through a shared computer or a subdomain). */
const planted = (sid: string): Session => {
  const s = t.anonymous();
  s.cookies.dd_sid = sid;
  return s;
};

const sessionRows = async (userId: string) =>
  t.database.rows<Record<string, unknown>>(sql`select * from sessions where user_id = ${userId} order by created_at`);

describe('session fixation', () => {
  it('never honours a session id planted before sign-in: sign-in issues one of its own', async () => {
    const user = await buildUser(t.database.db);
    const attackerSid = 'a'.repeat(43);
    const browser = planted(attackerSid);
    ok(await browser.post('/api/v1/auth/login', { username: user.username, password: TEST_PASSWORD }));
    expect(browser.cookies.dd_sid).toBeTruthy();
    expect(browser.cookies.dd_sid).not.toBe(attackerSid);
    expectError(await planted(attackerSid).get('/api/v1/auth/me'), 401, 'AUTH_REQUIRED');
    expect(ok(await browser.get('/api/v1/auth/me'))).toMatchObject({ username: user.username });
  });

  it('issues a new session id and CSRF token at every sign-in, even over a live session', async () => {
    const user = await buildUser(t.database.db);
    const s = await t.login(user.username);
    const first = { ...s.cookies };
    ok(await s.post('/api/v1/auth/login', { username: user.username, password: TEST_PASSWORD }));
    expect(s.cookies.dd_sid).not.toBe(first.dd_sid);
    expect(s.cookies.dd_csrf).not.toBe(first.dd_csrf);
  });

  it('ends every session of the user at a password change and carries on in a new one', async () => {
    const user = await buildUser(t.database.db);
    const here = await t.login(user.username);
    const elsewhere = await t.login(user.username);
    const before = { ...here.cookies };
    expect((await here.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Fresh-Pass-2027!' })).statusCode).toBe(204);
    expect(here.cookies.dd_sid).not.toBe(before.dd_sid);
    expect(here.cookies.dd_csrf).not.toBe(before.dd_csrf);
    expect(ok(await here.get('/api/v1/auth/me'))).toMatchObject({ username: user.username });
    expectError(await planted(before.dd_sid as string).get('/api/v1/auth/me'), 401, 'AUTH_REQUIRED');
    expectError(await elsewhere.get('/api/v1/auth/me'), 401, 'AUTH_REQUIRED');
    expect(await sessionRows(user.id)).toHaveLength(1);
  });

  it('keeps only the SM3 hash of a session id at rest, never the id itself', async () => {
    const user = await buildUser(t.database.db);
    const s = await t.login(user.username);
    const token = s.cookies.dd_sid as string;
    const rows = await sessionRows(user.id);
    expect(rows.map((r) => r.token_hash)).toContain(sm3(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('session cookies', () => {
  it('are HttpOnly (the id) and SameSite=Strict, on the whole site', async () => {
    const user = await buildUser(t.database.db);
    const res = await t.anonymous().post('/api/v1/auth/login', { username: user.username, password: TEST_PASSWORD });
    const cookies = Object.fromEntries((res.cookies as Array<{ name: string } & Record<string, unknown>>).map((c) => [c.name, c]));
    expect(cookies.dd_sid).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // The CSRF token must be readable by the page, which echoes it in a header; it is worthless to another site.
    expect(cookies.dd_csrf).toMatchObject({ sameSite: 'Strict', path: '/' });
    expect(cookies.dd_csrf?.httpOnly).toBeFalsy();
    // Without TLS configured, a Secure cookie would never come back over plain HTTP on an intranet.
    expect(cookies.dd_sid?.secure).toBeFalsy();
  });

  it('are Secure when the deployment says it runs behind HTTPS (DANDANG_SECURE_COOKIES=1 passes secure)', async () => {
    const app = Fastify({ logger: false });
    await app.register(cookie);
    app.get('/', (_req, reply) => {
      setSessionCookies(reply, 'token', 'csrf', true);
      return reply.send('ok');
    });
    const res = await app.inject({ method: 'GET', url: '/' });
    for (const c of res.cookies as Array<{ name: string; secure?: boolean }>) expect(c.secure, c.name).toBe(true);
    await app.close();
  });
});
