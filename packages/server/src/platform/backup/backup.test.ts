import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnit } from '../../modules/org';
import { buildCadre, buildUnit, buildUser } from '../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { verifyAuditChain } from '../audit/audit.service';
import type { RequestContext } from '../context';
import { type Database, sql } from '../db/client';
import { backupDatabase, RestoreRefused, restoreDatabase, rowCounts } from './backup';

const dir = mkdtempSync(join(tmpdir(), 'dandang-backup-'));
const file = join(dir, 'backup.jsonl.gz');
const opened: TestDatabase[] = [];
let source: Database;
let counts: Record<string, number>;

async function fresh(options: { baseData?: boolean } = {}) {
  const db = await createTestDatabase(options);
  opened.push(db);
  return db.database;
}

/** Every row of a table in a stable order, as JSON, to compare two databases cell by cell. */
const dump = (database: Database, table: string) =>
  database.rows(sql`select row_to_json(t)::text as r from ${sql.identifier(table)} t order by row_to_json(t)::text`);

beforeAll(async () => {
  source = await fresh();
  const db = source.db;
  const root = await buildUnit(db, { name: '县委 "引号" 与 emoji 🏛' });
  const unit = await buildUnit(db, { parent: root });
  await buildCadre(db, { unitId: unit.id, name: '张三', birthDate: '1980-02-29', phone: '13800000000' });
  await buildCadre(db, { unitId: unit.id, name: '李四' });
  await buildUser(db, { unitId: unit.id, roles: ['unit_admin', 'cadre'], lockedUntil: new Date('2026-03-02T01:02:03.456Z') });
  const actor = {
    userId: crypto.randomUUID(),
    username: 'x',
    displayName: '备份测试',
    unitId: null,
    unitPath: null,
    unitName: null,
    cadreId: null,
    roles: ['sys_admin'],
    permissions: { 'org.unit.write': 'all' },
    mustChangePassword: false,
  };
  const ctx = { actor, requestId: 'req-1', ip: '10.0.0.1', userAgent: null, now: new Date('2026-03-02T09:00:00.123+08:00') } as RequestContext;
  await createUnit(db, ctx, { parentId: unit.id, name: '审计过的单位', code: 'AUD', type: 'government', sortOrder: 3 });
  counts = await backupDatabase(source, file);
});
afterAll(async () => {
  for (const db of opened) await db.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('counts what it wrote, table by table, matching the source', async () => {
    expect(counts).toEqual(await rowCounts(source));
    expect(counts.units).toBe(3);
    expect(counts.cadres).toBe(2);
    expect(counts.audit_log).toBeGreaterThan(1);
  });

  it('restores into an empty database with the same row counts, the same cells, and an intact audit chain', async () => {
    const target = await fresh({ baseData: false });
    expect(Object.values(await rowCounts(target)).every((n) => n === 0)).toBe(true);
    const restored = await restoreDatabase(target, file, false);
    expect(await rowCounts(target)).toEqual(await rowCounts(source));
    for (const [table, n] of Object.entries(counts)) expect(restored[table] ?? 0, table).toBe(n);
    for (const table of ['units', 'cadres', 'users', 'user_roles', 'audit_log', 'policies', 'calendar_days', 'dictionary_items']) {
      expect(await dump(target, table), table).toEqual(await dump(source, table));
    }
    const chain = await verifyAuditChain(target.db);
    expect(chain).toEqual({ ok: true, count: counts.audit_log });
    expect(chain).toEqual(await verifyAuditChain(source.db));
  });

  it('refuses to restore over a database that holds data unless forced, and changes nothing when refusing', async () => {
    const target = await fresh();
    await buildUnit(target.db, { name: '将被覆盖的单位' });
    const before = await rowCounts(target);
    await expect(restoreDatabase(target, file, false)).rejects.toBeInstanceOf(RestoreRefused);
    await expect(restoreDatabase(target, file, false)).rejects.toThrow(/不是空的/);
    expect(await rowCounts(target)).toEqual(before);
  });

  it('with force, replaces the whole content with the backup', async () => {
    const target = await fresh();
    await buildUnit(target.db, { name: '将被覆盖的单位' });
    await restoreDatabase(target, file, true);
    expect(await rowCounts(target)).toEqual(await rowCounts(source));
    expect(await dump(target, 'units')).toEqual(await dump(source, 'units'));
    expect(await dump(target, 'policies')).toEqual(await dump(source, 'policies'));
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
  });

  it('refuses a file that is not a Dandang backup, or is damaged, without touching the database', async () => {
    const target = await fresh({ baseData: false });
    const foreign = join(dir, 'foreign.gz');
    writeFileSync(foreign, gzipSync('{"format":"something-else"}\n'));
    await expect(restoreDatabase(target, foreign, false)).rejects.toBeInstanceOf(RestoreRefused);
    const damaged = join(dir, 'damaged.gz');
    writeFileSync(damaged, 'plain text, not gzip');
    await expect(restoreDatabase(target, damaged, false)).rejects.toBeInstanceOf(RestoreRefused);
    expect(Object.values(await rowCounts(target)).every((n) => n === 0)).toBe(true);
  });
});
