import type { CampaignState } from './honor.codes';
import type { CampaignAction } from './honor.schema';

/**
 * A campaign's steps (DOMAIN.md §10: nomination → review → public notice → published), as data: each action, the
 * state it starts from, the state it leads to and its Chinese name. What else a step requires is checked by the rules.
 */
export const CAMPAIGN_STEPS: Record<CampaignAction, { from: CampaignState; to: CampaignState; label: string }> = {
  review: { from: 'NOMINATING', to: 'REVIEWING', label: '结束推荐，进入审核' },
  notice: { from: 'REVIEWING', to: 'NOTICE', label: '开始公示' },
  publish: { from: 'NOTICE', to: 'PUBLISHED', label: '发布表彰结果' },
};
