import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

interface Day {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

let t: TestApp;
let admin: Session;
let orgDept: Session;

const compute = async (body: object) => ok<{ date?: string; days?: number; provisional: boolean }>(await admin.post('/api/v1/calendar/compute', body));

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
  orgDept = await t.login((await buildUser(t.database.db, { roles: ['org_dept'] })).username);
});
afterAll(() => t.close());

describe('working-day calendar', () => {
  it('ships the 2026 arrangement: 2026-02-14 is a make-up working day and 2026-10-01 a holiday', async () => {
    const years = ok<Array<{ year: number; published: boolean }>>(await admin.get('/api/v1/calendar/years'));
    expect(years).toContainEqual(expect.objectContaining({ year: 2026, published: true }));
    const y2026 = ok<{ year: number; published: boolean; days: Day[] }>(await admin.get('/api/v1/calendar/years/2026'));
    expect(y2026).toMatchObject({ year: 2026, published: true });
    expect(y2026.days).toContainEqual(expect.objectContaining({ date: '2026-02-14', kind: 'workday', name: '春节' }));
    expect(y2026.days).toContainEqual(expect.objectContaining({ date: '2026-10-01', kind: 'holiday', name: '国庆节' }));
    expect(y2026.days.filter((d) => d.name === '国庆节' && d.kind === 'holiday')).toHaveLength(7);
  });

  it('adds working days across the 2026 National Day holiday (10-01..10-07 off, Saturday 10-10 worked)', async () => {
    // 09-30 (1), holiday to 10-07, 10-08 (2), 10-09 (3), Saturday 10-10 make-up day (4), 10-12 (5).
    expect(await compute({ op: 'add', from: '2026-09-29', days: 5 })).toEqual({ date: '2026-10-12', provisional: false });
    expect(await compute({ op: 'add', from: '2026-09-29', days: 0 })).toEqual({ date: '2026-09-29', provisional: false });
    expect(await compute({ op: 'noticeEnd', start: '2026-09-30', days: 5 })).toEqual({ date: '2026-10-12', provisional: false });
    // A notice starting on a holiday counts from the next working day: 10-08, 10-09, 10-10, 10-12, 10-13.
    expect(await compute({ op: 'noticeEnd', start: '2026-10-01', days: 5 })).toEqual({ date: '2026-10-13', provisional: false });
    expect(await compute({ op: 'count', from: '2026-10-01', to: '2026-10-11' })).toEqual({ days: 3, provisional: false });
  });

  it('marks an answer provisional when it touches a year with no published arrangement', async () => {
    // 2031-01-02 is a Thursday: Friday 01-03 (1), Monday 01-06 (2), by plain Monday–Friday.
    expect(await compute({ op: 'add', from: '2031-01-02', days: 2 })).toEqual({ date: '2031-01-06', provisional: true });
    expect((await compute({ op: 'count', from: '2030-12-20', to: '2031-01-10' })).provisional).toBe(true);
    expect((await compute({ op: 'add', from: '2026-03-02', days: 3 })).provisional).toBe(false);
  });

  it('uses an edited day at once: a day made a holiday moves the result, and "normal" restores it', async () => {
    const set = ok<Day>(await admin.put('/api/v1/calendar/days/2026-09-30', { kind: 'holiday', name: '临时放假' }));
    expect(set).toMatchObject({ date: '2026-09-30', kind: 'holiday', name: '临时放假' });
    expect(await compute({ op: 'add', from: '2026-09-29', days: 5 })).toEqual({ date: '2026-10-13', provisional: false });
    expect(ok<{ days: Day[] }>(await admin.get('/api/v1/calendar/years/2026')).days).toContainEqual(
      expect.objectContaining({ date: '2026-09-30', kind: 'holiday' }),
    );
    ok(await admin.put('/api/v1/calendar/days/2026-09-30', { kind: 'normal' }));
    expect(await compute({ op: 'add', from: '2026-09-29', days: 5 })).toEqual({ date: '2026-10-12', provisional: false });
    // A make-up working day on a Sunday counts.
    ok(await admin.put('/api/v1/calendar/days/2026-03-08', { kind: 'workday', name: '调休' }));
    expect(await compute({ op: 'add', from: '2026-03-06', days: 1 })).toEqual({ date: '2026-03-08', provisional: false });
  });

  it('refuses to set a day in a year that has not been added, naming date', async () => {
    const res = await admin.put('/api/v1/calendar/days/2032-05-04', { kind: 'holiday', name: '青年节' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['date']);
    expect(res.json().message).toContain('2032');
    expect(ok<{ published: boolean; days: Day[] }>(await admin.get('/api/v1/calendar/years/2032'))).toMatchObject({ published: false, days: [] });
  });

  it('adds a year, after which its answers are no longer provisional and its days can be set; a second add is a duplicate', async () => {
    const added = ok<{ year: number; published: boolean; days: Day[] }>(await admin.post('/api/v1/calendar/years', { year: 2031 }));
    expect(added).toMatchObject({ year: 2031, published: true, days: [] });
    expect(ok<Array<{ year: number }>>(await admin.get('/api/v1/calendar/years')).map((y) => y.year)).toContain(2031);
    expect(await compute({ op: 'add', from: '2031-01-02', days: 2 })).toEqual({ date: '2031-01-06', provisional: false });
    ok(await admin.put('/api/v1/calendar/days/2031-01-03', { kind: 'holiday', name: '元旦' }));
    expect(await compute({ op: 'add', from: '2031-01-02', days: 2 })).toEqual({ date: '2031-01-07', provisional: false });
    const again = await admin.post('/api/v1/calendar/years', { year: 2031 });
    expectError(again, 409, 'DUPLICATE');
    expect(fieldPaths(again)).toEqual(['year']);
  });

  it('lets only holders of calendar.write edit (403 FORBIDDEN otherwise), while anyone signed in may compute', async () => {
    expectError(await orgDept.put('/api/v1/calendar/days/2026-04-01', { kind: 'holiday', name: '越权' }), 403, 'FORBIDDEN');
    expectError(await orgDept.post('/api/v1/calendar/years', { year: 2033 }), 403, 'FORBIDDEN');
    expect(ok<{ days: Day[] }>(await admin.get('/api/v1/calendar/years/2026')).days.map((d) => d.date)).not.toContain('2026-04-01');
    expect(ok(await orgDept.post('/api/v1/calendar/compute', { op: 'add', from: '2026-09-29', days: 5 }))).toEqual({ date: '2026-10-12', provisional: false });
    expectError(await t.anonymous().post('/api/v1/calendar/compute', { op: 'add', from: '2026-09-29', days: 5 }), 401, 'AUTH_REQUIRED');
  });

  it('rejects impossible dates and bad operations with 400 naming the fields', async () => {
    expectError(await admin.put('/api/v1/calendar/days/2026-02-30', { kind: 'holiday' }), 400, 'VALIDATION_FAILED');
    const res = await admin.put('/api/v1/calendar/days/2026-05-06', { kind: 'vacation' });
    expect(fieldPaths(res)).toEqual(['kind']);
    const bad = await admin.post('/api/v1/calendar/compute', { op: 'add', from: '2026-13-01', days: -1 });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad).sort()).toEqual(['days', 'from']);
  });
});
