import { SHIPPED_CALENDAR } from '@dandang/shared/calendar/workdays.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import * as repo from './calendar.repository';

export async function getYear(db: Executor, year: number) {
  const row = await repo.findYear(db, year);
  const days = await repo.daysOfYear(db, year);
  return { year, published: Boolean(row?.published), source: row?.source ?? '', days };
}

export async function addYear(db: Db, ctx: RequestContext, year: number) {
  if (await repo.findYear(db, year)) throw new DomainError('DUPLICATE', { fields: [{ path: 'year', message: `${year} 年已存在` }] }, `${year} 年已存在`);
  await db.transaction(async (tx) => {
    await repo.upsertYear(tx, year, '手工录入');
    await recordAudit(tx, ctx, {
      action: 'calendar.add_year',
      entity: 'calendar_year',
      entityId: String(year),
      changes: { published: { before: false, after: true } },
    });
  });
  return getYear(db, year);
}

export async function setDay(db: Db, ctx: RequestContext, date: string, kind: 'holiday' | 'workday' | 'normal', name: string) {
  const year = Number(date.slice(0, 4));
  if (!(await repo.findYear(db, year))) {
    throw validationError([{ path: 'date', message: `${year} 年尚未建立日历，请先添加该年度` }]);
  }
  const before = await repo.findDay(db, date);
  await db.transaction(async (tx) => {
    if (kind === 'normal') await repo.deleteDay(tx, date);
    else await repo.upsertDay(tx, date, kind, name);
    const after = kind === 'normal' ? null : { kind, name };
    await recordAudit(tx, ctx, {
      action: 'calendar.set_day',
      entity: 'calendar_day',
      entityId: date,
      changes: { day: { before: before ? { kind: before.kind, name: before.name } : null, after } },
    });
  });
  return { date, kind, name: kind === 'normal' ? '' : name };
}

/** Loads the shipped arrangements into an empty calendar; years already present are left as their editors left them. */
export async function seedShippedCalendar(db: Db, ctx: RequestContext) {
  const existing = new Set((await repo.listYears(db)).map((y) => y.year));
  for (const [yearText, data] of Object.entries(SHIPPED_CALENDAR)) {
    const year = Number(yearText);
    if (existing.has(year)) continue;
    await db.transaction(async (tx) => {
      await repo.upsertYear(tx, year, '国务院办公厅节假日安排通知');
      for (const d of data.holidays) await repo.upsertDay(tx, d.date, 'holiday', d.name);
      for (const d of data.workdays) await repo.upsertDay(tx, d.date, 'workday', d.name);
      await recordAudit(tx, ctx, {
        action: 'calendar.seed_year',
        entity: 'calendar_year',
        entityId: String(year),
        changes: { days: { before: 0, after: data.holidays.length + data.workdays.length } },
      });
    });
  }
}
