import type { AnnouncementReceipts, AnnouncementView } from '@dandang/shared/notifications/announcement.schema';
import type { InboxPage, SweepResult } from '@dandang/shared/notifications/notification.schema';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { contextOf } from '../../test/actor';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { addParticipants, cases, transitionCase } from '../cases';
import { notifications } from './notifications.tables';
import { openDueCase, recordAdmonishment } from './notifications.test-support';

/*
 * Issue 8 item 4 through HTTP: the inbox (assignments, the sweep's due items, decisions), marking read, and 通知公告
 * with read receipts. The clock starts on Monday 2026-03-02 in Beijing; a tolerance case opened then must be accepted
 * within 5 working days (by 2026-03-09).
 */

let t: TestApp;
let county: County;
let admin: Session;
let handler: Session;
let cadreSession: Session;
let orgDept: Session;
let unitAdminA: Session;
const ids: Record<string, string> = {};
const usernames: Record<string, string> = {};

const inboxOf = async (s: Session, query = '') => ok<InboxPage>(await s.get(`/api/v1/notifications${query}`));
const kindsOf = (page: InboxPage) => page.items.map((i) => i.kind).sort();
const sweep = async () => ok<{ queued: boolean; result: SweepResult }>(await admin.post('/api/v1/notifications/sweep')).result;
/** Sessions end when idle for long, so everyone signs in again after the clock moves by days. */
async function signInAll() {
  [admin, handler, cadreSession, orgDept, unitAdminA] = await Promise.all(
    ['admin', 'handler', 'cadre', 'orgDept', 'unitAdminA'].map((who) => t.login(usernames[who] as string)),
  );
}
async function moveTo(iso: string) {
  t.clock.advance(new Date(iso).getTime() - t.clock.now().getTime());
  await signInAll();
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  county = await buildCounty(t);
  const adminUser = await buildUser(db, { roles: ['sys_admin'], unitId: null });
  const handlerUser = await buildUser(db, { roles: ['discipline'], unitId: county.root.id, displayName: '纪委承办人' });
  const assigner = await buildUser(db, { roles: ['discipline'], unitId: county.root.id });
  const cadre = await buildCadre(db, { unitId: county.a.id, name: '甲干部' });
  const cadreUser = await buildUser(db, { roles: ['cadre'], unitId: county.a.id, cadreId: cadre.id, displayName: '甲干部' });
  Object.assign(usernames, {
    admin: adminUser.username,
    handler: handlerUser.username,
    cadre: cadreUser.username,
    orgDept: county.users.orgDept.username,
    unitAdminA: county.users.unitAdminA.username,
  });
  await signInAll();
  Object.assign(ids, { handler: handlerUser.id, assigner: assigner.id, cadre: cadre.id, cadreUser: cadreUser.id });
  const opened = await openDueCase(db, await contextOf(db, assigner.id, t.clock.now()), {
    unitId: county.a.id,
    cadreId: cadre.id,
    title: '甲干部容错申请',
    handlers: [],
  });
  ids.case = opened.id;
  ids.caseNumber = opened.number;
  // 诫勉 of 2025-09-15: the bar ends 2026-03-15 (within 30 days), and the first return visit (3 months) is overdue.
  await recordAdmonishment(db, cadre.id, '2025-09-15');
});
afterAll(() => t.close());

describe('[notifications] assignment', () => {
  it('a person put on a case as handler is told once, the one who assigned is not', async () => {
    const db = t.database.db;
    const ctx = await contextOf(db, ids.assigner as string, t.clock.now());
    const assign = () => db.transaction((tx) => addParticipants(tx, ids.case as string, [{ userId: ids.handler as string, role: 'HANDLER' }], ctx));
    await assign();
    await assign();
    const page = await inboxOf(handler);
    expect(kindsOf(page)).toEqual(['CASE_ASSIGNED']);
    expect(page.items[0]?.title).toContain(ids.caseNumber);
    expect(page.items[0]?.link).toBe(`/tolerance/cases/${ids.case}`);
    expect(page.unread).toBe(1);
    // Dated by the assigner's request and audited as the assigner, not as the system at the machine's clock.
    expect(page.items[0]?.createdAt).toBe(t.clock.now().toISOString());
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'notification.create'), eq(auditLog.entityId, ids.case as string)));
    expect(audit.map((r) => r.actorId)).toEqual([ids.assigner]);
  });
});

