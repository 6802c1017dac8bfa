import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINANT, intake } from '../modules/complaints/complaints.test-support';
import { sql } from '../platform/db/client';
import { buildCounty, type County } from '../test/county';
import { buildCadre, buildUser } from '../test/factories';
import { expectError, ok } from '../test/http';
import { createTestApp, TEST_FIELD_KEY, TEST_PASSWORD, type TestApp } from '../test/test-app';

/*
 * 等保 2.0 三级, 安全审计 and 数据保密性: the server's own log (pino, every level down to trace) records the requests
 * of a sign-in, a password change and a named complaint's intake and identity read, and none of what must stay secret
 * appears in it: passwords, the session id, the CSRF token, the field key, the complainant's identity. The ballot code
 * is kept out of the URL the log writes by log-redaction.ts (platform/http/log-redaction.test.ts).
 */

const lines: string[] = [];
let t: TestApp;
let county: County;

beforeAll(async () => {
  t = await createTestApp({ log: { write: (line) => lines.push(line) } });
  county = await buildCounty(t);
});
afterAll(() => t.close());

describe('the server log', () => {
  it('holds no password, session id, CSRF token, field key or complainant identity', async () => {
    const db = t.database.db;
    const registrar = await buildUser(db, { roles: ['discipline'], unitId: county.root.id });
    const handler = await buildUser(db, { roles: ['discipline'], unitId: county.root.id });
    const accused = await buildCadre(db, { unitId: county.a.id, name: '甲一' });
    const wrongPassword = 'Wrong-Guess-2026!';
    const newPassword = 'Renewed-Pass-2027!';
    const weakPassword = 'weakling';

    expectError(await t.anonymous().post('/api/v1/auth/login', { username: registrar.username, password: wrongPassword }), 401, 'AUTH_INVALID_CREDENTIALS');
    const asRegistrar = await t.login(registrar.username);
    const firstTokens = { ...asRegistrar.cookies };
    expectError(await asRegistrar.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: weakPassword }), 400, 'PASSWORD_POLICY');
    expect((await asRegistrar.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword })).statusCode).toBe(204);
    const body = intake([accused.id], { receivedOn: '2026-03-02', anonymous: false, complainant: COMPLAINANT, handlerIds: [handler.id] });
    const complaint = ok<ComplaintDetail>(await asRegistrar.post('/api/v1/complaints', body));
    const asHandler = await t.login(handler.username);
    expect(JSON.stringify(ok(await asHandler.get(`/api/v1/complaints/${complaint.case.id}/complainant`)))).toContain(COMPLAINANT.idNumber);

    const [hash] = await t.database.rows<{ password_hash: string }>(sql`select password_hash from users where id = ${registrar.id}`);
    const secrets: Record<string, string> = {
      password: TEST_PASSWORD,
      'wrong password': wrongPassword,
      'new password': newPassword,
      'refused password': weakPassword,
      'password hash': hash?.password_hash as string,
      'field key': TEST_FIELD_KEY,
      ...Object.fromEntries(
        [firstTokens, asRegistrar.cookies, asHandler.cookies].flatMap((cookies, i) => [
          [`session id ${i}`, cookies.dd_sid as string],
          [`CSRF token ${i}`, cookies.dd_csrf as string],
        ]),
      ),
      ...Object.fromEntries(Object.entries(COMPLAINANT).map(([field, value]) => [`complainant ${field}`, value])),
    };

    const log = lines.join('');
    // The log did record these requests, so its silence about the secrets means something.
    expect(log).toContain('/api/v1/auth/login');
    expect(log).toContain('/api/v1/complaints');
    expect(log).toContain('/complainant');
    for (const [what, secret] of Object.entries(secrets)) {
      expect(secret, what).toBeTruthy();
      expect(log.includes(secret), `${what} appears in the server log`).toBe(false);
    }
  });
});
