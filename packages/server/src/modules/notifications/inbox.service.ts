import { type InboxPage, type InboxQuery, NOTIFICATION_KIND_LABELS, type NotificationView } from '@dandang/shared/notifications/notification.schema';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import * as repo from './notifications.repository';
import type { notifications } from './notifications.tables';

/** What the bell counts: every unread message, whatever the list on screen is filtered to. */
const UNREAD: repo.InboxFilter = { status: 'unread' };

function ownerOf(ctx: RequestContext): string {
  if (!ctx.actor) throw new DomainError('AUTH_REQUIRED');
  return ctx.actor.userId;
}

function present(row: typeof notifications.$inferSelect): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: NOTIFICATION_KIND_LABELS[row.kind] ?? '消息',
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The signed-in person's own messages, newest first, with their unread count. */
export async function inbox(db: Db, ctx: RequestContext, query: InboxQuery): Promise<InboxPage> {
  const userId = ownerOf(ctx);
  const filter = { status: query.status, kind: query.kind };
  const [rows, total, unread] = await Promise.all([
    repo.listInbox(db, userId, filter, query.page, query.pageSize),
    repo.countInbox(db, userId, filter),
    repo.countInbox(db, userId, UNREAD),
  ]);
  return { items: rows.map(present), total, unread };
}

export async function unreadCount(db: Db, ctx: RequestContext) {
  return { unread: await repo.countInbox(db, ownerOf(ctx), UNREAD) };
}

/**
 * Marks messages read. All named ids must be the reader's own messages: one that is not (or does not exist) answers
 * 404 and nothing is marked, so a guessed id tells nothing. Reading an announcement's message is its read receipt.
 */
export async function markRead(db: Db, ctx: RequestContext, which: repo.MarkedMessages) {
  const userId = ownerOf(ctx);
  const marked = await db.transaction(async (tx) => {
    if ('ids' in which) {
      const own = await repo.ownIds(tx, userId, which.ids);
      if (which.ids.some((id) => !own.has(id))) throw notFound();
    }
    const rows = await repo.markRead(tx, userId, ctx.now, which);
    if (rows.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'ids' in which ? 'notification.read' : 'notification.read_all',
        entity: 'notification',
        entityId: rows.length === 1 ? (rows[0]?.id ?? null) : null,
        changes: { read: { before: null, after: rows.map((r) => r.id) } },
      });
    }
    return rows.length;
  });
  return { marked, unread: await repo.countInbox(db, userId, UNREAD) };
}
