import { noticePeriodEnd } from '@dandang/shared/calendar/workdays.rules';
import { chinaDateOf, type IsoDate, isBefore } from '@dandang/shared/dates/date';
import { noticeRefusals, publicationRefusals } from '@dandang/shared/honors/honor.rules';
import type { CampaignAction, CampaignDetail, CreateCampaignBody } from '@dandang/shared/honors/honor.schema';
import { CAMPAIGN_STEPS } from '@dandang/shared/honors/honor.states';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { loadWorkCalendar } from '../calendar';
import { holds } from '../org';
import { effectiveDocument } from '../policy';
import * as repo from './honors.repository';
import { campaignScope, nominationScope } from './honors.scope';
import { presentCampaign, presentNomination, presentObjection } from './honors.view';
import { rescreenEligible } from './screening.service';

const AUDITED = ['state', 'noticeStartsOn', 'noticeEndsOn', 'publishedOn'] as const;

/** 发起评选: the campaign of the organizer's jurisdiction, with each unit's places. */
export async function createCampaign(db: Db, ctx: RequestContext, body: CreateCampaignBody) {
  campaignScope(ctx, 'honor.manage');
  const jurisdictionId = ctx.actor?.unitId ? await repo.jurisdictionOf(db, ctx.actor.unitId) : null;
  if (!jurisdictionId) throw new DomainError('FORBIDDEN', undefined, '您的账号未关联单位，不能发起评选');
  const issues: FieldIssue[] = [];
  if (isBefore(body.nominationEndsOn, chinaDateOf(ctx.now))) issues.push({ path: 'nominationEndsOn', message: '推荐截止日期不能早于今天' });
  const known = await repo.unitsOfJurisdiction(
    db,
    jurisdictionId,
    body.quotas.map((q) => q.unitId),
  );
  body.quotas.forEach((q, i) => {
    if (!known.has(q.unitId)) issues.push({ path: `quotas.${i}.unitId`, message: '单位不存在或不属于本地区' });
  });
  if (issues.length > 0) throw validationError(issues);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    const { quotas, ...fields } = body;
    await repo.insertCampaign(
      tx,
      { ...fields, id, jurisdictionId, state: 'NOMINATING', createdBy: ctx.actor?.userId ?? null, createdAt: ctx.now, updatedAt: ctx.now },
      quotas,
    );
    await recordAudit(tx, ctx, {
      action: 'honor.campaign.create',
      entity: 'honor_campaign',
      entityId: id,
      changes: { ...diffFields(null, body, ['title', 'kind', 'year', 'nominationEndsOn']), quotas: { before: null, after: quotas } },
    });
    return presentCampaign((await repo.findCampaign(tx, id, undefined)) as repo.CampaignRow);
  });
}

export async function listCampaigns(db: Db, ctx: RequestContext) {
  return (await repo.listCampaigns(db, campaignScope(ctx, 'honor.read'))).map(presentCampaign);
}

/** A campaign with the nominations the reader may see; the objections only for those who handle them. */
export async function campaignDetail(db: Executor, ctx: RequestContext, id: string): Promise<CampaignDetail> {
  const campaign = await repo.findCampaign(db, id, campaignScope(ctx, 'honor.read'));
  if (!campaign) throw notFound();
  const manages = holds(ctx.actor, 'honor.manage');
  return {
    ...presentCampaign(campaign),
    quotas: await repo.quotasOf(db, id),
    nominations: (await repo.listNominations(db, id, nominationScope(ctx, 'honor.read'))).map(presentNomination),
    objections: manages ? (await repo.listObjections(db, id, nominationScope(ctx, 'honor.manage'))).map(presentObjection) : null,
  };
}

/** What stands in the way of publishing a campaign today (none: it may be published); the reminder asks the same. */
export async function refusalsToPublish(db: Executor, campaign: repo.CampaignRow, today: IsoDate) {
  return publicationRefusals(campaign, {
    today,
    openObjections: await repo.openObjectionCount(db, campaign.id),
    shortlisted: await repo.countNominations(db, campaign.id, 'SHORTLISTED'),
  });
}

/** What entering each state needs and sets, inside the transaction that moves the campaign. */
async function enter(tx: Executor, ctx: RequestContext, campaign: repo.CampaignRow, action: CampaignAction) {
  const today = chinaDateOf(ctx.now);
  if (action === 'review') {
    // A measure recorded since a cadre was nominated must count: the eligible are screened again as review starts.
    await rescreenEligible(tx, ctx, campaign.id, today);
    return {};
  }
  if (action === 'notice') {
    const undecided = await repo.countNominations(tx, campaign.id, 'ELIGIBLE');
    const refusals = noticeRefusals({ undecided, shortlisted: await repo.countNominations(tx, campaign.id, 'SHORTLISTED') });
    if (refusals.length > 0) throw new DomainError('STATE_CONFLICT', { undecided, reasons: refusals }, refusals.map((r) => r.text).join('；'));
    const policy = await effectiveDocument(tx, today, campaign.jurisdictionId);
    const end = noticePeriodEnd(await loadWorkCalendar(tx), today, policy.honors.noticeWorkdays);
    return { noticeStartsOn: today, noticeEndsOn: end.date, noticeProvisional: end.provisional };
  }
  const refusals = await refusalsToPublish(tx, campaign, today);
  if (refusals.length > 0) throw new DomainError('STATE_CONFLICT', { reasons: refusals }, refusals.map((r) => r.text).join('；'));
  await repo.moveNominations(tx, campaign.id, 'SHORTLISTED', 'AWARDED', ctx.now);
  return { publishedOn: today };
}

/** 结束推荐 / 开始公示 / 发布: one step of the campaign, refused with the reason when its conditions do not hold. */
export async function actOnCampaign(db: Db, ctx: RequestContext, id: string, action: CampaignAction, version: number) {
  const step = CAMPAIGN_STEPS[action];
  return db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, id, campaignScope(ctx, 'honor.manage'), true);
    if (!campaign) throw notFound();
    if (campaign.version !== version) throw new DomainError('VERSION_CONFLICT');
    if (campaign.state !== step.from) throw new DomainError('STATE_CONFLICT', { state: campaign.state }, `当前状态下不能“${step.label}”`);
    const values = { ...(await enter(tx, ctx, campaign, action)), state: step.to };
    requireUpdated(await repo.updateCampaign(tx, id, version, values, ctx.now));
    const after = (await repo.findCampaign(tx, id, undefined)) as repo.CampaignRow;
    await recordAudit(tx, ctx, {
      action: `honor.campaign.${action}`,
      entity: 'honor_campaign',
      entityId: id,
      changes: diffFields(campaign, after, [...AUDITED]),
    });
    return campaignDetail(tx, ctx, id);
  });
}
