import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, prepareDatabase } from './bootstrap';
import { roles, userRoles, users } from './modules/org';
import { auditLog } from './platform/audit/audit.tables';
import { createFieldCipher } from './platform/crypto/sm';
import { TEST_FIELD_KEY } from './test/test-app';
import { createTestDatabase, type TestDatabase } from './test/test-database';

/*
 * Several instances may start together on one empty database (a deployment behind a load balancer). Each start runs
 * the same preparation; the database must come out as if one instance had started alone.
 */
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
    await Promise.all([1, 2, 3].map(() => prepareDatabase(database, cipher)));
    const alone = await createTestDatabase();
    try {
      const [together] = await database.db.select({ n: count() }).from(roles);
      const [single] = await alone.database.db.select({ n: count() }).from(roles);
      expect(together?.n).toBeGreaterThan(0);
      expect(together?.n).toBe(single?.n);
    } finally {
      await alone.cleanup();
    }
  });

  it('two instances creating the first administrator at once create exactly one, with one role and one audit entry', async () => {
    t = await createTestDatabase();
    const results = await Promise.all([ensureFirstAdmin(t.database, 'Dandang#2026!'), ensureFirstAdmin(t.database, 'Dandang#2026!')]);
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
