import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, expectNoLeak, fieldPaths, ok } from '../../test/http';
import { roleGrants } from '../org';
import { act, buildWorld, COMPLAINANT, concluded, detailOf, intake, type World } from './complaints.test-support';

/*
 * 检举控告 (issue 7 items 1–3): intake, the workflow, identity protection (DOMAIN.md §8 "stored encrypted, visible only
 * to explicitly granted handlers, every read logged"), what the accused cadre sees, and repeated reports.
 */

let w: World;
let named: string;

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  const body = intake([w.cadres.a, w.cadres.a2], { anonymous: false, complainant: COMPLAINANT, handlerIds: [w.userIds.handler, w.userIds.clerk] });
  named = ok<ComplaintDetail>(await w.as.registrar.post('/api/v1/complaints', body)).case.id;
});
afterAll(() => w.t.close());

describe('intake', () => {
  it('opens a numbered complaint about the accused cadres, with its limit from the policy, and no identity in the answer', async () => {
    const d = await detailOf(w.as.handler, named);
    expect(d.case).toMatchObject({ type: 'COMPLAINT', number: '检〔2026〕1号', state: 'REGISTERED', subjectName: '甲一', dueOn: '2026-10-19' });
    expect(d.accused.map((a) => a.name)).toEqual(['甲一', '甲二']);
    expect(d.handlers).toHaveLength(2);
    expect(JSON.stringify(d)).not.toMatch(/张举报|13800138000|110101199003071234|人民路/);
  });

  it('names every bad field at once', async () => {
    const res = await w.as.registrar.post('/api/v1/complaints', {
      channel: 'FAX',
      receivedOn: '2026-13-01',
      anonymous: false,
      accusedCadreIds: [],
      classification: 'X',
      title: '',
      matter: '',
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(expect.arrayContaining(['channel', 'receivedOn', 'accusedCadreIds', 'classification', 'title', 'matter']));
  });

  it('requires the identity of a real-name complaint and refuses unknown cadres', async () => {
    expect(fieldPaths(await w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a], { anonymous: false })))).toEqual(['complainant']);
    const unknown = await w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a, '00000000-0000-4000-8000-000000000000']));
    expect(fieldPaths(unknown)).toEqual(['accusedCadreIds.1']);
  });

  it('is only for those who register complaints', async () => {
    expectError(await w.as.orgDept.post('/api/v1/complaints', intake([w.cadres.a])), 403, 'FORBIDDEN');
    expectError(await w.as.cadreB.post('/api/v1/complaints', intake([w.cadres.a])), 403, 'FORBIDDEN');
  });
});

describe('the complainant’s identity', () => {
  it('is stored SM4-encrypted in its own table, and in clear text nowhere', async () => {
    const db = w.t.database.db;
    const dump = async (table: string) => JSON.stringify((await db.execute(sql.raw(`select * from ${table}`))).rows);
    for (const table of ['complaint_identities', 'complaints', 'cases', 'case_events', 'audit_log', 'complaint_accused']) {
      expect(await dump(table), table).not.toMatch(/张举报|13800138000|110101199003071234|人民路/);
    }
    expect(await dump('complaint_identities')).toMatch(/v1:/);
  });

  it('answers an assigned handler holding complaint.identity, and audits each read', async () => {
    const first = ok(await w.as.handler.get(`/api/v1/complaints/${named}/complainant`));
    expect(first).toEqual({ anonymous: false, ...COMPLAINANT });
    ok(await w.as.handler.get(`/api/v1/complaints/${named}/complainant`));
    const reads = await w.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'complaint.read_identity'), eq(auditLog.entityId, named)));
    expect(reads).toHaveLength(2);
    expect(JSON.stringify(reads)).not.toMatch(/张举报|13800138000/);
  });

  it('is withheld from a handler without the grant, who still reads the complaint', async () => {
    const d = await detailOf(w.as.clerk, named);
    expect(d.canSeeIdentity).toBe(false);
    expectError(await w.as.clerk.get(`/api/v1/complaints/${named}/complainant`), 403, 'FORBIDDEN');
    expect((await detailOf(w.as.handler, named)).canSeeIdentity).toBe(true);
  });

  it('is withheld from a discipline officer holding the grant but not assigned', async () => {
    expectError(await w.as.registrar.get(`/api/v1/complaints/${named}/complainant`), 403, 'FORBIDDEN');
  });
});

describe('the accused cadre', () => {
  it('never sees complaints about themself, nor who made them', async () => {
    // Without complaint.read at all the answer is the same 403 for any id, so it tells nothing about this one.
    expectError(await w.as.cadreA.get(`/api/v1/complaints/${named}`), 403, 'FORBIDDEN');
    expectError(await w.as.cadreA.get(`/api/v1/complaints/${named}/complainant`), 403, 'FORBIDDEN');
    expectError(await w.as.cadreA.get(`/api/v1/cases/${named}`), 404, 'NOT_FOUND');
    expectError(await w.as.cadreA.get('/api/v1/complaints'), 403, 'FORBIDDEN');
    const due = ok<{ overdue: unknown[]; dueSoon: Array<{ id: string }> }>(await w.as.cadreA.get('/api/v1/cases/due?within=60'));
    expect(due.dueSoon.some((c) => c.id === named)).toBe(false);
  });
});

