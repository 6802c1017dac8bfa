import { and, asc, desc, eq, inArray, max, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres/cadres.tables';
import { units, users } from '../org/org.tables';
import { careFlags, careRecords } from './visits.tables';

const recordColumns = {
  id: careRecords.id,
  cadreId: careRecords.cadreId,
  kind: careRecords.kind,
  on: careRecords.on,
  by: careRecords.by,
  notes: careRecords.notes,
  createdByName: users.displayName,
  createdAt: careRecords.createdAt,
};
export type CareRecordRow = Awaited<ReturnType<typeof listCareRecords>>[number];

export function listCareRecords(db: Executor, cadreId: string) {
  return db
    .select(recordColumns)
    .from(careRecords)
    .leftJoin(users, eq(users.id, careRecords.createdBy))
    .where(eq(careRecords.cadreId, cadreId))
    .orderBy(desc(careRecords.on), asc(careRecords.id));
}

export async function findCareRecord(db: Executor, id: string) {
  const [row] = await db.select(recordColumns).from(careRecords).leftJoin(users, eq(users.id, careRecords.createdBy)).where(eq(careRecords.id, id));
  return row as CareRecordRow;
}

export async function insertCareRecord(db: Executor, values: typeof careRecords.$inferInsert) {
  await db.insert(careRecords).values(values);
}

export async function insertCareFlag(db: Executor, values: typeof careFlags.$inferInsert) {
  const [row] = await db.insert(careFlags).values(values).returning();
  return row as typeof careFlags.$inferSelect;
}

/** Name and unit of the cadres, within the scope. */
export function cadresIn(db: Executor, ids: string[], scope: SQL | undefined) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, unitName: units.name })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(inArray(cadres.id, ids), scope));
}

/** Each cadre's latest care record date. */
export async function lastCareOn(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ cadreId: careRecords.cadreId, on: max(careRecords.on) })
    .from(careRecords)
    .where(inArray(careRecords.cadreId, ids))
    .groupBy(careRecords.cadreId);
  return new Map(rows.map((r) => [r.cadreId, r.on ?? '']));
}
