import { chinaDateOf } from '@dandang/shared/dates/date';
import type { CampaignState, NominationState } from '@dandang/shared/honors/honor.codes';
import { isNoticeOpen } from '@dandang/shared/honors/honor.rules';
import type { PublicNoticeView } from '@dandang/shared/honors/honor.schema';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { organizationDepartmentOf } from '../documents';
import * as repo from './honors.repository';

/** Who a campaign's notice lists: the shortlist while it runs, the honored once published. */
export const noticedState = (state: CampaignState): NominationState => (state === 'PUBLISHED' ? 'AWARDED' : 'SHORTLISTED');

/**
 * 公示 (DOMAIN.md §10) for anyone, without an account: the proposed names, their units, posts and deeds, and which of
 * them an open objection holds back. Nothing else about a nomination leaves the system this way (no evidence, no
 * screening, no objection content); a campaign not yet noticed is not found.
 */
export async function publicNotice(db: Executor, id: string, now: Date): Promise<PublicNoticeView> {
  const campaign = await repo.findCampaign(db, id, undefined);
  if (!campaign?.noticeStartsOn || !campaign.noticeEndsOn) throw notFound();
  const jurisdiction = await repo.findJurisdiction(db, campaign.jurisdictionId);
  const nominees = await repo.listNominations(db, id, undefined, [noticedState(campaign.state)]);
  return {
    id: campaign.id,
    title: campaign.title,
    kind: campaign.kind,
    state: campaign.state,
    noticeStartsOn: campaign.noticeStartsOn,
    noticeEndsOn: campaign.noticeEndsOn,
    open: isNoticeOpen(campaign, chinaDateOf(now)),
    issuer: jurisdiction ? organizationDepartmentOf(jurisdiction) : '',
    nominees: nominees.map((n) => ({
      id: n.id,
      name: n.cadreName,
      unitName: n.unitName,
      post: n.post || null,
      deeds: n.deeds,
      suspended: Boolean(n.suspended),
    })),
  };
}
