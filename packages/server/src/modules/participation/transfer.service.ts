import type { transferBody } from '@dandang/shared/participation/participation.schema';
import { ANSWERED_STATES } from '@dandang/shared/participation/participation.states';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './participation.repository';
import { actorJurisdiction } from './settings.service';

/**
 * 转办 (DOMAIN.md §10 "triage to a unit"): the coordinator moves a submission its category routed to the wrong unit.
 * Only before the answer, within the coordinator's jurisdiction; the reply deadline stays what the public was told.
 */
export async function transfer(db: Db, ctx: RequestContext, id: string, body: z.output<typeof transferBody>) {
  const jurisdictionId = await actorJurisdiction(db, ctx);
  const target = await repo.findUnit(db, body.unitId);
  if (!target || target.jurisdictionId !== jurisdictionId) throw validationError([{ path: 'unitId', message: '转办单位不存在或不属于本地区' }]);
  await db.transaction(async (tx) => {
    const r = await repo.findSubmission(tx, id, undefined);
    if (!r || r.jurisdictionId !== jurisdictionId) throw notFound();
    if (r.s.version !== body.version) throw new DomainError('VERSION_CONFLICT');
    if (ANSWERED_STATES.includes(r.s.state)) throw new DomainError('STATE_CONFLICT', undefined, '已答复的事项不能转办');
    if (r.s.unitId === body.unitId) throw validationError([{ path: 'unitId', message: '已由该单位办理，请选择其他单位' }]);
    requireUpdated(await repo.updateSubmission(tx, id, body.version, { unitId: body.unitId, updatedAt: ctx.now }));
    await repo.insertEvent(tx, {
      submissionId: id,
      at: ctx.now,
      actorName: ctx.actor?.displayName ?? '',
      action: 'transfer',
      state: r.s.state,
      note: `由${r.unitName}转至${target.name}：${body.reason}`,
    });
    await recordAudit(tx, ctx, {
      action: 'participation.transfer',
      entity: 'participation_submission',
      entityId: id,
      changes: { unitId: { before: r.s.unitId, after: body.unitId }, reason: { before: null, after: body.reason } },
    });
  });
}
