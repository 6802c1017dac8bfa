import { it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase } from '/work/main/packages/server/src/test/test-database';
import { units } from '/work/main/packages/server/src/modules/org/org.tables';
import * as repo from '/work/main/packages/server/src/modules/org/units.repository';
it('x', async () => {
  const { database, cleanup } = await createTestDatabase();
  const q = database.db.select({ id: units.id, c: (repo as any).x ?? units.id }).from(units).where(and(eq(units.id, '00000000-0000-0000-0000-000000000000')));
  const { sql: s } = await import('drizzle-orm');
  const childCount = s<number>`(select count(*)::int from ${units} c where c.parent_id = ${units.id})`;
  console.log(database.db.select({ id: units.id, childCount }).from(units).toSQL());
  await cleanup();
});