describe('data scope', () => {
  it('answers 404 to a reader whose scope does not reach the complaint', async () => {
    // This test's own database lets 甲局's unit administrator read complaints about 甲局's cadres only.
    await w.t.database.db.insert(roleGrants).values({ roleCode: 'unit_admin', permission: 'complaint.read', scope: 'unit' }).onConflictDoNothing();
    const aboutB = ok<ComplaintDetail>(await w.as.registrar.post('/api/v1/complaints', intake([w.cadres.b]))).case.id;
    expectError(await w.county.unitAdminA.get(`/api/v1/complaints/${aboutB}`), 404, 'NOT_FOUND');
    expectError(await w.county.unitAdminA.get(`/api/v1/complaints/${aboutB}/complainant`), 404, 'NOT_FOUND');
    expect((await detailOf(w.county.unitAdminA, named)).case.id).toBe(named);
    const page = ok<{ items: Array<{ case: { id: string } }> }>(await w.county.unitAdminA.get('/api/v1/complaints'));
    expect(page.items.map((i) => i.case.id)).not.toContain(aboutB);
  });
});

describe('the workflow', () => {
  it('refuses a stale version with 409 and a conclusion without its fields with 400', async () => {
    const { case: c } = await detailOf(w.as.handler, named);
    ok(await act(w.as.handler, named, 'verify'));
    expectError(await w.as.handler.post(`/api/v1/complaints/${named}/actions/conclude`, { version: c.version, note: '', fields: {} }), 409, 'VERSION_CONFLICT');
    const missing = await act(w.as.handler, named, 'conclude', { conclusion: 'MAYBE' });
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(missing).sort()).toEqual(['fields.conclusion', 'fields.grounds']);
  });

  it('keeps verification notes and the conclusion', async () => {
    ok(await w.as.clerk.post(`/api/v1/complaints/${named}/notes`, { body: '调取了 2026 年 1–2 月的银行流水' }));
    ok(await act(w.as.handler, named, 'conclude', { conclusion: 'FALSE', grounds: '经核查，无收受礼金事实' }));
    const d = await detailOf(w.as.handler, named);
    expect(d.case).toMatchObject({ state: 'CONCLUDED', closed: true });
    expect(d.conclusion).toMatchObject({ code: 'FALSE', label: '失实', concludedOn: '2026-10-12' });
    expect(d.notes.map((n) => n.body)).toEqual(['调取了 2026 年 1–2 月的银行流水']);
    expectError(await w.as.orgDept.post(`/api/v1/complaints/${named}/notes`, { body: 'x' }), 403, 'FORBIDDEN');
  });
});

describe('分办 (assigning handlers)', () => {
  it('offers only active users who may handle complaints, and refuses anyone else by position', async () => {
    const options = ok<Array<{ id: string; name: string }>>(await w.as.handler.get('/api/v1/complaints/handler-options'));
    const ids = options.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([w.userIds.handler, w.userIds.clerk]));
    expect(ids).not.toContain(w.userIds.cadreA);
    const open = ok<ComplaintDetail>(await w.as.registrar.post('/api/v1/complaints', intake([w.cadres.b]))).case.id;
    const res = await w.as.handler.post(`/api/v1/complaints/${open}/handlers`, { userIds: [w.userIds.clerk, w.userIds.cadreA] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['userIds.1']);
    expect((await detailOf(w.as.handler, open)).handlers).toEqual([]);
    ok(await w.as.handler.post(`/api/v1/complaints/${open}/handlers`, { userIds: [w.userIds.clerk] }));
    expect((await detailOf(w.as.handler, open)).handlers.map((h) => h.userId)).toEqual([w.userIds.clerk]);
  });

  it('is for handlers only', async () => {
    expectError(await w.as.cadreA.get('/api/v1/complaints/handler-options'), 403, 'FORBIDDEN');
  });
});

describe('repeated reports (重复举报)', () => {
  it('shows the earlier concluded complaints about the same cadre at intake and on the page', async () => {
    const earlier = (await detailOf(w.as.handler, await concluded(w, [w.cadres.b], 'UNPROVEN'))).case.number;
    const again = ok<ComplaintDetail>(await w.as.registrar.post('/api/v1/complaints', intake([w.cadres.b, w.cadres.a2])));
    expect(again.repeated.map((r) => [r.number, r.conclusionLabel])).toEqual([
      ['检〔2026〕1号', '失实'],
      [earlier, '查无实据（不能排除）'],
    ]);
    const other = ok<ComplaintDetail>(await w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a2])));
    expect(other.repeated.map((r) => r.number)).toEqual(['检〔2026〕1号']);
  });
});

describe('bad requests', () => {
  it('answer 4xx in Chinese, never a 500 nor a trace', async () => {
    const calls = [
      w.as.handler.get('/api/v1/complaints/not-a-uuid'),
      w.as.handler.get('/api/v1/complaints/00000000-0000-4000-8000-000000000000'),
      w.as.handler.get('/api/v1/complaints/00000000-0000-4000-8000-000000000000/complainant'),
      w.as.handler.post(`/api/v1/complaints/${named}/actions/close`, { version: 1 }),
      w.as.handler.post(`/api/v1/complaints/${named}/handlers`, { userIds: ['x'] }),
      w.as.handler.post(`/api/v1/complaints/${named}/clarification/approve`, { version: 'one' }),
      w.as.handler.post('/api/v1/complaints', { anonymous: 'yes', complainant: { name: 1 } }),
      w.as.handler.request('POST', '/api/v1/complaints', '{"broken', { 'content-type': 'application/json' }),
    ];
    for (const res of await Promise.all(calls)) expectNoLeak(res, res.body);
  });

  it('the engine’s own case page of a complaint carries no identity either', async () => {
    const page = ok(await w.as.handler.get(`/api/v1/cases/${named}`));
    expect(JSON.stringify(page)).not.toMatch(/张举报|13800138000|110101199003071234/);
  });
});
