import { type IsoDate, isWeekend, yearOf } from '../dates/date';

/** A named day of a published arrangement: a statutory holiday (放假) or a make-up working day (调休上班). */
export interface CalendarDay {
  date: IsoDate;
  name: string;
}

export interface CalendarYear {
  holidays: readonly CalendarDay[];
  workdays: readonly CalendarDay[];
}

/**
 * The published arrangements, year → days. A year that is absent has no published arrangement: it falls back to
 * Monday–Friday and every answer touching it is provisional (DOMAIN.md §3). The server builds this from its table.
 */
export type WorkCalendar = Readonly<Record<number, CalendarYear>>;

export interface WorkdayAnswer {
  workday: boolean;
  provisional: boolean;
  /** The holiday's or make-up day's name when the published arrangement decided the answer. */
  name?: string;
}

interface YearIndex {
  holidays: Map<IsoDate, string>;
  workdays: Map<IsoDate, string>;
}

// Rules walk day by day; indexing each published year once keeps a 30-working-day count cheap.
const indexes = new WeakMap<CalendarYear, YearIndex>();

function indexOf(year: CalendarYear): YearIndex {
  let index = indexes.get(year);
  if (!index) {
    index = {
      holidays: new Map(year.holidays.map((d) => [d.date, d.name])),
      workdays: new Map(year.workdays.map((d) => [d.date, d.name])),
    };
    indexes.set(year, index);
  }
  return index;
}

export function isPublishedYear(calendar: WorkCalendar, year: number): boolean {
  return Object.hasOwn(calendar, year);
}

export function isWorkday(calendar: WorkCalendar, date: IsoDate): WorkdayAnswer {
  const year = yearOf(date);
  if (!isPublishedYear(calendar, year)) return { workday: !isWeekend(date), provisional: true };
  const index = indexOf(calendar[year] as CalendarYear);
  const makeUp = index.workdays.get(date);
  if (makeUp !== undefined) return { workday: true, provisional: false, name: makeUp };
  const holiday = index.holidays.get(date);
  if (holiday !== undefined) return { workday: false, provisional: false, name: holiday };
  return { workday: !isWeekend(date), provisional: false };
}

/** Builds a calendar from table rows; every year that has at least one row counts as published. */
export function buildWorkCalendar(rows: ReadonlyArray<{ date: IsoDate; kind: 'holiday' | 'workday'; name: string }>): WorkCalendar {
  const years: Record<number, { holidays: CalendarDay[]; workdays: CalendarDay[] }> = {};
  for (const { date, kind, name } of rows) {
    const year = yearOf(date);
    years[year] ??= { holidays: [], workdays: [] };
    (kind === 'holiday' ? years[year].holidays : years[year].workdays).push({ date, name });
  }
  return years;
}
