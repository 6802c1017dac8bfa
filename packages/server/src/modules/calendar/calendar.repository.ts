import type { WorkCalendar } from '@dandang/shared/calendar/work-calendar';
import { asc, between, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { calendarDays, calendarYears } from './calendar.tables';

export const listYears = (db: Executor) => db.select().from(calendarYears).orderBy(asc(calendarYears.year));

export async function findYear(db: Executor, year: number) {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year)).limit(1);
  return row ?? null;
}

export const daysOfYear = (db: Executor, year: number) =>
  db
    .select()
    .from(calendarDays)
    .where(between(calendarDays.date, `${year}-01-01`, `${year}-12-31`))
    .orderBy(asc(calendarDays.date));

export async function findDay(db: Executor, date: string) {
  const [row] = await db.select().from(calendarDays).where(eq(calendarDays.date, date)).limit(1);
  return row ?? null;
}

export async function upsertYear(db: Executor, year: number, source: string) {
  await db
    .insert(calendarYears)
    .values({ year, published: true, source })
    .onConflictDoUpdate({ target: calendarYears.year, set: { published: true, source } });
}

export async function upsertDay(db: Executor, date: string, kind: 'holiday' | 'workday', name: string) {
  await db.insert(calendarDays).values({ date, kind, name }).onConflictDoUpdate({ target: calendarDays.date, set: { kind, name } });
}

export async function deleteDay(db: Executor, date: string) {
  await db.delete(calendarDays).where(eq(calendarDays.date, date));
}

/**
 * The calendar the rules use: every published year (even one with no exceptions, which is then plain
 * Monday–Friday but not provisional) with its holidays and make-up working days.
 */
export async function loadWorkCalendar(db: Executor): Promise<WorkCalendar> {
  const years = await db.select().from(calendarYears).where(eq(calendarYears.published, true));
  const days = await db.select().from(calendarDays).orderBy(asc(calendarDays.date));
  const calendar: Record<number, { holidays: Array<{ date: string; name: string }>; workdays: Array<{ date: string; name: string }> }> = {};
  for (const y of years) calendar[y.year] = { holidays: [], workdays: [] };
  for (const d of days) {
    const entry = calendar[Number(d.date.slice(0, 4))];
    if (entry) (d.kind === 'holiday' ? entry.holidays : entry.workdays).push({ date: d.date, name: d.name });
  }
  return calendar;
}
