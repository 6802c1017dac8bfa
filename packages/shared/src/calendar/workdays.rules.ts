import { addDays, type IsoDate, isBefore } from '../dates/date';
import { PUBLISHED_HOLIDAYS } from './holidays.data';
import { isWorkday, type WorkCalendar } from './work-calendar';

/** The calendar the project ships; the server replaces it with its editable table. */
export const SHIPPED_CALENDAR: WorkCalendar = PUBLISHED_HOLIDAYS;

export interface DateAnswer {
  date: IsoDate;
  /** True when any day examined fell in a year with no published arrangement (Monday–Friday was assumed). */
  provisional: boolean;
}

export interface CountAnswer {
  days: number;
  provisional: boolean;
}

function requireCount(n: number, min: number, what: string): void {
  // Programming errors, not business answers: the rule inputs are validated before they get here.
  if (!Number.isSafeInteger(n) || n < min) throw new RangeError(`${what} must be an integer ≥ ${min}, got ${n}`);
}

/** The date n working days after `from`; `from` itself is not counted and n = 0 gives `from` (DOMAIN.md §3). */
export function addWorkdays(calendar: WorkCalendar, from: IsoDate, n: number): DateAnswer {
  requireCount(n, 0, 'n');
  let date = from;
  let provisional = false;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    const answer = isWorkday(calendar, date);
    provisional ||= answer.provisional;
    if (answer.workday) counted += 1;
  }
  return { date, provisional };
}

/**
 * Last day of a notice period of n working days beginning on `start` (干部任用条例第四十二条): `start` is day 1 when it
 * is a working day, otherwise day 1 is the next working day.
 */
export function noticePeriodEnd(calendar: WorkCalendar, start: IsoDate, n: number): DateAnswer {
  requireCount(n, 1, 'n');
  const first = isWorkday(calendar, start);
  const rest = addWorkdays(calendar, start, first.workday ? n - 1 : n);
  return { date: rest.date, provisional: first.provisional || rest.provisional };
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function countWorkdays(calendar: WorkCalendar, from: IsoDate, to: IsoDate): CountAnswer {
  let days = 0;
  let provisional = false;
  for (let date = from; !isBefore(to, date); date = addDays(date, 1)) {
    const answer = isWorkday(calendar, date);
    provisional ||= answer.provisional;
    if (answer.workday) days += 1;
  }
  return { days, provisional };
}
