import { addWorkdays } from '@dandang/shared/calendar/workdays.rules';
import type { IsoDate } from '@dandang/shared/dates/date';
import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { Executor } from '../../platform/db/client';
import { loadWorkCalendar } from '../calendar';
import { effectiveDocument } from '../policy';

/**
 * 答复期限 (DOMAIN.md §10 "reply deadline in working days"): the policy in force on the day of submission gives the
 * number of working days per kind, counted on the holiday calendar (DOMAIN.md §3 addWorkdays).
 */
export async function replyDeadline(db: Executor, kind: SubmissionKind, submittedOn: IsoDate, jurisdictionId: string) {
  const policy = await effectiveDocument(db, submittedOn, jurisdictionId);
  const days = kind === 'IDEA' ? policy.participation.ideaReplyWorkdays : policy.participation.appealReplyWorkdays;
  const due = addWorkdays(await loadWorkCalendar(db), submittedOn, days);
  return { dueOn: due.date, dueProvisional: due.provisional };
}
