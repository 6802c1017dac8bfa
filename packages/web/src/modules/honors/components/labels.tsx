import {
  CAMPAIGN_STATES,
  type CampaignState,
  NOMINATION_STATES,
  type NominationState,
  OBJECTION_STATES,
  type ObjectionState,
} from '@dandang/shared/honors/honor.codes';
import { Tag } from 'antd';

const CAMPAIGN_COLORS: Record<CampaignState, string> = { NOMINATING: 'processing', REVIEWING: 'gold', NOTICE: 'purple', PUBLISHED: 'success' };
const NOMINATION_COLORS: Record<NominationState, string> = {
  REFUSED: 'error',
  ELIGIBLE: 'default',
  SHORTLISTED: 'blue',
  NOT_SELECTED: 'default',
  DROPPED: 'error',
  AWARDED: 'success',
};
const OBJECTION_COLORS: Record<ObjectionState, string> = { OPEN: 'warning', UPHELD: 'error', DISMISSED: 'success' };

export const CampaignStateTag = ({ state }: { state: CampaignState }) => <Tag color={CAMPAIGN_COLORS[state]}>{CAMPAIGN_STATES[state]}</Tag>;
export const NominationStateTag = ({ state }: { state: NominationState }) => <Tag color={NOMINATION_COLORS[state]}>{NOMINATION_STATES[state]}</Tag>;
export const ObjectionStateTag = ({ state }: { state: ObjectionState }) => <Tag color={OBJECTION_COLORS[state]}>{OBJECTION_STATES[state]}</Tag>;
