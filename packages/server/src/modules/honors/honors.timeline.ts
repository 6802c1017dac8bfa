import { HONOR_KINDS } from '@dandang/shared/honors/honor.codes';
import type { TimelineSource } from '../cadres';
import { awardedHonorsOf } from './honors.repository';

/** 荣誉 on the profile timeline (DOMAIN.md §10 "the honor on the cadre's profile"): each honor on the day it was published. */
export const honorsTimelineSource: TimelineSource = {
  source: 'honors',
  label: '评先评优',
  permission: 'honor.read',
  async entries(db, cadreId, scope) {
    return (await awardedHonorsOf(db, cadreId, scope)).map((h) => ({
      date: h.publishedOn,
      kind: `honors.${h.kind}`,
      title: `获评${HONOR_KINDS[h.kind]}`,
      detail: h.title,
      link: `/honors/${h.campaignId}`,
      source: 'honors',
    }));
  },
};
