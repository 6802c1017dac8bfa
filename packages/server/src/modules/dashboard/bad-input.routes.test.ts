import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { buildUser } from '../../test/factories';
import { expectNoLeak, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * Bad input to every dashboard endpoint (the figures, a drill-down, its workbook, the monthly report): a 4xx with a
 * Chinese message, never a 500, a stack or SQL; and an export refused is not logged as one made.
 */

let t: TestApp;
let county: County;

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
});
afterAll(() => t.close());

describe('dashboard bad input', () => {
  it('answers every bad request with a 4xx and a Chinese message, leaking nothing', async () => {
    const huge = 'x'.repeat(200_000);
    const drills = ['/api/v1/dashboard/drill/CASES_OVERDUE', '/api/v1/dashboard/drill/CASES_OVERDUE/export.xlsx'];
    const cases: Array<[string, Session, string, string, unknown]> = [
      ['anonymous figures', t.anonymous(), 'GET', '/api/v1/dashboard', undefined],
      ['anonymous report', t.anonymous(), 'GET', '/api/v1/dashboard/monthly-report.docx', undefined],
      ['lower-case code', county.orgDept, 'GET', '/api/v1/dashboard/drill/cases_overdue', undefined],
      ['unknown code', county.orgDept, 'GET', '/api/v1/dashboard/drill/NO_SUCH_FIGURE', undefined],
      ['unknown code exported', county.orgDept, 'GET', '/api/v1/dashboard/drill/NO_SUCH_FIGURE/export.xlsx', undefined],
      ['null byte in the code', county.orgDept, 'GET', '/api/v1/dashboard/drill/CASES%00OVERDUE', undefined],
      ['injection in the code', county.orgDept, 'GET', "/api/v1/dashboard/drill/X'%20or%20'1'='1", undefined],
      ['huge code', county.orgDept, 'GET', `/api/v1/dashboard/drill/${'A'.repeat(5000)}`, undefined],
      ['number past the integer range as a code', county.orgDept, 'GET', '/api/v1/dashboard/drill/3000000000', undefined],
      ...drills.flatMap(
        (url): Array<[string, Session, string, string, unknown]> => [
          [`non-uuid unit ${url}`, county.orgDept, 'GET', `${url}?unitId=1'%20or%20'1'='1`, undefined],
          [`number as unit ${url}`, county.orgDept, 'GET', `${url}?unitId=3000000000`, undefined],
          [`null byte in unit ${url}`, county.orgDept, 'GET', `${url}?unitId=${county.a.id}%00`, undefined],
          [`huge unit ${url}`, county.orgDept, 'GET', `${url}?unitId=${huge}`, undefined],
          [`two units ${url}`, county.orgDept, 'GET', `${url}?unitId=${county.a.id}&unitId=${county.b.id}`, undefined],
          [`unknown unit ${url}`, county.orgDept, 'GET', `${url}?unitId=${crypto.randomUUID()}`, undefined],
        ],
      ),
      ['month 13', county.orgDept, 'GET', '/api/v1/dashboard/monthly-report.docx?month=2026-13', undefined],
      ['month as a number', county.orgDept, 'GET', '/api/v1/dashboard/monthly-report.docx?month=3000000000', undefined],
      ['null byte in the month', county.orgDept, 'GET', '/api/v1/dashboard/monthly-report.docx?month=2026-01%00', undefined],
      ['huge month', county.orgDept, 'GET', `/api/v1/dashboard/monthly-report.docx?month=${huge}`, undefined],
      ['two months', county.orgDept, 'GET', '/api/v1/dashboard/monthly-report.docx?month=2026-01&month=2026-02', undefined],
      ['a month far ahead', county.orgDept, 'GET', '/api/v1/dashboard/monthly-report.docx?month=2299-12', undefined],
      ['a body on a read', county.orgDept, 'POST', '/api/v1/dashboard', { kpi: 'CASES_OVERDUE' }],
    ];
    for (const [label, session, method, url, body] of cases) {
      const res = await session.request(method, url, body, body === undefined ? {} : { 'content-type': 'application/json' });
      expectNoLeak(res, label);
    }
    const auditor = await t.login((await buildUser(t.database.db, { roles: ['sys_admin'], unitId: null })).username);
    expect(ok<{ items: unknown[] }>(await auditor.get('/api/v1/audit/operations?action=dashboard.export')).items).toEqual([]);
  });
});
