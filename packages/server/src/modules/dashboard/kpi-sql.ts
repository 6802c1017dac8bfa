import type { Period } from '@dandang/shared/dashboard/dashboard.rules';
import { addDays } from '@dandang/shared/dates/date';
import { type AnyColumn, and, gte, lt, type SQL, sql } from 'drizzle-orm';

/*
 * Timestamps are instants; the dashboard counts by China's calendar days and months (UTC+8, no daylight saving), the
 * same way chinaDateOf does, without relying on the database session's time zone.
 */

const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** A timestamp within the period's days in China. */
export const instantIn = (column: AnyColumn, period: Period): SQL => and(gte(column, startOf(period.from)), lt(column, startOf(addDays(period.to, 1)))) as SQL;

/** The YYYY-MM of a timestamp in China. */
export const chinaMonthOf = (column: AnyColumn) => sql<string>`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`;

/** The YYYY-MM of a date column. */
export const monthOfDate = (column: AnyColumn) => sql<string>`to_char(${column}, 'YYYY-MM')`;
