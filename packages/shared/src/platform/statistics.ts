import { z } from 'zod';
import type { WorkCalendar } from '../calendar/work-calendar';
import { type CountAnswer, countWorkdays } from '../calendar/workdays.rules';
import { addDays, type IsoDate } from '../dates/date';

/*
 * What every yearly statistics page (容错纠错统计, 检举控告统计 …) reckons the same way: the year asked for, counts by
 * month, working days between two steps, and averages and shares rounded to one decimal as the offices print them.
 */

/** `?year=2026`; without it the page shows the current year. */
export const statisticsQuery = z.object({
  year: z.coerce.number({ error: '年度应为数字' }).int('年度应为整数').min(2000, '年度不能早于 2000').max(2200, '年度不能晚于 2200').optional(),
});

/** Rounded to one decimal, as a printed table shows averages and percentages. */
export const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The average of the values to one decimal; null when there are none (a dash on the page, not a zero). */
export function averageOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return oneDecimal(values.reduce((sum, v) => sum + v, 0) / values.length);
}

/** `part` as a percentage of `whole` to one decimal; null when the whole is zero. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : oneDecimal((part / whole) * 100);
}

/** How many of the dates fall in each month: twelve counts, January first. */
export function countByMonth(dates: Iterable<IsoDate>): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const date of dates) {
    const month = Number(date.slice(5, 7));
    months[month - 1] = (months[month - 1] ?? 0) + 1;
  }
  return months;
}

/**
 * Working days from one step to a later one, counted as a time limit is (DOMAIN.md §3): the day of the first step is
 * not counted, the day of the second is; 0 when both fall on the same day.
 */
export function workdaysAfter(calendar: WorkCalendar, from: IsoDate, to: IsoDate): CountAnswer {
  return countWorkdays(calendar, addDays(from, 1), to);
}
