import type { moderationBody } from '@dandang/shared/participation/participation.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './participation.repository';
import { requireSubmission } from './read.service';

/**
 * 内容处理 (issue 8 "moderation: hide abusive content, keep the original for the record"): the moderator hides the
 * content or gives a redacted title and text for the public; the submitted text is never changed. The audit row keeps
 * what the public saw before and after, so the record shows who changed what people could read, and when.
 */
export async function moderate(db: Db, ctx: RequestContext, id: string, body: z.output<typeof moderationBody>) {
  await db.transaction(async (tx) => {
    const r = await requireSubmission(tx, ctx, id, 'participation.moderate');
    if (r.s.version !== body.version) throw new DomainError('VERSION_CONFLICT');
    const patch = {
      hidden: body.hidden,
      redactedTitle: body.redactedTitle,
      redactedContent: body.redactedContent,
      moderationReason: body.reason,
      moderatedByName: ctx.actor?.displayName ?? '',
      moderatedAt: ctx.now,
      updatedAt: ctx.now,
    };
    requireUpdated(await repo.updateSubmission(tx, id, body.version, patch));
    await repo.insertEvent(tx, {
      submissionId: id,
      at: ctx.now,
      actorName: ctx.actor?.displayName ?? '',
      action: 'moderate',
      state: r.s.state,
      note: body.reason,
    });
    await recordAudit(tx, ctx, {
      action: 'participation.moderate',
      entity: 'participation_submission',
      entityId: id,
      changes: {
        hidden: { before: r.s.hidden, after: body.hidden },
        redactedTitle: { before: r.s.redactedTitle, after: body.redactedTitle },
        redactedContent: { before: r.s.redactedContent, after: body.redactedContent },
        reason: { before: r.s.moderationReason, after: body.reason },
      },
    });
  });
}