describe('[notifications] the sweep', () => {
  it('needs its permission', async () => {
    expectError(await handler.post('/api/v1/notifications/sweep'), 403, 'FORBIDDEN');
  });

  it('finds the ending bar and the overdue visit, and tells each person once however often it runs', async () => {
    const first = await sweep();
    expect(first.bySource).toMatchObject({ CASE_DUE: 0 });
    expect(first.bySource.BAR_ENDING).toBeGreaterThan(0);
    expect(first.bySource.VISIT_OVERDUE).toBeGreaterThan(0);
    const again = await sweep();
    expect(again.created).toBe(0);

    // The cadre hears of their own bar; the measure managers (org_dept) of both; a unit administrator of neither.
    expect(kindsOf(await inboxOf(cadreSession))).toEqual(['BAR_ENDING']);
    expect(kindsOf(await inboxOf(orgDept))).toEqual(['BAR_ENDING', 'VISIT_OVERDUE']);
    expect(kindsOf(await inboxOf(unitAdminA))).toEqual([]);
    const bar = (await inboxOf(cadreSession)).items[0];
    expect(bar?.title).toContain('2026-03-15');
    expect(bar?.link).toBe(`/cadres/${ids.cadre}`);
  });

  it('tells the handler when the case falls due within 3 working days, then once more when it is overdue', async () => {
    await moveTo('2026-03-05T09:00:00+08:00');
    expect((await sweep()).bySource.CASE_DUE).toBe(1);
    expect((await sweep()).created).toBe(0);
    await moveTo('2026-03-10T09:00:00+08:00');
    expect((await sweep()).bySource.CASE_DUE).toBe(1);
    const page = await inboxOf(handler);
    const due = page.items.filter((i) => i.kind === 'CASE_OVERDUE' || i.kind === 'CASE_DUE_SOON');
    expect(due.map((i) => i.kind)).toEqual(['CASE_OVERDUE', 'CASE_DUE_SOON']);
    expect(due[0]?.body).toContain('2026-03-09');
  });

  it('is audited as the system, one entry per source that wrote', async () => {
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'notification.sweep'));
    // BAR_ENDING and VISIT_OVERDUE on the first run, CASE_DUE on two days; the runs that wrote nothing left no entry.
    expect(rows.map((r) => r.entityId).sort()).toEqual(['BAR_ENDING', 'CASE_DUE', 'CASE_DUE', 'VISIT_OVERDUE']);
    expect(rows.every((r) => r.actorId === null)).toBe(true);
  });
});

describe('[notifications] decisions', () => {
  it('closing a case tells the cadre it is about and its handler, not the one who decided', async () => {
    const db = t.database.db;
    const ctx = await contextOf(db, ids.assigner as string, t.clock.now());
    const [row] = await db
      .select({ version: cases.version })
      .from(cases)
      .where(eq(cases.id, ids.case as string));
    await db.transaction((tx) =>
      transitionCase(tx, ctx, TOLERANCE_WORKFLOW, ids.case as string, {
        action: 'refuse',
        version: row?.version as number,
        note: '不属于容错情形',
        fields: {},
      }),
    );
    expect(kindsOf(await inboxOf(cadreSession))).toEqual(['BAR_ENDING', 'CASE_CLOSED']);
    const closed = (await inboxOf(handler)).items.find((i) => i.kind === 'CASE_CLOSED');
    expect(closed?.title).toContain('不予受理');
    const assignerInbox = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, ids.assigner as string), eq(notifications.kind, 'CASE_CLOSED')));
    expect(assignerInbox).toEqual([]);
  });
});

