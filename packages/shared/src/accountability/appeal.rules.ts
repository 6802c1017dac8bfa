import { addMonthsClamped, type IsoDate, isBefore } from '../dates/date';
import { type Reason, reason } from '../rules/reason';
import { ACC_CITE } from './forms';

/*
 * 申诉 (问责条例 第二十条; DOMAIN.md §7): lodged within `appealMonths` of the decision, answered within
 * `appealAnswerMonths` of its receipt; execution continues meanwhile. Months are calendar months clamped to the
 * month's end (2026-01-31 + 1 month = 2026-02-28), as every month limit here. The decision's date stands for the day
 * the subject received it: the register keeps no delivery date.
 */

export interface AppealCheck {
  outcome: 'ALLOWED' | 'LATE' | 'BEFORE_DECISION';
  /** The last day an appeal may be lodged. */
  lastDay: IsoDate;
  reasons: Reason[];
}

export const appealLastDay = (decidedOn: IsoDate, appealMonths: number): IsoDate => addMonthsClamped(decidedOn, appealMonths);

/** Whether an appeal received on `receivedOn` is in time for a decision of `decidedOn`. */
export function checkAppeal(input: { decidedOn: IsoDate; receivedOn: IsoDate; appealMonths: number }): AppealCheck {
  const lastDay = appealLastDay(input.decidedOn, input.appealMonths);
  if (isBefore(input.receivedOn, input.decidedOn)) {
    return {
      outcome: 'BEFORE_DECISION',
      lastDay,
      reasons: [reason('BEFORE_DECISION', ACC_CITE.executeAndAppeal, `申诉日期不能早于问责决定日期 ${input.decidedOn}`)],
    };
  }
  if (isBefore(lastDay, input.receivedOn)) {
    const text = `申诉期限已于 ${lastDay} 届满（问责决定 ${input.decidedOn} 作出后 ${input.appealMonths} 个月内可以申诉）`;
    return { outcome: 'LATE', lastDay, reasons: [reason('APPEAL_LATE', ACC_CITE.executeAndAppeal, text)] };
  }
  return { outcome: 'ALLOWED', lastDay, reasons: [] };
}

/** The last day to answer an appeal received on `receivedOn`. */
export const appealAnswerDue = (receivedOn: IsoDate, answerMonths: number): IsoDate => addMonthsClamped(receivedOn, answerMonths);

export type AppealStatus = 'OPEN' | 'OVERDUE' | 'ANSWERED';
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = { OPEN: '待答复', OVERDUE: '逾期未答复', ANSWERED: '已答复' };

/** An unanswered appeal is overdue from the day after its answer date. */
export function appealStatus(appeal: { answerDue: IsoDate; answeredOn: IsoDate | null }, asOf: IsoDate): AppealStatus {
  if (appeal.answeredOn !== null) return 'ANSWERED';
  return isBefore(appeal.answerDue, asOf) ? 'OVERDUE' : 'OPEN';
}
