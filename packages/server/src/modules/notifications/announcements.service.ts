import type { AnnouncementReceipts, AnnouncementView, PublishAnnouncementBody } from '@dandang/shared/notifications/announcement.schema';
import { receiptsByUnit } from '@dandang/shared/notifications/notification.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { scopeCondition } from '../org';
import { units } from '../org/org.tables';
import * as repo from './announcements.repository';
import { announcements } from './notifications.tables';
import { writeMessages } from './notify.service';
import { accountsIn } from './recipients.repository';

/** The announcements the actor manages: all, those of their unit (and below), or their own, by their grant's scope. */
const announcementScope = (ctx: RequestContext) =>
  scopeCondition(ctx.actor, 'announcement.publish', { unitId: announcements.unitId, userId: announcements.publishedBy });

/** The units the actor may address: a publisher with a unit-wide grant reaches their unit (and below) only. */
const addressableUnits = (ctx: RequestContext) => scopeCondition(ctx.actor, 'announcement.publish', { unitId: units.id });

async function present(db: Executor, rows: readonly repo.AnnouncementRow[]): Promise<AnnouncementView[]> {
  const { unitsOf, counts } = await repo.detailsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    body: r.body,
    audience: r.audience,
    units: unitsOf.get(r.id) ?? [],
    publisherName: r.publisherName,
    publishedAt: r.publishedAt.toISOString(),
    recipients: counts.get(r.id)?.recipients ?? 0,
    read: counts.get(r.id)?.read ?? 0,
  }));
}

async function checkAudience(db: Db, ctx: RequestContext, body: PublishAnnouncementBody): Promise<void> {
  const issues: FieldIssue[] = [];
  if (body.audience === 'ALL' && ctx.actor?.permissions['announcement.publish'] !== 'all') {
    issues.push({ path: 'audience', message: '您只能向本单位范围内的单位发布通知公告' });
  }
  const reachable = await repo.reachableUnits(db, body.unitIds, addressableUnits(ctx));
  body.unitIds.forEach((id, i) => {
    if (!reachable.has(id)) issues.push({ path: `unitIds.${i}`, message: '单位不存在或不在您的发布范围内' });
  });
  if (issues.length > 0) throw validationError(issues);
}

/**
 * 发布通知公告: the announcement and one inbox message per active account addressed (everyone, or the chosen units
 * with their sub-units), in one transaction. Accounts created later do not receive it: the receipts list whom it
 * reached when it was published.
 */
export async function publishAnnouncement(db: Db, ctx: RequestContext, body: PublishAnnouncementBody): Promise<AnnouncementView> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError('AUTH_REQUIRED');
  await checkAudience(db, ctx, body);
  const unitIds = [...new Set(body.unitIds)];
  const row = await db.transaction(async (tx) => {
    const created = await repo.insertAnnouncement(
      tx,
      {
        title: body.title,
        body: body.body,
        audience: body.audience,
        publishedBy: actor.userId,
        publisherName: actor.displayName,
        unitId: actor.unitId,
        publishedAt: ctx.now,
      },
      unitIds,
    );
    const recipients = await accountsIn(tx, body.audience === 'ALL' ? null : unitIds);
    const written = await writeMessages(
      tx,
      [
        {
          kind: 'ANNOUNCEMENT',
          title: body.title,
          body: body.body,
          link: null,
          subject: { type: 'announcement', id: created.id },
          userIds: recipients.map((r) => r.userId),
          announcementId: created.id,
        },
      ],
      ctx.now,
    );
    await recordAudit(tx, ctx, {
      action: 'announcement.publish',
      entity: 'announcement',
      entityId: created.id,
      changes: {
        title: { before: null, after: body.title },
        audience: { before: null, after: body.audience },
        unitIds: { before: null, after: unitIds },
        recipients: { before: null, after: written.length },
      },
    });
    return created;
  });
  return (await present(db, [row]))[0] as AnnouncementView;
}

export async function listAnnouncements(db: Db, ctx: RequestContext, query: { page: number; pageSize: number }) {
  const scope = announcementScope(ctx);
  const [rows, total] = await Promise.all([repo.listAnnouncements(db, scope, query.page, query.pageSize), repo.countAnnouncements(db, scope)]);
  return { items: await present(db, rows), total };
}

async function requireAnnouncement(db: Db, ctx: RequestContext, id: string) {
  const row = await repo.findAnnouncement(db, id, announcementScope(ctx));
  if (!row) throw notFound();
  return row;
}

/** 阅读回执: everyone the announcement reached, per unit, read or not, with the time they read it. */
export async function announcementReceipts(db: Db, ctx: RequestContext, id: string): Promise<AnnouncementReceipts> {
  const row = await requireAnnouncement(db, ctx, id);
  const rows = await repo.receiptRows(db, id);
  const unitsList = receiptsByUnit(rows.map((r) => ({ ...r, readAt: r.readAt?.toISOString() ?? null })));
  const [announcement] = await present(db, [row]);
  return {
    announcement: announcement as AnnouncementView,
    total: rows.length,
    read: rows.filter((r) => r.readAt !== null).length,
    units: unitsList,
  };
}
