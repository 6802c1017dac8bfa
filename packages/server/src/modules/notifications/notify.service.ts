import { notificationKey } from '@dandang/shared/notifications/notification.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import * as repo from './notifications.repository';

/** One message to some people: what it is about, and the date that makes it a new message (a new limit, a new bar end). */
export interface Message {
  kind: string;
  title: string;
  body?: string;
  /** A page of the web app, e.g. `/cases/…`. */
  link?: string | null;
  subject: { type: string; id: string };
  on?: string | null;
  userIds: readonly string[];
  announcementId?: string;
}

/** The rows of the messages, one per recipient, each with its once-only key. */
function rowsOf(messages: readonly Message[], at: Date): repo.NewNotification[] {
  return messages.flatMap((m) =>
    [...new Set(m.userIds)].map((userId) => ({
      userId,
      kind: m.kind,
      title: m.title,
      body: m.body ?? '',
      link: m.link ?? null,
      subjectType: m.subject.type,
      subjectId: m.subject.id,
      dedupeKey: notificationKey(m.kind, m.subject.id, m.on),
      announcementId: m.announcementId ?? null,
      createdAt: at,
    })),
  );
}

/**
 * Writes messages in the caller's transaction, skipping any a recipient already has (same key): answers how many
 * were new. No audit entry: callers audit the batch once (a sweep writes hundreds).
 */
export async function writeMessages(tx: Executor, messages: readonly Message[], at: Date) {
  return repo.insertNotifications(tx, rowsOf(messages, at));
}

/**
 * 站内消息 from another module's use-case: written in its transaction, each recipient at most once per key, and
 * audited with the actor who caused it. Answers the number of messages written.
 */
export async function notify(tx: Executor, ctx: RequestContext, message: Message): Promise<number> {
  const written = await writeMessages(tx, [message], ctx.now);
  if (written.length > 0) {
    await recordAudit(tx, ctx, {
      action: 'notification.create',
      entity: message.subject.type,
      entityId: message.subject.id,
      changes: { notified: { before: null, after: { kind: message.kind, users: written.map((w) => w.userId) } } },
    });
  }
  return written.length;
}
