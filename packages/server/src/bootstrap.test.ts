import { count, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, prepareDatabase } from './bootstrap';
import { userRoles, users } from './modules/org';
import { auditLog } from './platform/audit/audit.tables';
import { createFieldCipher } from './platform/crypto/sm';
import { type Database, openDatabase } from './platform/db/client';
import { TEST_FIELD_KEY } from './test/test-app';
import { createTestDatabase, type TestDatabase } from './test/test-database';

/*
 * Several instances may start together on one empty database (a deployment behind a load balancer). Each start runs
 * the same preparation; the database must come out as if one instance had started alone.
 */
/** The rows of every table a preparation writes, and the migrations it applied. */
async function referenceCounts(database: Database): Promise<Record<string, number>> {
  const tables = ['roles', 'role_grants', 'dictionaries', 'dictionary_items', 'calendar_years', 'calendar_days', 'policies', 'audit_log'];
  const counts: Record<string, number> = {};
  for (const table of [...tables, 'drizzle.__drizzle_migrations']) {
    const [row] = await database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

describe('first start of several instances at once', () => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  it('three preparations of an empty database at once leave one schema and one set of reference rows', async () => {
    t = await createTestDatabase({ empty: true });
    const { database } = t;
    const cipher = createFieldCipher(TEST_FIELD_KEY);
    // On a server, each start gets connections of its own, as separate instances would; PGlite has one owner.
    const { url } = t;
    const others = url ? await Promise.all([1, 2].map(() => openDatabase({ databaseUrl: url, poolSize: 2 }))) : [database, database];
    try {
      await Promise.all([database, ...others].map((instance) => prepareDatabase(instance, cipher)));
    } finally {
      if (url) await Promise.all(others.map((o) => o.close()));
    }
    const alone = await createTestDatabase();
    try {
      const together = await referenceCounts(database);
      expect(together.roles).toBeGreaterThan(0);
      expect(together.calendar_days).toBeGreaterThan(0);
      expect(together).toEqual(await referenceCounts(alone.database));
    } finally {
      await alone.cleanup();
    }
  });

  it('two instances creating the first administrator at once create exactly one, with one role and one audit entry', async () => {
    t = await createTestDatabase();
    const { url } = t;
    const other = url ? await openDatabase({ databaseUrl: url, poolSize: 2 }) : t.database;
    const results = await Promise.all([ensureFirstAdmin(t.database, 'Dandang#2026!'), ensureFirstAdmin(other, 'Dandang#2026!')]).finally(async () => {
      if (url) await other.close();
    });
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    const admins = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    expect(admins).toHaveLength(1);
    const [grants] = await t.database.db
      .select({ n: count() })
      .from(userRoles)
      .where(eq(userRoles.userId, admins[0]?.id ?? ''));
    expect(grants?.n).toBe(1);
    const [entries] = await t.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'user.create'));
    expect(entries?.n).toBe(1);
  });
});
