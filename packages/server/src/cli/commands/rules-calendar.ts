import type { WorkCalendar } from '@dandang/shared/calendar/work-calendar';
import { SHIPPED_CALENDAR } from '@dandang/shared/calendar/workdays.rules';
import { openFromConfig } from '../../bootstrap';
import { loadWorkCalendar } from '../../modules/calendar';
import { readConfig } from '../../platform/config';

/**
 * The calendar for `dandang rules`: the calendar table of the PostgreSQL server named by DATABASE_URL, with the
 * administrators' edits, or the shipped arrangements without one. The embedded PGlite directory is not opened here,
 * because the running server holds it and a second process must not open it at the same time.
 */
export async function loadRulesCalendar(): Promise<WorkCalendar> {
  const config = readConfig();
  if (!config.databaseUrl) return SHIPPED_CALENDAR;
  const database = await openFromConfig(config);
  try {
    return await loadWorkCalendar(database.db);
  } catch (err) {
    process.stderr.write(`无法读取数据库中的工作日历，改用内置节假日数据：${err instanceof Error ? err.message : String(err)}\n`);
    return SHIPPED_CALENDAR;
  } finally {
    await database.close();
  }
}
