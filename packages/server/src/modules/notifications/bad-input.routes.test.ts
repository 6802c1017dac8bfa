import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { expectError, expectNoLeak, fieldPaths, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * Bad input to every notifications endpoint (the inbox, marking read, the sweep, 通知公告 and their receipts): a 4xx
 * with a Chinese message, never a 500, a stack or SQL, and nothing written.
 */

let t: TestApp;
let county: County;

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
});
afterAll(() => t.close());

describe('notifications bad input', () => {
  it('answers every bad request with a 4xx and a Chinese message, leaking nothing', async () => {
    const nul = '甲\u0000乙';
    const huge = 'x'.repeat(200_000);
    const unknown = crypto.randomUUID();
    const notice = { title: '通知', body: '内容', audience: 'UNITS', unitIds: [county.a.id] };
    const { orgDept, unitAdminA } = county;
    const cases: Array<[string, Session, string, string, unknown]> = [
      ['unknown status', unitAdminA, 'GET', '/api/v1/notifications?status=BOGUS', undefined],
      ['null byte in status', unitAdminA, 'GET', '/api/v1/notifications?status=un%00read', undefined],
      ['page past the integer range', unitAdminA, 'GET', '/api/v1/notifications?page=3000000000000000000000', undefined],
      ['page as text', unitAdminA, 'GET', '/api/v1/notifications?page=abc', undefined],
      ['negative page size', unitAdminA, 'GET', '/api/v1/notifications?pageSize=-1', undefined],
      ['huge page size', unitAdminA, 'GET', '/api/v1/notifications?pageSize=3000000000', undefined],
      ['huge status', unitAdminA, 'GET', `/api/v1/notifications?status=${'u'.repeat(100_000)}`, undefined],
      ['mark read without a body', unitAdminA, 'POST', '/api/v1/notifications/read', undefined],
      ['mark read: ids as text', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: 'all' }],
      ['mark read: ids null', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: null }],
      ['mark read: no ids', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: [] }],
      ['mark read: a number id', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: [3000000000] }],
      ['mark read: a non-uuid id', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: ["1' or '1'='1"] }],
      ['mark read: a null byte id', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: [nul] }],
      ['mark read: a huge id', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: [huge] }],
      ['mark read: too many ids', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: Array.from({ length: 501 }, () => crypto.randomUUID()) }],
      ['mark read: an unknown id', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: [unknown] }],
      ['mark read: an unknown field', unitAdminA, 'POST', '/api/v1/notifications/read', { ids: [unknown], userId: county.users.orgDept.id }],
      ['mark read: an array body', unitAdminA, 'POST', '/api/v1/notifications/read', [unknown]],
      ['mark read: broken JSON', unitAdminA, 'POST', '/api/v1/notifications/read', '{"ids":['],
      ['read all: broken JSON', unitAdminA, 'POST', '/api/v1/notifications/read-all', '{"'],
      ['sweep without the permission', unitAdminA, 'POST', '/api/v1/notifications/sweep', {}],
      ['sweep: broken JSON', orgDept, 'POST', '/api/v1/notifications/sweep', '{'],
      ['publish without a body', orgDept, 'POST', '/api/v1/announcements', undefined],
      ['publish: an array body', orgDept, 'POST', '/api/v1/announcements', [notice]],
      ['publish: null byte in the title', orgDept, 'POST', '/api/v1/announcements', { ...notice, title: nul }],
      ['publish: null byte in the body', orgDept, 'POST', '/api/v1/announcements', { ...notice, body: nul }],
      ['publish: huge title', orgDept, 'POST', '/api/v1/announcements', { ...notice, title: huge }],
      ['publish: huge body', orgDept, 'POST', '/api/v1/announcements', { ...notice, body: huge }],
      ['publish: title as a number', orgDept, 'POST', '/api/v1/announcements', { ...notice, title: 3000000000 }],
      ['publish: title null', orgDept, 'POST', '/api/v1/announcements', { ...notice, title: null }],
      ['publish: unknown audience', orgDept, 'POST', '/api/v1/announcements', { ...notice, audience: 'EVERYONE' }],
      ['publish: unit ids as text', orgDept, 'POST', '/api/v1/announcements', { ...notice, unitIds: county.a.id }],
      ['publish: a non-uuid unit', orgDept, 'POST', '/api/v1/announcements', { ...notice, unitIds: ['甲局'] }],
      ['publish: a number unit', orgDept, 'POST', '/api/v1/announcements', { ...notice, unitIds: [3000000000] }],
      ['publish: a null byte unit', orgDept, 'POST', '/api/v1/announcements', { ...notice, unitIds: [nul] }],
      ['publish: an unknown unit', orgDept, 'POST', '/api/v1/announcements', { ...notice, unitIds: [unknown] }],
      ['publish: too many units', orgDept, 'POST', '/api/v1/announcements', { ...notice, unitIds: Array.from({ length: 201 }, () => county.a.id) }],
      ['publish: to all with units', orgDept, 'POST', '/api/v1/announcements', { ...notice, audience: 'ALL' }],
      ['publish: an unknown field', orgDept, 'POST', '/api/v1/announcements', { ...notice, publishedAt: '2020-01-01' }],
      ['publish to all from a unit-wide grant', unitAdminA, 'POST', '/api/v1/announcements', { ...notice, audience: 'ALL', unitIds: [] }],
      ['list: page past the integer range', orgDept, 'GET', '/api/v1/announcements?page=3000000000000000000000', undefined],
      ['list: page size as text', orgDept, 'GET', '/api/v1/announcements?pageSize=%00', undefined],
      ['receipts: a non-uuid id', orgDept, 'GET', "/api/v1/announcements/1'%20or%20'1'='1/receipts", undefined],
      ['receipts: a null byte id', orgDept, 'GET', '/api/v1/announcements/%00/receipts', undefined],
      ['receipts: a huge id', orgDept, 'GET', `/api/v1/announcements/${'a'.repeat(5000)}/receipts`, undefined],
      ['receipts: a number id', orgDept, 'GET', '/api/v1/announcements/3000000000/receipts', undefined],
      ['receipts: an unknown id', orgDept, 'GET', `/api/v1/announcements/${unknown}/receipts`, undefined],
      ['workbook: a non-uuid id', orgDept, 'GET', '/api/v1/announcements/abc/receipts.xlsx', undefined],
      ['workbook: an unknown id', orgDept, 'GET', `/api/v1/announcements/${unknown}/receipts.xlsx`, undefined],
    ];
    for (const [label, session, method, url, body] of cases) {
      const res = await session.request(method, url, body, body === undefined ? {} : { 'content-type': 'application/json' });
      expectNoLeak(res, label);
    }
    // An absurd page is refused by name (the shared page query bounds it), never turned into a database offset.
    for (const res of [await unitAdminA.get('/api/v1/notifications?page=3000000000'), await orgDept.get('/api/v1/announcements?page=3000000000')]) {
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(fieldPaths(res)).toEqual(['querystring.page']);
    }
    expect(ok<{ total: number }>(await orgDept.get('/api/v1/announcements')).total).toBe(0);
    expect(ok<{ total: number }>(await unitAdminA.get('/api/v1/notifications')).total).toBe(0);
  });
});
