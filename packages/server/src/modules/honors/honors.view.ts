import type { CampaignView, NominationView, ObjectionView } from '@dandang/shared/honors/honor.schema';
import type { CampaignRow, NominationRow, ObjectionRow } from './honors.repository';

/* Rows as the contract shows them: dates as text, a cadre's empty post as null. */

export const presentCampaign = (c: CampaignRow): CampaignView => ({
  id: c.id,
  title: c.title,
  kind: c.kind,
  year: c.year,
  state: c.state,
  nominationEndsOn: c.nominationEndsOn,
  noticeStartsOn: c.noticeStartsOn,
  noticeEndsOn: c.noticeEndsOn,
  noticeProvisional: c.noticeProvisional,
  publishedOn: c.publishedOn,
  version: c.version,
});

export const presentNomination = (n: NominationRow): NominationView => ({
  id: n.id,
  cadreId: n.cadreId,
  cadreName: n.cadreName,
  unitId: n.unitId,
  unitName: n.unitName,
  post: n.post || null,
  deeds: n.deeds,
  evidence: n.evidence,
  state: n.state,
  refusals: n.refusals,
  reviewNote: n.reviewNote,
  suspended: Boolean(n.suspended),
  nominatedBy: n.nominatedBy,
  version: n.version,
});

export const presentObjection = (o: ObjectionRow): ObjectionView => ({
  id: o.id,
  nominationId: o.nominationId,
  cadreName: o.cadreName,
  realName: o.realName,
  content: o.content,
  state: o.state,
  answer: o.answer,
  filedAt: o.filedAt.toISOString(),
  resolvedAt: o.resolvedAt?.toISOString() ?? null,
  version: o.version,
});
