import type { WorkCalendar } from '../calendar/work-calendar';
import { addWorkdays, type DateAnswer, noticePeriodEnd } from '../calendar/workdays.rules';
import { type IsoDate, isBefore } from '../dates/date';
import type { TimedState } from './cycle.states';

/*
 * A cycle stage's deadline (DOMAIN.md §3: deadlines count working days). A stage of n working days begun on `start`
 * ends n working days after it; a notice period counts its first day (干部任用条例第四十二条, as noticePeriodEnd).
 */
export function stageDeadline(calendar: WorkCalendar, state: TimedState, start: IsoDate, workdays: number): DateAnswer {
  return state === 'NOTICE' ? noticePeriodEnd(calendar, start, workdays) : addWorkdays(calendar, start, workdays);
}

/** Past its deadline: the last day itself still counts as in time. */
export function isOverdue(dueOn: IsoDate | null, today: IsoDate): boolean {
  return dueOn !== null && isBefore(dueOn, today);
}

/** The days a cycle assesses: its quarter for 平时考核, its calendar year otherwise. */
export function cyclePeriod(cycle: { kind: string; year: number; quarter: number | null }): { from: IsoDate; to: IsoDate } {
  if (cycle.kind === 'PERIODIC' && cycle.quarter !== null) {
    const first = (cycle.quarter - 1) * 3 + 1;
    const last = first + 2;
    const lastDay = new Date(Date.UTC(cycle.year, last, 0)).getUTCDate();
    return {
      from: `${cycle.year}-${String(first).padStart(2, '0')}-01` as IsoDate,
      to: `${cycle.year}-${String(last).padStart(2, '0')}-${lastDay}` as IsoDate,
    };
  }
  return { from: `${cycle.year}-01-01` as IsoDate, to: `${cycle.year}-12-31` as IsoDate };
}
