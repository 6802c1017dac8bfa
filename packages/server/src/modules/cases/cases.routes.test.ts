import type { CaseDetail, DueList } from '@dandang/shared/cases/case.schema';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import type { RequestContext } from '../../platform/context';
import { contextOf } from '../../test/actor';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { expectError, fieldPaths, multipartBody, ok } from '../../test/http';
import { activateLocalPolicy } from '../../test/policy';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { units } from '../org';
import { openCase } from './open-case';
import { transitionCase } from './transition.service';

/*
 * The case engine through what every case type shares (issue 6 item 1), on tolerance cases opened directly (the
 * tolerance module's own forms sit on top of this). The clock is moved to 2026-09-30 in Beijing, the day before 国庆节.
 */

let t: TestApp;
let county: County;
let discipline: Session;
let leaderA: Session;
let disciplineCtx: () => Promise<RequestContext>;
let disciplineUser: string;
let leaderUser: string;
const ids: Record<string, string> = {};

const detail = async (session: Session, id: string) => ok<CaseDetail>(await session.get(`/api/v1/cases/${id}`));
// The context is read before the transaction: the embedded database has one connection, which the transaction holds.
const open = async (unitId: string, subjectCadreId: string, title: string) => {
  const ctx = await disciplineCtx();
  return t.database.db.transaction((tx) => openCase(tx, ctx, TOLERANCE_WORKFLOW, { title, unitId, subjectCadreId, note: '本人申请' }));
};
const step = async (id: string, action: string, version: number, fields: Record<string, unknown> = {}, note = '') => {
  const ctx = await disciplineCtx();
  return t.database.db.transaction((tx) => transitionCase(tx, ctx, TOLERANCE_WORKFLOW, id, { action, version, note, fields }));
};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(new Date('2026-09-30T09:00:00+08:00').getTime() - t.clock.now().getTime());
  const db = t.database.db;
  county = await buildCounty(t);
  const user = await buildUser(db, { roles: ['discipline'], unitId: county.root.id });
  disciplineUser = user.username;
  leaderUser = (await buildUser(db, { roles: ['unit_leader'], unitId: county.a.id })).username;
  discipline = await t.login(disciplineUser);
  leaderA = await t.login(leaderUser);
  disciplineCtx = () => contextOf(db, user.id, t.clock.now());
  ids.cadreA = (await buildCadre(db, { unitId: county.a.id, name: '甲一' })).id;
  ids.cadreB = (await buildCadre(db, { unitId: county.b.id, name: '乙一' })).id;
  const first = await open(county.a.id, ids.cadreA, '甲一容错申请');
  const second = await open(county.b.id, ids.cadreB, '乙一容错申请');
  Object.assign(ids, { a: first.id, b: second.id, numberA: first.number, numberB: second.number });
});
afterAll(() => t.close());

describe('opening', () => {
  it('numbers cases in the 文号 style, one after another in the year', () => {
    expect([ids.numberA, ids.numberB]).toEqual(['容〔2026〕1号', '容〔2026〕2号']);
  });

  it('runs the acceptance limit in working days across 国庆节: 5 working days from 2026-09-30 end on 2026-10-13', async () => {
    const { case: c, events } = await detail(discipline, ids.a as string);
    expect(c).toMatchObject({
      state: 'SUBMITTED',
      stateLabel: '待受理',
      dueOn: '2026-10-13',
      dueProvisional: false,
      overdue: false,
      policyCode: 'CN-national',
    });
    expect(events.map((e) => [e.actionLabel, e.toStateLabel, e.note])).toEqual([['立案', '待受理', '本人申请']]);
  });
});

describe('scope', () => {
  it('a unit leader reads the cases of their own unit only; another unit’s answers 404 as if it did not exist', async () => {
    expect((await detail(leaderA, ids.a as string)).case.subjectName).toBe('甲一');
    expectError(await leaderA.get(`/api/v1/cases/${ids.b}`), 404, 'NOT_FOUND');
  });

  it('a cadre reads their own case, and not a colleague’s', async () => {
    const own = await t.login((await buildUser(t.database.db, { roles: ['cadre'], unitId: county.a.id, cadreId: ids.cadreA })).username);
    expect((await detail(own, ids.a as string)).actions).toEqual([]);
    expectError(await own.get(`/api/v1/cases/${ids.b}`), 404, 'NOT_FOUND');
  });

  it('the organization department, which may apply on a unit’s behalf but not handle cases, adds to a case and takes no steps', async () => {
    const seen = await detail(county.orgDept, ids.a as string);
    expect(seen.actions).toEqual([]);
    expect(seen.canWork).toBe(true);
  });
});

