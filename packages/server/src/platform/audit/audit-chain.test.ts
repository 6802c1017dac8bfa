import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit } from '../../test/factories';
import { expectError, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { queryRows, sql } from '../db/client';
import { countAuditRows, verifyAuditChain } from './audit.service';
import { canonicalJson } from './canonical';

interface Operation {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string | null;
  ip: string | null;
}

let t: TestApp;
let admin: Session;
let me: { id: string; displayName: string };
let before: number;
/** Each API write made in `beforeAll`, with the response that carries its request id. */
const writes: Array<{ action: string; entity: string; entityId: string; res: LightMyRequestResponse; changed: string[] }> = [];
let root: { id: string; path: string; jurisdictionId: string };

/** Makes one audited write; the entity id is the given one or the `id` the response carries. */
async function write(action: string, entity: string, changed: string[], call: Promise<LightMyRequestResponse>, entityId?: string) {
  const res = await call;
  expect(res.statusCode, `${action}: ${res.body}`).toBeLessThan(300);
  writes.push({ action, entity, entityId: entityId ?? (res.json() as { id: string }).id, res, changed });
  return res;
}

const operations = async (query: string) => ok<{ items: Operation[]; total: number }>(await admin.get(`/api/v1/audit/operations?${query}`));

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
  me = ok(await admin.get('/api/v1/auth/me'));
  before = await countAuditRows(t.database.db);
  const created = ['name', 'code', 'type', 'path', 'parentId', 'sortOrder'];
  const unit = (body: object) => write('unit.create', 'unit', created, admin.post('/api/v1/units', { type: 'government', sortOrder: 1, ...body }));
  root = (await unit({ parentId: null, name: '县委', code: 'ROOT' })).json();
  writes[0] = { ...(writes[0] as (typeof writes)[0]), changed: created.filter((f) => f !== 'parentId') };
  const a = ok<{ id: string; version: number }>(await unit({ parentId: root.id, name: '甲', code: 'A' }));
  const b = ok<{ id: string; version: number }>(await unit({ parentId: root.id, name: '乙', code: 'B' }));
  await write('unit.update', 'unit', ['name'], admin.patch(`/api/v1/units/${a.id}`, { name: '甲局', version: a.version }));
  await write('unit.move', 'unit', ['parentId', 'path'], admin.post(`/api/v1/units/${b.id}/move`, { newParentId: a.id, version: b.version }));
  await write('unit.delete', 'unit', created, admin.delete(`/api/v1/units/${b.id}`), b.id);
  const user = await admin.post('/api/v1/users', { username: 'auditee', displayName: '被审计', unitId: a.id, roles: ['cadre'] });
  await write('user.create', 'user', ['username', 'displayName', 'unitId', 'roles', 'disabled'], Promise.resolve(user), user.json().user.id);
  await write('role.grants', 'role', ['grants'], admin.put('/api/v1/roles/cadre/grants', { grants: [{ permission: 'cadre.read', scope: 'self' }] }), 'cadre');
  const gender = ok<Array<{ code: string; items: object[] }>>(await admin.get('/api/v1/dictionaries')).find((d) => d.code === 'gender');
  const items = [...(gender?.items ?? []), { value: '9', label: '未说明', sortOrder: 9, color: null, disabled: false }];
  await write('dictionary.update', 'dictionary', ['items'], admin.put('/api/v1/dictionaries/gender', { items }), 'gender');
  await write('calendar.set_day', 'calendar_day', ['day'], admin.put('/api/v1/calendar/days/2026-03-06', { kind: 'holiday', name: '测试假日' }), '2026-03-06');
  const national = ok<Array<{ id: string; status: string }>>(await admin.get('/api/v1/policies')).find((p) => p.status === 'active');
  const draft = await write('policy.clone', 'policy', ['basedOnId'], admin.post(`/api/v1/policies/${national?.id}/clone`, {}));
  const d = draft.json() as { id: string; name: string; document: { notice: object }; version: number };
  const document = { ...d.document, notice: { defaultWorkdays: 7 } };
  await write('policy.update', 'policy', ['document'], admin.put(`/api/v1/policies/${d.id}`, { name: d.name, document, version: d.version }));
  await write(
    'policy.activate',
    'policy',
    ['status', 'effectiveFrom'],
    admin.post(`/api/v1/policies/${d.id}/activate`, { effectiveFrom: '2026-07-01', version: d.version + 1 }),
  );
});
afterAll(() => t.close());

