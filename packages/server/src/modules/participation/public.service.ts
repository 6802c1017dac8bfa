import type { ratingBody } from '@dandang/shared/participation/participation.schema';
import type { PublicSubmissionView } from '@dandang/shared/participation/participation-view.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import { sm3 } from '../../platform/crypto/sm';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './participation.repository';
import { toPublic } from './participation.view';
import { settingsFor } from './settings.service';

/* 凭查询码查询 (issue 8 "a query code to follow it"): what the public reads and the one thing it may do, rate an answered appeal. */

const codeNotFound = () => new DomainError('NOT_FOUND', undefined, '查询码无效，请核对后重新输入');

async function byCode(db: Executor, code: string) {
  const row = await repo.findByCodeHash(db, sm3(code));
  if (!row) throw codeNotFound();
  return row;
}

export async function publicView(db: Db, code: string): Promise<PublicSubmissionView> {
  const r = await byCode(db, code);
  const [settings, events, milestones, reward] = await Promise.all([
    settingsFor(db, r.jurisdictionId),
    repo.eventsOf(db, r.s.id),
    repo.milestonesOf(db, r.s.id),
    repo.rewardOf(db, r.s.id),
  ]);
  return toPublic(r, settings, { events, milestones, rewarded: reward !== null });
}

/** 满意度评价 (issue 8 item 3): once, by whoever holds the code of an answered appeal. */
export async function rate(db: Db, ctx: RequestContext, code: string, body: z.output<typeof ratingBody>): Promise<PublicSubmissionView> {
  await db.transaction(async (tx) => {
    const r = await byCode(tx, code);
    if (r.s.kind !== 'APPEAL') throw new DomainError('STATE_CONFLICT', undefined, '只有企业诉求可以评价满意度');
    if (r.s.answeredOn === null) throw new DomainError('STATE_CONFLICT', undefined, '答复后才能评价满意度');
    if (r.s.rating !== null) throw new DomainError('DUPLICATE', undefined, '已评价过满意度，不能重复评价');
    requireUpdated(
      await repo.updateSubmission(tx, r.s.id, r.s.version, { rating: body.rating, ratingComment: body.comment, ratedAt: ctx.now, updatedAt: ctx.now }),
    );
    await repo.insertEvent(tx, {
      submissionId: r.s.id,
      at: ctx.now,
      actorName: r.s.enterpriseName ?? '企业',
      action: 'rate',
      state: r.s.state,
      note: body.comment,
    });
    await recordAudit(tx, ctx, {
      action: 'participation.rate',
      entity: 'participation_submission',
      entityId: r.s.id,
      changes: { rating: { before: null, after: body.rating } },
    });
  });
  return publicView(db, code);
}
