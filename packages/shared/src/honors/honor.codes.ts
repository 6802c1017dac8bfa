/*
 * 评先评优 (DOMAIN.md §10) codes and their Chinese labels: the kind of honor, where a campaign, a nomination and an
 * objection stand. One table each, so the server, the web and the Word documents say the same thing.
 */

export const HONOR_KINDS = { GOOD_CADRE: '担当实干好干部', ADVANCED_MODEL: '先进典型' } as const;
export type HonorKind = keyof typeof HONOR_KINDS;

/** 推荐 → 审核 → 公示 → 发布. */
export const CAMPAIGN_STATES = { NOMINATING: '推荐中', REVIEWING: '审核中', NOTICE: '公示中', PUBLISHED: '已发布' } as const;
export type CampaignState = keyof typeof CAMPAIGN_STATES;

export const NOMINATION_STATES = {
  REFUSED: '资格不符',
  ELIGIBLE: '待审核',
  SHORTLISTED: '拟表彰',
  NOT_SELECTED: '未入选',
  DROPPED: '取消（异议属实）',
  AWARDED: '已表彰',
} as const;
export type NominationState = keyof typeof NOMINATION_STATES;

/** Nominations that hold one of the unit's places: a refused or unselected one frees it for another candidate. */
export const QUOTA_HOLDING_STATES: readonly NominationState[] = ['ELIGIBLE', 'SHORTLISTED', 'AWARDED'];

/** Nominations the review may decide, and decide again while it lasts: a refused one never reaches the shortlist. */
export const REVIEWABLE_STATES: readonly NominationState[] = ['ELIGIBLE', 'SHORTLISTED', 'NOT_SELECTED'];

export const OBJECTION_STATES = { OPEN: '核实中', UPHELD: '反映属实', DISMISSED: '反映不属实' } as const;
export type ObjectionState = keyof typeof OBJECTION_STATES;
export type ObjectionOutcome = Exclude<ObjectionState, 'OPEN'>;
