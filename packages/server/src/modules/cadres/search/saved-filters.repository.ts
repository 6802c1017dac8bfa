import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { savedFilters } from '../saved-filters.tables';

/** Every query names the owner: another user's filter is simply not there. */
export const listSavedFilters = (db: Executor, ownerId: string, screen: string) =>
  db
    .select()
    .from(savedFilters)
    .where(and(eq(savedFilters.ownerId, ownerId), eq(savedFilters.screen, screen)))
    .orderBy(asc(savedFilters.name));

export async function findSavedFilter(db: Executor, ownerId: string, id: string) {
  const [row] = await db
    .select()
    .from(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.ownerId, ownerId)))
    .limit(1);
  return row ?? null;
}

export async function nameTaken(db: Executor, ownerId: string, screen: string, name: string): Promise<boolean> {
  const [row] = await db
    .select({ id: savedFilters.id })
    .from(savedFilters)
    .where(and(eq(savedFilters.ownerId, ownerId), eq(savedFilters.screen, screen), eq(savedFilters.name, name)))
    .limit(1);
  return Boolean(row);
}

export async function insertSavedFilter(db: Executor, values: typeof savedFilters.$inferInsert) {
  const [row] = await db.insert(savedFilters).values(values).returning();
  return row as typeof savedFilters.$inferSelect;
}

export async function deleteSavedFilter(db: Executor, ownerId: string, id: string) {
  const [row] = await db
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.ownerId, ownerId)))
    .returning({ id: savedFilters.id });
  return row;
}
