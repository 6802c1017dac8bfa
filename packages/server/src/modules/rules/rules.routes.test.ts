import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await createTestApp();
  s = await t.login((await buildUser(t.database.db, { roles: ['cadre'] })).username);
});
afterAll(() => t.close());

describe('POST /api/v1/rules/{rule}', () => {
  it('政务处分法第八条: a warning of 2025-10-31 bars promotion until 2026-04-30', async () => {
    const res = await s.post('/api/v1/rules/promotion', { asOf: '2026-03-01', measures: [{ code: 'GOV_WARNING', effectiveOn: '2025-10-31' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ eligible: false, eligibleFrom: '2026-04-30' });
    expect(res.json().reasons[0].rule).toContain('政务处分法第八条');
  });

  it('answers a batch in the same order', async () => {
    const res = await s.post('/api/v1/rules/quota', [{ participants: 20, ratio: 0.15 }, { participants: 35 }]);
    expect(res.json().map((r: { maxExcellent: number }) => r.maxExcellent)).toEqual([3, 7]);
  });

  it('uses the calendar table: a day an administrator marks as a holiday moves the deadline', async () => {
    const input = { op: 'add', from: '2026-03-02', days: 1 };
    expect((await s.post('/api/v1/rules/workdays', input)).json()).toEqual({ date: '2026-03-03', provisional: false });
    const admin = await t.login((await buildUser(t.database.db, { roles: ['sys_admin'] })).username);
    expect((await admin.put('/api/v1/calendar/days/2026-03-03', { kind: 'holiday', name: '测试假日' })).statusCode).toBe(200);
    expect((await s.post('/api/v1/rules/workdays', input)).json()).toEqual({ date: '2026-03-04', provisional: false });
  });

  it('names every bad field of every element, with HTTP 400', async () => {
    const res = await s.post('/api/v1/rules/promotion', [{ asOf: '2026-13-01', measures: [{ code: 'NOPE', effectiveOn: '2025-01-01' }] }, { measures: 'x' }]);
    expect(res.statusCode).toBe(400);
    const paths = res.json().details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['0.asOf', '0.measures.0.code', '1.asOf', '1.measures']));
  });

  it('refuses an unknown rule and anonymous callers', async () => {
    expect((await s.post('/api/v1/rules/nonsense', {})).statusCode).toBe(400);
    expect((await t.anonymous().post('/api/v1/rules/quota', { participants: 10 })).statusCode).toBe(401);
  });
});
