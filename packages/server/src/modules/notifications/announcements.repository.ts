import { and, asc, count, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { unitTreeOrder } from '../org';
import { units, users } from '../org/org.tables';
import { announcements, announcementUnits, notifications } from './notifications.tables';

/* Queries of 通知公告. Reads by id take the publisher's scope condition, so one out of scope is not found. */

export type AnnouncementRow = typeof announcements.$inferSelect;

export async function insertAnnouncement(db: Executor, values: typeof announcements.$inferInsert, unitIds: readonly string[]) {
  const [row] = await db.insert(announcements).values(values).returning();
  const created = row as AnnouncementRow;
  if (unitIds.length > 0) await db.insert(announcementUnits).values(unitIds.map((unitId) => ({ announcementId: created.id, unitId })));
  return created;
}

export async function findAnnouncement(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select()
    .from(announcements)
    .where(and(eq(announcements.id, id), scope))
    .limit(1);
  return row ?? null;
}

export function listAnnouncements(db: Executor, scope: SQL | undefined, page: number, pageSize: number) {
  return db
    .select()
    .from(announcements)
    .where(scope)
    .orderBy(desc(announcements.publishedAt), desc(announcements.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function countAnnouncements(db: Executor, scope: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(announcements).where(scope);
  return row?.n ?? 0;
}

/** Per announcement: its units, and how many were told and have read. */
export async function detailsOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0)
    return { unitsOf: new Map<string, Array<{ id: string; name: string }>>(), counts: new Map<string, { recipients: number; read: number }>() };
  const [unitRows, countRows] = await Promise.all([
    db
      .select({ announcementId: announcementUnits.announcementId, id: units.id, name: units.name })
      .from(announcementUnits)
      .innerJoin(units, eq(units.id, announcementUnits.unitId))
      .where(inArray(announcementUnits.announcementId, [...ids]))
      .orderBy(unitTreeOrder),
    db
      .select({
        announcementId: sql<string>`${notifications.announcementId}`,
        recipients: count(),
        read: sql<number>`count(${notifications.readAt})::int`,
      })
      .from(notifications)
      .where(and(isNotNull(notifications.announcementId), inArray(notifications.announcementId, [...ids])))
      .groupBy(notifications.announcementId),
  ]);
  const unitsOf = new Map<string, Array<{ id: string; name: string }>>();
  for (const u of unitRows) unitsOf.set(u.announcementId, [...(unitsOf.get(u.announcementId) ?? []), { id: u.id, name: u.name }]);
  return { unitsOf, counts: new Map(countRows.map((c) => [c.announcementId, { recipients: c.recipients, read: Number(c.read) }])) };
}

/** Each recipient of an announcement with their unit and when they read it, in the unit tree's order. */
export function receiptRows(db: Executor, announcementId: string) {
  return db
    .select({ userId: users.id, name: users.displayName, unitId: units.id, unitName: units.name, readAt: notifications.readAt })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(notifications.announcementId, announcementId))
    .orderBy(sql`${units.path} using ~<~ nulls last`, asc(users.displayName));
}

/** Which of these unit ids exist within the publisher's reach. */
export async function reachableUnits(db: Executor, ids: readonly string[], scope: SQL | undefined): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, [...ids]), scope));
  return new Set(rows.map((r) => r.id));
}
