import { APPEAL_STATUS_LABELS, appealStatus } from '@dandang/shared/accountability/appeal.rules';
import type { AppealView } from '@dandang/shared/accountability/appeal.schema';
import type { IsoDate } from '@dandang/shared/dates/date';
import type { AppealRow } from './appeals.repository';

/** An appeal as lists and the case page show it; overdue is judged against `today`. */
export function toAppealView(row: AppealRow, today: IsoDate): AppealView {
  const a = row.appeal;
  const status = appealStatus(a, today);
  return {
    id: a.id,
    caseId: a.caseId,
    caseNumber: row.caseNumber,
    subjectName: row.cadreName ?? row.unitName,
    unitName: row.unitName,
    appellant: a.appellant,
    receivedOn: a.receivedOn,
    grounds: a.grounds,
    lodgedAt: a.lodgedAt.toISOString(),
    lodgedByName: a.lodgedByName,
    answerDue: a.answerDue,
    status,
    statusLabel: APPEAL_STATUS_LABELS[status],
    upheld: a.upheld,
    answer: a.answer,
    answeredOn: a.answeredOn,
    answeredByName: a.answeredByName,
    version: a.version,
  };
}