describe('transitions', () => {
  it('offer the reader what they may do next, and move with the version read', async () => {
    const before = await detail(discipline, ids.a as string);
    expect(before.actions.map((a) => a.action)).toEqual(['accept', 'refuse']);
    const moved = await step(ids.a as string, 'accept', before.case.version);
    expect(moved.row.case).toMatchObject({ state: 'INVESTIGATING', stateSince: '2026-09-30', version: before.case.version + 1 });
    // 30 working days of investigation from 2026-09-30: 国庆节 off, the make-up Saturday 2026-10-10 on.
    expect(moved.row.case.dueOn).toBe('2026-11-17');
  });

  it('refuse a stale version with 409, and of two racing decisions exactly one wins', async () => {
    const { version } = (await detail(discipline, ids.a as string)).case;
    await expect(step(ids.a as string, 'report', version - 1, { findings: '已核实' })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    const raced = await Promise.allSettled([
      step(ids.a as string, 'report', version, { findings: '甲' }),
      step(ids.a as string, 'report', version, { findings: '乙' }),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((raced.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: expect.stringMatching(/VERSION_CONFLICT|STATE_CONFLICT/),
    });
    const after = await detail(discipline, ids.a as string);
    expect(after.events.filter((e) => e.action === 'report')).toHaveLength(1);
  });

  it('refuse an action the state does not allow with the state named, and missing fields each by name', async () => {
    const { version } = (await detail(discipline, ids.a as string)).case;
    await expect(step(ids.a as string, 'accept', version)).rejects.toMatchObject({ code: 'STATE_CONFLICT', message: '案件当前处于“集体研究”阶段，不能受理' });
    await expect(step(ids.a as string, 'decide', version, { meetingDate: '2026-10-09' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'fields.attendees' }, { path: 'fields.votes' }, { path: 'fields.decision' }].map((f) => expect.objectContaining(f)) },
    });
  });

  it('show the applicant that the investigation was reported, not what it found', async () => {
    const own = await t.login((await buildUser(t.database.db, { roles: ['cadre'], unitId: county.a.id, cadreId: ids.cadreA })).username);
    const seen = (await detail(own, ids.a as string)).events.find((e) => e.action === 'report');
    expect(seen).toMatchObject({ actionLabel: '调查完毕，提请集体研究', fields: {}, note: '' });
    const worker = (await detail(discipline, ids.a as string)).events.find((e) => e.action === 'report');
    expect(worker?.fields).toHaveProperty('findings');
  });

  it('write an audit entry for every step', async () => {
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, ids.a as string));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['case.open', 'case.accept', 'case.report']));
  });
});

