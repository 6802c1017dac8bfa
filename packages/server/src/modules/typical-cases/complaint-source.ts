import { falseAccuserReferrals } from '@dandang/shared/complaints/false-accusation.rules';
import { chinaDateOf } from '@dandang/shared/dates/date';
import type { Executor } from '../../platform/db/client';
import type { CaseRow } from '../cases';
import { accusedOf } from '../complaints';
import * as repo from './complaint-source.repository';
import type { FalseAccusationSource } from './source';
import { caseHead, notDecided, unitIdentifiers } from './source-identifiers';

/**
 * A complaint as the source of a typical case (issue 7 item 3): only one concluded 诬告陷害 whose false accuser has
 * been dealt with, so the case can tell the whole story (the report, the verification, the referral, the clearing).
 * The accuser is told of as 检举控告人: their identity stays encrypted and is never read for a draft.
 */
export async function falseAccusationSource(db: Executor, row: CaseRow): Promise<FalseAccusationSource> {
  const c = row.case;
  const found = await repo.complaintFacts(db, c.id);
  const complaint = found?.complaint;
  const handling = found?.handling;
  if (complaint?.conclusion !== 'FALSE_ACCUSATION' || !complaint.concludedOn || !handling) {
    throw notDecided('该检举控告尚未认定为诬告陷害并记录对检举控告人的处理');
  }
  const [accused, clarifications, correctedMeasures] = await Promise.all([
    accusedOf(db, c.id),
    repo.completedClarificationsOf(db, c.id),
    repo.correctedMeasureCount(db, c.id),
  ]);
  const nameOf = (cadreId: string) => accused.find((a) => a.cadreId === cadreId)?.name ?? '';
  const people = [...accused.map((a) => a.name), ...clarifications.map((x) => x.approverName ?? '')];
  const { unitName, identifiers } = await unitIdentifiers(
    db,
    c.unitId,
    people,
    accused.map((a) => a.unitName),
  );
  return {
    type: 'FALSE_ACCUSATION',
    ...caseHead(c, unitName, identifiers),
    accused: accused.map(({ name, unitName }) => ({ name, unitName })),
    channel: complaint.channel,
    classification: complaint.classification,
    matter: complaint.matter,
    receivedOn: complaint.receivedOn,
    grounds: complaint.conclusionGrounds ?? '',
    concludedOn: complaint.concludedOn,
    referrals: handling.referrals,
    referralReasons: falseAccuserReferrals('FALSE_ACCUSATION', handling.status).reasons,
    recordedOn: chinaDateOf(handling.recordedAt),
    clarifications: clarifications.map((x) => ({ name: nameOf(x.cadreId), forms: x.forms, completedOn: x.completedOn ?? '' })),
    correctedMeasures,
  };
}
