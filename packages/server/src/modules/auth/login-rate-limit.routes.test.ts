import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../platform/db/client';
import { buildUser } from '../../test/factories';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';

/*
 * The per-address limit on sign-ins (DANDANG_LOGIN_RATE_LIMIT a minute, ADR 0002): guessing passwords across many
 * accounts from one address is slowed down before any account lock would notice.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ loginRateLimit: 3 });
});
afterAll(() => t.close());

const login = (username: string, password: string, remoteAddress = '10.1.1.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });

describe('the sign-in rate limit per address', () => {
  it('answers 429 with a Chinese message past the limit, without checking the password or counting a failure', async () => {
    const user = await buildUser(t.database.db);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await login(`nobody${i}`, 'wrong-password')).statusCode);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await login(user.username, TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    // The refused attempt never reached the account: no failure counted, nothing logged for it.
    const [row] = await t.database.rows<{ failed: number; logged: number }>(
      sql`select failed_attempts as failed, (select count(*)::int from login_log where user_id = users.id) as logged from users where id = ${user.id}`,
    );
    expect(row).toEqual({ failed: 0, logged: 0 });
  });

  it('limits each address on its own, and only the sign-in', async () => {
    const user = await buildUser(t.database.db);
    expect((await login(user.username, TEST_PASSWORD, '10.2.2.2')).statusCode).toBe(200);
    expect((await login(user.username, TEST_PASSWORD, '10.1.1.1')).statusCode).toBe(429);
    expect((await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.1.1.1' })).statusCode).toBe(200);
  });
});
