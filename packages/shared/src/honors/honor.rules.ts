import { type IsoDate, isBefore } from '../dates/date';
import { CITE } from '../rules/citations';
import type { MeasureRecord } from '../rules/measures';
import { screenPromotion } from '../rules/promotion.rules';
import { ANNUAL_GRADE_LABELS, type Reason, reason } from '../rules/reason';
import type { CampaignState } from './honor.codes';

/** Where DOMAIN.md §10 comes from: the local 评先评优 rules, with the national notice period. */
export const HONOR_RULE = '激励干部担当作为评先评优办法（DOMAIN.md §10）';

export interface HonorScreeningInput {
  asOf: IsoDate;
  measures: readonly MeasureRecord[];
  /** The most recent annual grade on record (any year before asOf's), or null when none was ever recorded. */
  lastGrade: { year: number; grade: string } | null;
}

export interface HonorScreening {
  eligible: boolean;
  /** Every refusal, each with the clause it applied; empty when eligible. */
  reasons: Reason[];
}

/**
 * Eligibility of a nominee (DOMAIN.md §10): no promotion bar running on asOf (the same bars as promotion screening,
 * §4, so an exempted or revoked measure never counts) and the last annual grade not below COMPETENT. A missing or
 * ungraded last year is a refusal too: "not below COMPETENT" needs a grade to compare.
 */
export function screenHonorNominee(input: HonorScreeningInput): HonorScreening {
  // Grades are judged below by the honors rule, so only the measures go to promotion screening.
  const reasons = [...screenPromotion({ asOf: input.asOf, measures: input.measures }).reasons];
  const last = input.lastGrade;
  if (!last) {
    reasons.push(reason('NO_ANNUAL_GRADE', HONOR_RULE, '没有年度考核等次记录，无法确认最近一次考核为称职以上'));
  } else if (last.grade === 'BASIC' || last.grade === 'INCOMPETENT') {
    reasons.push(
      reason('LAST_GRADE_BELOW_COMPETENT', CITE.gradeConsequences, `${last.year}年度考核为${ANNUAL_GRADE_LABELS[last.grade]}等次，低于称职，不得评先评优`),
    );
  } else if (last.grade !== 'EXCELLENT' && last.grade !== 'COMPETENT') {
    reasons.push(reason('LAST_GRADE_BELOW_COMPETENT', HONOR_RULE, `${last.year}年度考核未确定等次，不能确认为称职以上`));
  }
  return { eligible: reasons.length === 0, reasons };
}

/** A unit's places: the quota minus the nominations that hold one. Null quota = the unit was given no place. */
export function quotaRefusal(quota: number | null, holding: number): Reason | null {
  if (quota === null) return reason('NO_QUOTA', HONOR_RULE, '本单位没有分配推荐名额');
  if (holding >= quota) return reason('QUOTA_USED', HONOR_RULE, `本单位推荐名额 ${quota} 个已用完`);
  return null;
}

export interface NoticeWindow {
  state: CampaignState;
  noticeStartsOn: IsoDate | null;
  noticeEndsOn: IsoDate | null;
}

/** Objections are taken while the notice runs: from its first day to its last, both included (DOMAIN.md §3, §10). */
export function isNoticeOpen(campaign: NoticeWindow, today: IsoDate): boolean {
  if (campaign.state !== 'NOTICE' || !campaign.noticeStartsOn || !campaign.noticeEndsOn) return false;
  return !isBefore(today, campaign.noticeStartsOn) && !isBefore(campaign.noticeEndsOn, today);
}

/**
 * What stands in the way of opening the notice (DOMAIN.md §10: review, then public notice): every eligible nominee
 * decided, and someone shortlisted to put before the public.
 */
export function noticeRefusals(facts: { undecided: number; shortlisted: number }): Reason[] {
  // While some are undecided the shortlist is not final, so "nobody shortlisted" would be premature.
  if (facts.undecided > 0) return [reason('NOT_REVIEWED', HONOR_RULE, `还有 ${facts.undecided} 名推荐人选未审核，请先审核`)];
  if (facts.shortlisted === 0) return [reason('NOBODY_SHORTLISTED', HONOR_RULE, '没有拟表彰人选，不能公示')];
  return [];
}

/**
 * What stands in the way of publication (DOMAIN.md §10): the notice must have run its full period, every objection
 * be resolved (an open one suspends its nominee), and someone be left to honor.
 */
export function publicationRefusals(campaign: NoticeWindow, facts: { today: IsoDate; openObjections: number; shortlisted: number }): Reason[] {
  const reasons: Reason[] = [];
  if (campaign.state !== 'NOTICE' || !campaign.noticeEndsOn) {
    reasons.push(reason('NOT_NOTICED', HONOR_RULE, '尚未公示，不能发布'));
  } else if (!isBefore(campaign.noticeEndsOn, facts.today)) {
    reasons.push(reason('NOTICE_RUNNING', CITE.noticePeriod, `公示期至 ${campaign.noticeEndsOn} 结束，公示期满后才能发布`));
  }
  if (facts.openObjections > 0) {
    reasons.push(reason('OBJECTIONS_OPEN', HONOR_RULE, `还有 ${facts.openObjections} 件公示异议未办结，相关人选暂停，办结后才能发布`));
  }
  if (facts.shortlisted === 0) reasons.push(reason('NOBODY_SHORTLISTED', HONOR_RULE, '没有拟表彰人选'));
  return reasons;
}