describe('comments and files', () => {
  it('whoever works on the case comments and attaches; readers download', async () => {
    ok(await discipline.post(`/api/v1/cases/${ids.b}/comments`, { body: '请补充会议纪要' }));
    const { payload, headers } = multipartBody(Buffer.from('%PDF-1.4 minutes'), '会议纪要.pdf');
    const file = ok<{ id: string; name: string; size: number }>(await discipline.request('POST', `/api/v1/cases/${ids.b}/attachments`, payload, headers));
    expect(file).toMatchObject({ name: '会议纪要.pdf', size: 16 });
    const got = await discipline.get(`/api/v1/cases/${ids.b}/attachments/${file.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.toString()).toBe('%PDF-1.4 minutes');
    const reads = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, ids.b as string));
    expect(reads.map((r) => r.action)).toContain('case.download_attachment');
    const seen = await detail(discipline, ids.b as string);
    expect(seen.comments.map((c) => c.body)).toEqual(['请补充会议纪要']);
    expect(seen.attachments.map((a) => a.name)).toEqual(['会议纪要.pdf']);
  });

  it('the unit admin, who may apply for their unit, adds to its case; the unit leader only reads; a file is not found through another case', async () => {
    ok(await county.unitAdminA.post(`/api/v1/cases/${ids.a}/comments`, { body: '已补充申请材料' }));
    expectError(await leaderA.post(`/api/v1/cases/${ids.a}/comments`, { body: '同意' }), 403, 'FORBIDDEN');
    expectError(await county.unitAdminA.post(`/api/v1/cases/${ids.b}/comments`, { body: '越权' }), 404, 'NOT_FOUND');
    const fileId = (await detail(discipline, ids.b as string)).attachments[0]?.id;
    expectError(await discipline.get(`/api/v1/cases/${ids.a}/attachments/${fileId}`), 404, 'NOT_FOUND');
  });

  it('refuses a file type it does not keep, and an empty comment by field', async () => {
    const { payload, headers } = multipartBody(Buffer.from('MZ'), 'tool.exe');
    expectError(await discipline.request('POST', `/api/v1/cases/${ids.b}/attachments`, payload, headers), 415, 'EVIDENCE_TYPE_NOT_ALLOWED');
    const res = await discipline.post(`/api/v1/cases/${ids.b}/comments`, { body: ' ' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['body']);
  });
});

describe('extensions and links', () => {
  it('investigation is extended once by at most 15 working days, on approval, and the last day moves', async () => {
    let c = (await detail(discipline, ids.b as string)).case;
    c = (await step(ids.b as string, 'accept', c.version)).row.case as unknown as typeof c;
    const tooLong = await discipline.post(`/api/v1/cases/${ids.b}/extensions`, { version: c.version, workdays: 16, reason: '涉及多个部门' });
    expectError(tooLong, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(tooLong)).toEqual(['workdays']);
    const asked = ok<CaseDetail>(await discipline.post(`/api/v1/cases/${ids.b}/extensions`, { version: c.version, workdays: 15, reason: '涉及多个部门' }));
    const pending = asked.extensions[0] as CaseDetail['extensions'][number];
    expect(pending).toMatchObject({ status: 'PENDING', stateLabel: '调查核实', workdays: 15 });
    // Not by the one who asked: another member of the commission approves.
    const decide = (session: Session) =>
      session.post(`/api/v1/cases/${ids.b}/extensions/${pending.id}/decide`, { version: pending.version, approve: true, answer: '同意' });
    expectError(await decide(discipline), 403, 'FORBIDDEN');
    const approver = await t.login((await buildUser(t.database.db, { roles: ['discipline'], unitId: county.root.id })).username);
    const granted = ok<CaseDetail>(await decide(approver));
    expect(granted.case.dueOn).toBe('2026-12-08');
    expect(granted.events.at(-1)).toMatchObject({ actionLabel: '延期', fields: { workdays: 15, dueOn: '2026-12-08' } });
    const again = await discipline.post(`/api/v1/cases/${ids.b}/extensions`, { version: granted.case.version, workdays: 5, reason: '再延' });
    expectError(again, 409, 'STATE_CONFLICT');
  });

  it('links two cases; a reader who cannot see the other case sees its number only', async () => {
    const linked = ok<CaseDetail>(await discipline.post(`/api/v1/cases/${ids.a}/links`, { toCaseId: ids.b, kind: 'RELATED' }));
    expect(linked.links).toEqual([expect.objectContaining({ number: ids.numberB, title: '乙一容错申请', kindLabel: '相关案件' })]);
    expect((await detail(leaderA, ids.a as string)).links).toEqual([expect.objectContaining({ number: ids.numberB, title: null, stateLabel: null })]);
    expectError(await discipline.post(`/api/v1/cases/${ids.a}/links`, { toCaseId: ids.b, kind: 'RELATED' }), 409, 'DUPLICATE');
    // A link that carries effects is the modules' to make, after their own checks.
    const typed = await discipline.post(`/api/v1/cases/${ids.a}/links`, { toCaseId: ids.b, kind: 'TOLERANCE_FOR' });
    expectError(typed, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(typed)).toEqual(['kind']);
  });
});

describe('due lists', () => {
  it('list overdue and soon-due cases within the reader’s scope', async () => {
    const late = await open(county.a.id, ids.cadreA, '甲一第二次申请');
    // Past the 5 working days of acceptance (2026-10-13) and into the investigation's last days.
    t.clock.advance(new Date('2026-11-10T09:00:00+08:00').getTime() - t.clock.now().getTime());
    // Sessions have expired over the weeks the clock jumped.
    discipline = await t.login(disciplineUser);
    leaderA = await t.login(leaderUser);
    const all = ok<DueList>(await discipline.get('/api/v1/cases/due?within=3'));
    expect(all.overdue.map((c) => c.number)).toEqual([late.number]);
    expect(all.overdue[0]?.overdue).toBe(true);
    expect(all.dueSoon.map((c) => c.number)).toEqual([]);
    const ahead = ok<DueList>(await discipline.get('/api/v1/cases/due?within=25&type=TOLERANCE'));
    expect(ahead.dueSoon.map((c) => [c.number, c.dueOn])).toEqual([[ids.numberB, '2026-12-08']]);
    const leaderView = ok<DueList>(await leaderA.get('/api/v1/cases/due'));
    expect(leaderView.overdue.map((c) => c.number)).toEqual([late.number]);
    const bad = await discipline.get('/api/v1/cases/due?within=x');
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad)).toEqual(['querystring.within']);
  });
});

describe('the policy a case is handled under', () => {
  it('is the jurisdiction’s own when one is in force, kept on the case', async () => {
    const [unit] = await t.database.db.select({ jurisdictionId: units.jurisdictionId }).from(units).where(eq(units.id, county.a.id));
    await activateLocalPolicy(
      t,
      (d) => {
        d.tolerance.limits.acceptanceWorkdays = 3;
      },
      '2026-09-01',
      unit?.jurisdictionId,
    );
    const { id } = await open(county.a.id, ids.cadreA as string, '本地政策下的申请');
    const c = (await detail(discipline, id)).case;
    // 3 working days from 2026-11-10 (where the due lists left the clock) under the local policy.
    expect(c).toMatchObject({ dueOn: '2026-11-13', policyVersion: 2 });
  });
});
