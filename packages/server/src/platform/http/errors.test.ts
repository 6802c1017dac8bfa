import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUnit, buildUser } from '../../test/factories';
import { expectError, expectNoLeak, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { registerErrorHandler } from './error-handler';

let t: TestApp;
let admin: Session;
let unit: { id: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
  unit = await buildUnit(t.database.db);
  await buildCadre(t.database.db, { unitId: unit.id });
});
afterAll(() => t.close());

describe('error answers', () => {
  it('answers a malformed JSON body with 400 VALIDATION_FAILED and a Chinese message', async () => {
    const res = await admin.request('POST', '/api/v1/units', '{"parentId": null, "name": ', { 'content-type': 'application/json' });
    const body = expectError(res, 400, 'VALIDATION_FAILED');
    expect(body.message).toContain('JSON');
    expectNoLeak(res, 'malformed json');
  });

  it('answers an unknown /api path with a JSON 404 ROUTE_NOT_FOUND', async () => {
    for (const url of ['/api/v1/no-such-thing', '/api/v1/units/x/y/z', '/api/nothing']) {
      const res = await admin.get(url);
      expectError(res, 404, 'ROUTE_NOT_FOUND');
      expect(res.headers['content-type']).toContain('application/json');
    }
    expectError(await admin.delete('/api/v1/dictionaries'), 404, 'ROUTE_NOT_FOUND');
  });

  it('never answers bad input with a 500, a stack trace or SQL', async () => {
    const huge = 'x'.repeat(200_000);
    const nul = '甲\u0000乙';
    const cases: Array<[string, string, string, unknown]> = [
      ['huge name', 'POST', '/api/v1/units', { parentId: unit.id, name: huge, code: 'H', type: 'government' }],
      ['huge keyword', 'GET', `/api/v1/cadres?keyword=${huge.slice(0, 5000)}`, undefined],
      ['wrong types', 'POST', '/api/v1/units', { parentId: 42, name: ['a'], code: { x: 1 }, type: true, sortOrder: 'first' }],
      ['array body', 'POST', '/api/v1/units', [1, 2, 3]],
      ['null body', 'PATCH', `/api/v1/units/${unit.id}`, null],
      ['float version', 'PATCH', `/api/v1/units/${unit.id}`, { name: 'x', version: 1.5 }],
      ['null byte in name', 'POST', '/api/v1/units', { parentId: unit.id, name: nul, code: 'NUL', type: 'government' }],
      ['null byte in update', 'PATCH', `/api/v1/units/${unit.id}`, { name: nul, version: unit.version }],
      ['null byte in keyword', 'GET', '/api/v1/cadres?keyword=%00abc', undefined],
      ['null byte in user keyword', 'GET', '/api/v1/users?keyword=a%00', undefined],
      ['null byte in audit filter', 'GET', '/api/v1/audit/operations?actor=%00', undefined],
      [
        'null byte in dictionary label',
        'PUT',
        '/api/v1/dictionaries/gender',
        { items: [{ value: '1', label: nul, sortOrder: 1, color: null, disabled: false }] },
      ],
      ['null byte in calendar day name', 'PUT', '/api/v1/calendar/days/2026-03-06', { kind: 'holiday', name: nul }],
      ['null byte in user name', 'POST', '/api/v1/users', { username: 'nuller', displayName: nul, unitId: unit.id, roles: ['cadre'] }],
      ['null byte in policy document', 'POST', `/api/v1/policies/${crypto.randomUUID()}/clone`, { name: nul }],
      ['null byte in login', 'POST', '/api/v1/auth/login', { username: nul, password: nul }],
      ['huge login', 'POST', '/api/v1/auth/login', { username: huge, password: huge }],
      ['non-uuid unit id', 'GET', '/api/v1/units/123', undefined],
      ['path parameter over the router’s length limit', 'GET', `/api/v1/units/${'a'.repeat(5000)}`, undefined],
      ['malformed percent-encoding', 'GET', '/api/v1/units/%E0%A4%A', undefined],
      ['non-uuid in patch', 'PATCH', "/api/v1/units/1'%20or%20'1'='1", { name: 'x', version: 1 }],
      ['non-uuid cadre id', 'GET', '/api/v1/cadres/not-a-uuid', undefined],
      ['non-uuid policy id', 'GET', '/api/v1/policies/abc', undefined],
      ['non-uuid unitId filter', 'GET', '/api/v1/users?unitId=abc', undefined],
      ['page zero', 'GET', '/api/v1/cadres?page=0&pageSize=100000', undefined],
      ['impossible date', 'GET', '/api/v1/policies/effective?date=2026-02-30', undefined],
      ['far date', 'POST', '/api/v1/calendar/compute', { op: 'add', from: '9999-12-30', days: 10 }],
      ['far date in a rule', 'POST', '/api/v1/rules/workdays', { op: 'add', from: '9999-12-30', days: 10 }],
      ['deep nesting', 'PUT', '/api/v1/dictionaries/gender', `{"items":${'['.repeat(20000)}${']'.repeat(20000)}}`],
      ['deep rule input', 'POST', '/api/v1/rules/quota', `${'['.repeat(20000)}${']'.repeat(20000)}`],
      ['year out of range', 'GET', '/api/v1/calendar/years/99999999999', undefined],
      ['unknown rule', 'POST', '/api/v1/rules/nope', {}],
      ['rule garbage', 'POST', '/api/v1/rules/workdays', { op: 'add', from: nul, days: 'x' }],
      ['grant garbage', 'PUT', '/api/v1/roles/cadre/grants', { grants: [{ permission: 'root', scope: 'everything' }] }],
    ];
    for (const [label, method, url, body] of cases) {
      const res = await admin.request(method, url, body, body === undefined ? {} : { 'content-type': 'application/json' });
      expectNoLeak(res, label);
    }
  });

  it('refuses a null character in any string with 400 naming the field, before it reaches the database', async () => {
    const res = await admin.post('/api/v1/units', { parentId: unit.id, name: '甲\u0000乙', code: 'NUL', type: 'government' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['name']);
    expect(fieldPaths(await admin.get('/api/v1/cadres?keyword=%00'))).toEqual(['querystring.keyword']);
    const items = [
      { value: '1', label: '男', sortOrder: 1, color: null, disabled: false },
      { value: '2', label: '女\u0000', sortOrder: 2, color: null, disabled: false },
    ];
    expect(fieldPaths(await admin.put('/api/v1/dictionaries/gender', { items }))).toEqual(['items.1.label']);
  });

  it('answers a unique violation that raced past a service check with 409 DUPLICATE naming the field, not 500', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    const parent = await buildUnit(t.database.db);
    await buildUser(t.database.db, { username: 'racer' });
    await buildUnit(t.database.db, { parent, code: 'RACE' });
    app.post('/username', async () => buildUser(t.database.db, { username: 'RACER' }));
    app.post('/code', async () => buildUnit(t.database.db, { parent, code: 'RACE' }));
    for (const [url, field] of [
      ['/username', 'username'],
      ['/code', 'code'],
    ]) {
      const res = await app.inject({ method: 'POST', url });
      expectError(res, 409, 'DUPLICATE');
      expect(fieldPaths(res)).toEqual([field]);
      expectNoLeak(res, url as string);
    }
    await app.close();
  });

  it('refuses a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await admin.post('/api/v1/units', { parentId: unit.id, name: 'x'.repeat(3 * 1024 * 1024), code: 'BIG', type: 'government' });
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('platform endpoints', () => {
  it('reports health with the engine it really runs on', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(ok(res)).toMatchObject({ status: 'ok', db: t.database.kind, version: 'test' });
    expect(['pglite', 'postgresql']).toContain(t.database.kind);
    expect(ok<{ migration: string }>(res).migration).not.toMatch(/^(none|unknown)$/);
  });

  it('publishes an OpenAPI document whose operations are tagged by module', async () => {
    const doc = ok<{ openapi: string; paths: Record<string, Record<string, { tags?: string[] }>> }>(await t.anonymous().get('/api/openapi.json'));
    expect(doc.openapi).toMatch(/^3\./);
    const tags = new Set(Object.values(doc.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags ?? [])));
    for (const tag of ['org', 'audit', 'calendar', 'policy', 'rules', 'auth', 'cadres']) expect(tags, tag).toContain(tag);
    expect(doc.paths['/api/v1/units']?.post?.tags).toEqual(['org']);
  });

  it('sends security headers on API answers, errors included', async () => {
    for (const res of [await t.anonymous().get('/api/health'), await admin.get('/api/v1/units'), await admin.get('/api/v1/nope')]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(Boolean(res.headers['x-frame-options']) || /frame-ancestors/.test(csp)).toBe(true);
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });
});
