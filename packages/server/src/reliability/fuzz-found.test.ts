import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../test/county';
import { buildCadre, buildUser } from '../test/factories';
import { expectError, expectNoLeak, fieldPaths, signInSysAdmin } from '../test/http';
import { createTestApp, type Session, type TestApp } from '../test/test-app';

/** The 5xx answers fuzzing found, each sent again as the one request that caused it: each must now be a 400. */
let t: TestApp;
let county: County;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  admin = await signInSysAdmin(t);
});
afterAll(() => t.close());

const json = { 'content-type': 'application/json' };

describe('bad input fuzzing found, refused as bad input', () => {
  it('refuses a version past the integer column, and the largest one, whose increment would overflow it', async () => {
    const user = await buildUser(t.database.db, { unitId: county.a.id });
    for (const version of [9_007_199_254_740_991, 2_147_483_648, 2_147_483_647]) {
      const res = await admin.patch(`/api/v1/users/${user.id}`, { displayName: '改名', version });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(fieldPaths(res)).toEqual(['version']);
    }
    const labels = { RECEIVED: '已收到', STUDYING: '研究中', ADOPTED: '已采纳', NOT_ADOPTED: '未采纳', DONE: '已办结' };
    const settings = await county.orgDept.put('/api/v1/participation/settings', {
      version: 2_147_483_647,
      useStudyState: true,
      labels: { IDEA: labels, APPEAL: labels },
    });
    expectError(settings, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(settings)).toEqual(['version']);
    const post = await county.orgDept.delete(`/api/v1/posts/${crypto.randomUUID()}?version=2147483648`);
    expectError(post, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(post)).toEqual(['querystring.version']);
  });

  it('refuses a supervision record sent as an array instead of checking its kind', async () => {
    const cadre = await buildCadre(t.database.db, { unitId: county.a.id });
    const res = await county.orgDept.post(`/api/v1/cadres/${cadre.id}/supervision`, [{ kind: null, occurredOn: '2024-02-29' }]);
    expectError(res, 400, 'VALIDATION_FAILED');
    expectNoLeak(res, 'supervision as an array');
  });

  it('refuses audit log dates before the year 1900, which the database cannot start a day at', async () => {
    for (const url of ['/api/v1/audit/logins?from=0001-01-01', '/api/v1/audit/operations.xlsx?from=0001-01-01', '/api/v1/audit/operations?to=0001-01-01']) {
      const res = await admin.get(url);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(fieldPaths(res)[0]).toMatch(/^querystring\.(from|to)$/);
    }
  });

  it('refuses a lone UTF-16 surrogate, which jsonb cannot hold, naming the field', async () => {
    const res = await county.orgDept.request('POST', '/api/v1/cadres/exports', '{"specialtyTags":["\\ud800"]}', json);
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['specialtyTags.0']);
    // A pair is a character like any other.
    const emoji = await county.orgDept.request('POST', '/api/v1/cadres/exports', '{"specialtyTags":["\\ud83d\\ude00"]}', json);
    expect(emoji.statusCode, emoji.body).toBeLessThan(300);
  });

  it('answers a broken multipart upload with 400 on every upload route', async () => {
    const id = crypto.randomUUID();
    const routes = [
      '/api/v1/cadres/imports',
      '/api/v1/assessment/evidence',
      `/api/v1/assessment/cycles/${id}/targets/import`,
      `/api/v1/cases/${id}/attachments`,
    ];
    const head = '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF';
    const broken = [
      { payload: 'not multipart at all', type: 'multipart/form-data; boundary=b' },
      { payload: head, type: 'multipart/form-data; boundary=b' },
      { payload: head, type: 'multipart/form-data' },
      { payload: head, type: `multipart/form-data; boundary=${'b'.repeat(300)}` },
    ];
    for (const url of routes) {
      for (const { payload, type } of broken) {
        const res = await county.orgDept.request('POST', url, payload, { 'content-type': type });
        expectError(res, 400, 'VALIDATION_FAILED');
        expectNoLeak(res, `${url} ${type}`);
      }
    }
  });
});