describe('[notifications] inbox', () => {
  it('filters unread and read, and marks one message read', async () => {
    const unread = await inboxOf(handler, '?status=unread');
    expect(unread.total).toBe(unread.unread);
    const first = unread.items[0];
    const res = ok<{ marked: number; unread: number }>(await handler.post('/api/v1/notifications/read', { ids: [first?.id] }));
    expect(res).toEqual({ marked: 1, unread: unread.unread - 1 });
    const read = await inboxOf(handler, '?status=read');
    expect(read.items.map((i) => i.id)).toEqual([first?.id]);
    expect(read.items[0]?.readAt).not.toBeNull();
    expect(ok<{ unread: number }>(await handler.get('/api/v1/notifications/unread-count')).unread).toBe(unread.unread - 1);
  });

  it('lists one kind of message only, and still counts every unread one', async () => {
    const all = await inboxOf(handler, '?pageSize=100');
    expect(all.items.length).toBe(all.total);
    const kinds = new Set(all.items.map((i) => i.kind));
    expect(kinds.size).toBeGreaterThan(1);
    const kind = all.items[0]?.kind as string;
    const one = await inboxOf(handler, `?kind=${kind}&pageSize=100`);
    expect(one.items.length).toBeGreaterThan(0);
    expect(one.items.every((i) => i.kind === kind)).toBe(true);
    expect(one.total).toBe(all.items.filter((i) => i.kind === kind).length);
    expect(one.unread).toBe(all.unread);
    // A cleared filter sends the parameter empty: every kind again.
    expect((await inboxOf(handler, '?kind=&pageSize=100')).total).toBe(all.total);
  });

  it('someone else’s message is not found, and nothing of the request is marked', async () => {
    const mine = (await inboxOf(handler, '?status=unread')).items[0]?.id;
    const theirs = (await inboxOf(cadreSession, '?status=unread')).items[0]?.id;
    expectError(await handler.post('/api/v1/notifications/read', { ids: [mine, theirs] }), 404, 'NOT_FOUND');
    expect((await inboxOf(handler, '?status=unread')).items.some((i) => i.id === mine)).toBe(true);
    expect((await inboxOf(cadreSession, '?status=unread')).items.some((i) => i.id === theirs)).toBe(true);
  });

  it('bad input names every bad field', async () => {
    const res = await handler.post('/api/v1/notifications/read', { ids: ['x', 'y'] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['ids.0', 'ids.1']);
    const query = await handler.get('/api/v1/notifications?status=maybe&pageSize=0&kind=not%20a%20kind');
    expectError(query, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(query).sort()).toEqual(['querystring.kind', 'querystring.pageSize', 'querystring.status']);
  });

  it('marks every message of one kind read, and leaves the others unread', async () => {
    const before = await inboxOf(handler, '?status=unread&pageSize=100');
    const kind = before.items[0]?.kind as string;
    const ofKind = before.items.filter((i) => i.kind === kind).length;
    expect(ofKind).toBeLessThan(before.unread);
    const res = ok<{ marked: number; unread: number }>(await handler.post(`/api/v1/notifications/read-all?kind=${kind}`));
    expect(res).toEqual({ marked: ofKind, unread: before.unread - ofKind });
    const after = await inboxOf(handler, '?status=unread&pageSize=100');
    expect(after.items.some((i) => i.kind === kind)).toBe(false);
    expectError(await handler.post('/api/v1/notifications/read-all?kind=bad-kind'), 400, 'VALIDATION_FAILED');
  });

  it('marks everything read at once', async () => {
    expect(ok<{ unread: number }>(await handler.post('/api/v1/notifications/read-all')).unread).toBe(0);
    expect((await inboxOf(handler, '?status=unread')).items).toEqual([]);
  });

  it('needs a session', async () => {
    expectError(await t.anonymous().get('/api/v1/notifications'), 401, 'AUTH_REQUIRED');
  });
});

describe('[notifications] announcements', () => {
  it('only publishers may publish', async () => {
    expectError(await unitAdminA.post('/api/v1/announcements', { title: '通知', body: '内容', audience: 'ALL' }), 403, 'FORBIDDEN');
  });

  it('bad input names every bad field and writes nothing', async () => {
    const res = await orgDept.post('/api/v1/announcements', { title: ' ', body: '', audience: 'UNITS', unitIds: [] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['body', 'title', 'unitIds']);
    const unknown = await orgDept.post('/api/v1/announcements', { title: '通知', body: '内容', audience: 'UNITS', unitIds: [crypto.randomUUID()] });
    expect(fieldPaths(unknown)).toEqual(['unitIds.0']);
    expect(ok<{ total: number }>(await orgDept.get('/api/v1/announcements')).total).toBe(0);
  });

  it('reaches the chosen unit and its people only, with read receipts per unit', async () => {
    const published = ok<AnnouncementView>(
      await orgDept.post('/api/v1/announcements', { title: '关于报送年度总结的通知', body: '请于3月20日前报送。', audience: 'UNITS', unitIds: [county.a.id] }),
    );
    expect(published.units).toEqual([{ id: county.a.id, name: '甲局' }]);
    expect(published.recipients).toBe(2); // 甲局's unit administrator and 甲干部
    expect((await inboxOf(handler)).items.some((i) => i.kind === 'ANNOUNCEMENT')).toBe(false);
    const notice = (await inboxOf(unitAdminA)).items.find((i) => i.kind === 'ANNOUNCEMENT');
    expect(notice?.body).toBe('请于3月20日前报送。');
    ok(await unitAdminA.post('/api/v1/notifications/read', { ids: [notice?.id] }));

    const receipts = ok<AnnouncementReceipts>(await orgDept.get(`/api/v1/announcements/${published.id}/receipts`));
    expect([receipts.total, receipts.read]).toEqual([2, 1]);
    expect(receipts.units).toHaveLength(1);
    expect(receipts.units[0]?.readers.map((p) => p.userId)).toEqual([county.users.unitAdminA.id]);
    expect(receipts.units[0]?.unreadPeople.map((p) => p.name)).toEqual(['甲干部']);
    const list = ok<{ items: AnnouncementView[] }>(await orgDept.get('/api/v1/announcements'));
    expect(list.items[0]).toMatchObject({ id: published.id, recipients: 2, read: 1 });

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'announcement.publish'), eq(auditLog.entityId, published.id)));
    expect(audit).toHaveLength(1);
  });

  it('exports the receipts to Excel, the unread first in each unit', async () => {
    const list = ok<{ items: AnnouncementView[] }>(await orgDept.get('/api/v1/announcements'));
    const res = await orgDept.get(`/api/v1/announcements/${list.items[0]?.id}/receipts.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('阅读回执'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = (book.getWorksheet('阅读回执')?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1, 4));
    expect(rows).toEqual([
      ['单位', '姓名', '阅读状态'],
      ['甲局', '甲干部', '未读'],
      ['甲局', county.users.unitAdminA.displayName, '已读'],
    ]);
  });

  it('to everyone: every active account, a disabled one not', async () => {
    const disabled = await buildUser(t.database.db, { unitId: county.b.id, disabled: true });
    const published = ok<AnnouncementView>(await admin.post('/api/v1/announcements', { title: '系统维护通知', body: '周六停机维护。', audience: 'ALL' }));
    const told = await t.database.db.select().from(notifications).where(eq(notifications.announcementId, published.id));
    expect(told.length).toBe(published.recipients);
    expect(told.some((n) => n.userId === disabled.id)).toBe(false);
    expect(told.some((n) => n.userId === ids.handler)).toBe(true);
  });

  it('receipts of an unknown announcement are not found', async () => {
    expectError(await orgDept.get(`/api/v1/announcements/${crypto.randomUUID()}/receipts`), 404, 'NOT_FOUND');
    expectError(await orgDept.get('/api/v1/announcements/abc/receipts'), 400, 'VALIDATION_FAILED');
  });
});

describe('[notifications] assignment of oneself', () => {
  it('the assigner who puts themself on a case is not told of it, the others are', async () => {
    const db = t.database.db;
    const colleague = await buildUser(db, { roles: ['discipline'], unitId: county.root.id });
    const ctx = await contextOf(db, ids.assigner as string, t.clock.now());
    await db.transaction((tx) =>
      addParticipants(
        tx,
        ids.case as string,
        [
          { userId: ids.assigner as string, role: 'CONSULTED' },
          { userId: colleague.id, role: 'CONSULTED' },
        ],
        ctx,
      ),
    );
    const told = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'CASE_ASSIGNED'),
          eq(notifications.subjectId, ids.case as string),
          eq(notifications.dedupeKey, `CASE_ASSIGNED:${ids.case}:CONSULTED`),
        ),
      );
    expect(told.map((r) => r.userId)).toEqual([colleague.id]);
  });
});

describe('[notifications] contract', () => {
  it('is documented in the OpenAPI description under its tag', async () => {
    const doc = ok<{ paths: Record<string, Record<string, { tags?: string[] }>> }>(await t.anonymous().get('/api/openapi.json'));
    for (const path of ['/api/v1/notifications', '/api/v1/notifications/read', '/api/v1/announcements', '/api/v1/announcements/{id}/receipts']) {
      expect(Object.values(doc.paths[path] ?? {}).map((op) => op.tags)).toContainEqual(['notifications']);
    }
  });
});
