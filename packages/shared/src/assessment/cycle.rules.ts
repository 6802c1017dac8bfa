import type { WorkCalendar } from '../calendar/work-calendar';
import { addWorkdays, type DateAnswer, noticePeriodEnd } from '../calendar/workdays.rules';
import { daysInMonth, formatIsoDate, type IsoDate, isBefore } from '../dates/date';
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
  const { year } = cycle;
  if (cycle.kind === 'PERIODIC' && cycle.quarter !== null) {
    const first = (cycle.quarter - 1) * 3 + 1;
    const last = first + 2;
    return { from: formatIsoDate({ year, month: first, day: 1 }), to: formatIsoDate({ year, month: last, day: daysInMonth(year, last) }) };
  }
  return { from: formatIsoDate({ year, month: 1, day: 1 }), to: formatIsoDate({ year, month: 12, day: 31 }) };
}
