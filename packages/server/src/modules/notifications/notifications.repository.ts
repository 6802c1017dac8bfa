import type { InboxStatus } from '@dandang/shared/notifications/notification.schema';
import { and, count, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { notifications } from './notifications.tables';

/* Queries of the inbox. Every read and write names the owner: a person only ever reaches their own messages. */

export type NewNotification = Omit<typeof notifications.$inferInsert, 'id'>;

/** Writes the messages not written before (per recipient and key); answers those it wrote. */
export async function insertNotifications(db: Executor, rows: readonly NewNotification[]) {
  if (rows.length === 0) return [];
  return db
    .insert(notifications)
    .values([...rows])
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind });
}

/** Which of a person's messages a list shows: read or not, and of one kind or all. */
export interface InboxFilter {
  status: InboxStatus;
  kind?: string;
}

const filterCondition = ({ status, kind }: InboxFilter) =>
  and(
    status === 'unread' ? isNull(notifications.readAt) : status === 'read' ? isNotNull(notifications.readAt) : undefined,
    kind ? eq(notifications.kind, kind) : undefined,
  );

export function listInbox(db: Executor, userId: string, filter: InboxFilter, page: number, pageSize: number) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), filterCondition(filter)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function countInbox(db: Executor, userId: string, filter: InboxFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), filterCondition(filter)));
  return row?.n ?? 0;
}

/** Which of these ids are the owner's messages. */
export async function ownIds(db: Executor, userId: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/** Which of the owner's unread messages to mark: those named, or every one (of a kind, when given). */
export type MarkedMessages = { ids: readonly string[] } | { kind?: string };

/** Marks the owner's unread messages read; answers the ids it marked. */
export async function markRead(db: Executor, userId: string, at: Date, which: MarkedMessages) {
  const chosen = 'ids' in which ? inArray(notifications.id, [...which.ids]) : which.kind ? eq(notifications.kind, which.kind) : undefined;
  return db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), chosen))
    .returning({ id: notifications.id, announcementId: notifications.announcementId });
}
