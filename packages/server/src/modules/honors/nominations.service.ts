import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import { REVIEWABLE_STATES } from '@dandang/shared/honors/honor.codes';
import { quotaRefusal } from '@dandang/shared/honors/honor.rules';
import type { NominateBody, ReviewBody } from '@dandang/shared/honors/honor.schema';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { cadres } from '../cadres';
import { scopeCondition } from '../org';
import * as repo from './honors.repository';
import { campaignScope, nominationScope } from './honors.scope';
import { presentNomination } from './honors.view';
import { screenCadre } from './screening.service';

const AUDITED = ['cadreId', 'unitId', 'deeds', 'evidence', 'state', 'refusals', 'reviewNote'] as const;

async function presented(db: Executor, id: string) {
  return presentNomination((await repo.findNomination(db, id, undefined)) as repo.NominationRow);
}

/**
 * 单位推荐 (DOMAIN.md §10): a unit nominates one of its cadres with the deeds and evidence. Screening runs at once: a
 * refused nominee is kept with every reason (and frees the place); an eligible one takes a place of the unit's quota.
 * The campaign's row is locked first, so two nominations sent at once cannot both take the last place.
 */
export async function nominate(db: Db, ctx: RequestContext, campaignId: string, body: NominateBody) {
  const cadre = await repo.findCadre(db, body.cadreId, scopeCondition(ctx.actor, 'honor.nominate', { unitId: cadres.unitId, cadreId: cadres.id }));
  if (!cadre) throw validationError([{ path: 'cadreId', message: '所选干部不存在或不在您的推荐范围内' }]);
  const today = chinaDateOf(ctx.now);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, campaignId, campaignScope(ctx, 'honor.nominate'), true);
    if (!campaign) throw notFound();
    if (campaign.state !== 'NOMINATING') throw new DomainError('STATE_CONFLICT', undefined, '推荐已结束，不能再推荐');
    if (isBefore(campaign.nominationEndsOn, today)) throw new DomainError('STATE_CONFLICT', undefined, `推荐已于 ${campaign.nominationEndsOn} 截止`);
    if (cadre.jurisdictionId !== campaign.jurisdictionId) throw validationError([{ path: 'cadreId', message: '所选干部不属于本次评选的地区' }]);
    const quota = await repo.quotaOf(tx, campaignId, cadre.unitId);
    const noPlace = quotaRefusal(quota, 0);
    if (noPlace) throw new DomainError('QUOTA_EXCEEDED', { reasons: [noPlace] }, noPlace.text);
    if (await repo.isNominated(tx, campaignId, cadre.id)) {
      throw new DomainError('DUPLICATE', undefined, `${cadre.name}已在本次评选的推荐人选中`);
    }
    const screening = await screenCadre(tx, cadre.id, today);
    if (screening.eligible) {
      const full = quotaRefusal(quota, await repo.holdingCount(tx, campaignId, cadre.unitId));
      if (full) throw new DomainError('QUOTA_EXCEEDED', { reasons: [full] }, full.text);
    }
    await repo.insertNomination(tx, {
      id,
      campaignId,
      cadreId: cadre.id,
      unitId: cadre.unitId,
      deeds: body.deeds,
      evidence: body.evidence,
      state: screening.eligible ? 'ELIGIBLE' : 'REFUSED',
      refusals: screening.reasons,
      screenedOn: today,
      nominatedBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const after = await presented(tx, id);
    await recordAudit(tx, ctx, { action: 'honor.nominate', entity: 'honor_nomination', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    return after;
  });
}

/** 审核: during review the organizer puts an eligible nominee on the shortlist (拟表彰) or not, and may change their mind. */
export async function reviewNomination(db: Db, ctx: RequestContext, id: string, body: ReviewBody) {
  const before = await repo.findNomination(db, id, nominationScope(ctx, 'honor.manage'));
  if (!before) throw notFound();
  return db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, before.campaignId, undefined, true);
    if (campaign?.state !== 'REVIEWING') throw new DomainError('STATE_CONFLICT', undefined, '只有审核阶段可以确定拟表彰人选');
    if (!REVIEWABLE_STATES.includes(before.state)) {
      throw new DomainError('STATE_CONFLICT', undefined, '资格不符的人选不能列为拟表彰人选');
    }
    requireUpdated(await repo.updateNomination(tx, id, body.version, { state: body.decision, reviewNote: body.note }, ctx.now));
    const after = await presented(tx, id);
    await recordAudit(tx, ctx, {
      action: 'honor.nomination.review',
      entity: 'honor_nomination',
      entityId: id,
      changes: diffFields(presentNomination(before), after, [...AUDITED]),
    });
    return after;
  });
}