describe('the audit chain', () => {
  it('verifies after the writes, with one new row per write', async () => {
    const result = await verifyAuditChain(t.database.db);
    expect(result).toEqual({ ok: true, count: before + writes.length });
    expect(await countAuditRows(t.database.db)).toBe(before + writes.length);
  });

  it('records every API write with actor, action, entity, id, the changed fields only, request id and ip', async () => {
    const all = (await operations('pageSize=500')).items;
    for (const w of writes) {
      const rows = all.filter((o) => o.action === w.action && o.entityId === w.entityId && o.requestId === w.res.headers['x-request-id']);
      expect(rows, w.action).toHaveLength(1);
      const row = rows[0] as Operation;
      expect(row, w.action).toMatchObject({
        actorId: me.id,
        actorName: me.displayName,
        entity: w.entity,
        requestId: w.res.headers['x-request-id'],
        ip: '127.0.0.1',
      });
      expect(Object.keys(row.changes).sort(), w.action).toEqual([...w.changed].sort());
      for (const [field, change] of Object.entries(row.changes)) {
        expect(canonicalJson(change.before) !== canonicalJson(change.after), `${w.action}.${field} did not change`).toBe(true);
      }
    }
  });

  it('keeps concrete before/after values', async () => {
    const [update] = (await operations('action=unit.update')).items;
    expect(update?.changes).toEqual({ name: { before: '甲', after: '甲局' } });
    const [day] = (await operations('entity=calendar_day')).items;
    expect(day?.changes).toEqual({ day: { before: null, after: { kind: 'holiday', name: '测试假日' } } });
    const [activate] = (await operations('action=policy.activate')).items;
    expect(activate?.changes).toMatchObject({ status: { before: 'draft', after: 'active' }, effectiveFrom: { after: '2026-07-01' } });
  });

  it('leaves no audit row and no change behind when a write fails', async () => {
    const count = await countAuditRows(t.database.db);
    const unit = await buildUnit(t.database.db, { parent: root });
    expectError(await admin.patch(`/api/v1/units/${unit.id}`, { name: '过期', version: unit.version + 5 }), 409, 'VERSION_CONFLICT');
    expectError(await admin.post('/api/v1/units', { parentId: unit.id, name: '重复', code: 'A', type: 'government' }), 409, 'DUPLICATE');
    await buildUnit(t.database.db, { parent: unit });
    expectError(await admin.delete(`/api/v1/units/${unit.id}`), 409, 'UNIT_NOT_EMPTY');
    expectError(await admin.put('/api/v1/calendar/days/2031-01-02', { kind: 'holiday' }), 400, 'VALIDATION_FAILED');
    expect(await countAuditRows(t.database.db)).toBe(count);
    expect(ok<{ name: string }>(await admin.get(`/api/v1/units/${unit.id}`)).name).toBe(unit.name);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('detects a row altered with SQL, naming its seq', async () => {
    const seq = before + 4;
    const [original] = await queryRows<{ changes: unknown }>(t.database.db, sql`select changes from audit_log where seq = ${seq}`);
    await t.database.db.execute(sql`update audit_log set changes = ${JSON.stringify({ name: { before: '甲', after: '乙' } })}::jsonb where seq = ${seq}`);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, count: seq - 1, firstBad: { seq } });
    expect(result.firstBad?.reason).toContain('改动');
    await t.database.db.execute(sql`update audit_log set changes = ${JSON.stringify(original?.changes)}::jsonb where seq = ${seq}`);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('detects a deleted row, naming the missing seq', async () => {
    const seq = before + 2;
    const [saved] = await queryRows<Record<string, unknown>>(t.database.db, sql`select * from audit_log where seq = ${seq}`);
    await t.database.db.execute(sql`delete from audit_log where seq = ${seq}`);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, count: seq - 1, firstBad: { seq } });
    expect(result.firstBad?.reason).toContain('缺失');
    await t.database.db.execute(sql`insert into audit_log select * from json_populate_record(null::audit_log, ${JSON.stringify(saved)}::json)`);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});

describe('GET /api/v1/audit/operations', () => {
  it('filters by action, entity, actor and date, and pages', async () => {
    const units = await operations('entity=unit&pageSize=100');
    expect(units.items.length).toBe(units.total);
    expect(new Set(units.items.map((o) => o.entity))).toEqual(new Set(['unit']));
    expect(units.items.map((o) => o.action)).toEqual(expect.arrayContaining(['unit.create', 'unit.update', 'unit.move', 'unit.delete']));
    const policy = await operations('action=policy.&pageSize=100');
    expect(policy.items.map((o) => o.action).sort()).toEqual(expect.arrayContaining(['policy.activate', 'policy.clone', 'policy.update']));
    expect(policy.items.every((o) => o.action.startsWith('policy.'))).toBe(true);
    const mine = await operations(`actor=${encodeURIComponent(me.displayName)}&from=2026-03-02&to=2026-03-02&pageSize=100`);
    expect(mine.total).toBe(writes.length);
    expect((await operations(`actor=${encodeURIComponent(me.displayName)}&from=2026-03-03`)).total).toBe(0);
    const page = await operations(`actor=${encodeURIComponent(me.displayName)}&page=2&pageSize=5`);
    expect(page).toMatchObject({ total: writes.length });
    expect(page.items).toHaveLength(5);
    expect(page.items[0]?.id).toBeLessThan(mine.items[4]?.id ?? 0);
  });

  it('exports the same filtered list as a real xlsx workbook', async () => {
    const res = await admin.get('/api/v1/audit/operations.xlsx?entity=unit');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe('操作日志');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '时间', '操作人', '操作', '对象', '对象编号', '变更内容', 'IP', '请求编号']);
    const listed = await operations('entity=unit&pageSize=100');
    expect(sheet.actualRowCount).toBe(listed.total + 1);
    const update = listed.items.find((o) => o.action === 'unit.update') as Operation;
    const row = sheet.getRows(2, listed.total)?.find((r) => r.getCell(1).value === update.id);
    expect(row?.getCell(3).value).toBe(me.displayName);
    expect(row?.getCell(4).value).toBe('unit.update');
    expect(row?.getCell(5).value).toBe('unit');
    expect(JSON.parse(String(row?.getCell(7).value))).toEqual(update.changes);
    expect(row?.getCell(9).value).toBe(update.requestId);
  });
});
