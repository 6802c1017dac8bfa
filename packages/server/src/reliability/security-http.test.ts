import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../platform/db/client';
import { buildUser } from '../test/factories';
import { expectError, ok, signInSysAdmin } from '../test/http';
import { createTestApp, type Session, type TestApp } from '../test/test-app';
import { fillPath, listOperations, type Operation } from './openapi-operations';

/*
 * 等保 2.0 三级, 访问控制 and 入侵防范 at the HTTP edge: every state-changing operation of the API refuses a
 * cookie-authenticated call that does not echo its session's CSRF token, and every answer carries the headers that
 * keep a browser from sniffing, framing or leaking it. One forged-header case is in modules/auth/auth.routes.test.ts;
 * this walks the whole OpenAPI document, so a route added later is covered without a new test.
 */

let t: TestApp;
let admin: Session;
let writes: Operation[];
const ANY_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
  writes = listOperations(ok(await t.anonymous().get('/api/openapi.json'))).filter((op) => op.method !== 'GET');
});
afterAll(() => t.close());

const urlOf = (op: Operation) => fillPath(op.path, Object.fromEntries(op.pathParams.map((p) => [p, ANY_ID])));
const auditRows = async () => (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0]?.n;

describe('CSRF on every state-changing method', () => {
  it('covers POST, PUT, PATCH and DELETE routes of every module, all under /api/v1 where the check runs', () => {
    expect(new Set(writes.map((op) => op.method))).toEqual(new Set(['POST', 'PUT', 'PATCH', 'DELETE']));
    expect(writes.length).toBeGreaterThan(100);
    expect(writes.filter((op) => !op.path.startsWith('/api/v1/')).map((op) => op.path)).toEqual([]);
  });

  it('answers 403 CSRF_INVALID to a missing, forged or another session’s token, and changes nothing', async () => {
    const other = await signInSysAdmin(t);
    const before = await auditRows();
    const forgeries: Array<[string, Record<string, string>]> = [
      ['missing', { 'x-csrf-token': '' }],
      ['forged', { 'x-csrf-token': 'forged-token' }],
      ['another session’s', { 'x-csrf-token': other.cookies.dd_csrf as string }],
    ];
    for (const op of writes) {
      for (const [label, headers] of forgeries) {
        const res = await admin.request(op.method, urlOf(op), {}, headers);
        expect(res.statusCode, `${label} token on ${op.method} ${op.path}: ${res.body.slice(0, 200)}`).toBe(403);
        expect(res.json().code).toBe('CSRF_INVALID');
      }
    }
    expect(await auditRows()).toBe(before);
    expect(ok(await admin.get('/api/v1/auth/me'))).toMatchObject({ roles: ['sys_admin'] });
  });
});

describe('security headers', () => {
  const expectHardened = (res: Awaited<ReturnType<Session['get']>>, label: string) => {
    const csp = String(res.headers['content-security-policy']);
    expect(csp, label).toContain("default-src 'self'");
    expect(csp, label).toContain("script-src 'self'");
    expect(csp, label).toContain("object-src 'none'");
    expect(csp, label).toContain("frame-ancestors 'self'");
    expect(csp, label).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(res.headers['x-content-type-options'], label).toBe('nosniff');
    expect(res.headers['x-frame-options'], label).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy'], label).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy'], label).toBe('same-origin');
    expect(res.headers['x-powered-by'], label).toBeUndefined();
    expect(String(res.headers.server ?? ''), label).not.toMatch(/fastify|node/i);
  };

  it('come on JSON answers, errors, refusals and the API docs', async () => {
    const answers: Array<[string, Awaited<ReturnType<Session['get']>>]> = [
      ['health', await t.anonymous().get('/api/health')],
      ['list', await admin.get('/api/v1/units')],
      ['401', await t.anonymous().get('/api/v1/units')],
      ['403 csrf', await admin.request('POST', '/api/v1/units', {}, { 'x-csrf-token': 'x' })],
      ['404', await admin.get('/api/v1/nope')],
      ['400', await admin.get('/api/v1/units/not-a-uuid')],
      ['openapi', await t.anonymous().get('/api/openapi.json')],
    ];
    for (const [label, res] of answers) expectHardened(res, label);
  });

  it('come on file downloads, which are attachments that no cache keeps', async () => {
    const unitAdmin = await t.login((await buildUser(t.database.db, { roles: ['unit_admin'] })).username);
    const res = await unitAdmin.get('/api/v1/cadres/import-template');
    expect(res.statusCode).toBe(200);
    expectHardened(res, 'workbook');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['cache-control']).toContain('no-store');
  });

  it('do not reveal the stack or its versions on an error', async () => {
    const res = await admin.request('POST', '/api/v1/units', '{"name": ', { 'content-type': 'application/json' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(res.headers)).not.toMatch(/fastify|node\.js|express|pglite|postgres/i);
  });
});
