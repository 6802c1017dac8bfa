import { describe, expect, it } from 'vitest';
import { buildWorkCalendar, isWorkday } from './work-calendar';
import { addWorkdays, countWorkdays, noticePeriodEnd, SHIPPED_CALENDAR } from './workdays.rules';

const cal = SHIPPED_CALENDAR;

describe('isWorkday (国务院办公厅部分节假日安排的通知)', () => {
  it.each([
    ['2026-01-04', true, '元旦 make-up working day (Sunday)'],
    ['2026-02-14', true, '春节 make-up working day (Saturday)'],
    ['2026-02-28', true, '春节 make-up working day (Saturday)'],
    ['2026-09-20', true, '国庆节 make-up working day (Sunday)'],
    ['2025-09-28', true, '2025 国庆节、中秋节 make-up working day (Sunday)'],
    ['2026-01-02', false, '元旦 holiday (Friday)'],
    ['2026-02-16', false, '春节 holiday (Monday)'],
    ['2026-06-19', false, '端午节 holiday (Friday)'],
    ['2025-10-08', false, '2025 国庆节、中秋节 holiday (Wednesday)'],
    ['2026-03-02', true, 'ordinary Monday'],
    ['2026-03-07', false, 'ordinary Saturday'],
  ])('%s is a working day: %s (%s)', (date, workday) => {
    expect(isWorkday(cal, date)).toMatchObject({ workday, provisional: false });
  });

  it('names the arrangement that decided the day', () => {
    expect(isWorkday(cal, '2026-02-14').name).toBe('春节');
    expect(isWorkday(cal, '2026-10-01').name).toBe('国庆节');
  });

  it('DOMAIN.md §3: a year with no published arrangement is Monday–Friday and provisional', () => {
    expect(isWorkday(cal, '2030-01-01')).toEqual({ workday: true, provisional: true });
    expect(isWorkday(cal, '2030-01-05')).toEqual({ workday: false, provisional: true });
  });

  it('builds a calendar from table rows; a year with rows counts as published', () => {
    const built = buildWorkCalendar([
      { date: '2030-01-01', kind: 'holiday', name: '元旦' },
      { date: '2030-01-05', kind: 'workday', name: '元旦' },
    ]);
    expect(isWorkday(built, '2030-01-01')).toEqual({ workday: false, provisional: false, name: '元旦' });
    expect(isWorkday(built, '2030-01-05')).toEqual({ workday: true, provisional: false, name: '元旦' });
    expect(isWorkday(built, '2030-01-07')).toEqual({ workday: true, provisional: false });
  });
});

describe('addWorkdays (DOMAIN.md §3: from not counted, n = 0 gives from)', () => {
  it.each([
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-07', 0, '2026-03-07'],
    ['2026-03-02', 1, '2026-03-03'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2025-12-31', 1, '2026-01-04'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-04-30', 3, '2026-05-08'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkdays(cal, from, n)).toEqual({ date: expected, provisional: false });
  });

  it('is provisional when it steps into an unpublished year', () => {
    expect(addWorkdays(cal, '2026-12-31', 1)).toEqual({ date: '2027-01-01', provisional: true });
  });

  it('refuses a negative count (a programming error)', () => {
    expect(() => addWorkdays(cal, '2026-03-02', -1)).toThrow(RangeError);
  });
});

describe('noticePeriodEnd (干部任用条例第四十二条: 公示期不少于五个工作日)', () => {
  it.each([
    ['2026-03-02', 5, '2026-03-06', 'starts on a Monday: Monday is day 1'],
    ['2026-03-07', 5, '2026-03-13', 'starts on a Saturday: day 1 is Monday'],
    ['2026-09-30', 5, '2026-10-12', 'straddles 国庆节 and the make-up Saturday 2026-10-10'],
    ['2026-10-01', 5, '2026-10-13', 'starts on a holiday: day 1 is 2026-10-08'],
    ['2026-02-14', 5, '2026-02-27', 'starts on the make-up Saturday 2026-02-14, which is day 1'],
    ['2026-03-02', 1, '2026-03-02', 'one working day ends on the start'],
  ])('%s + %i → %s (%s)', (start, n, expected) => {
    expect(noticePeriodEnd(cal, start, n)).toEqual({ date: expected, provisional: false });
  });

  it('a notice period in an unpublished year is provisional', () => {
    expect(noticePeriodEnd(cal, '2027-03-01', 5)).toEqual({ date: '2027-03-05', provisional: true });
  });
});

describe('countWorkdays (both ends included)', () => {
  it.each([
    ['2026-02-01', '2026-02-28', 16, '20 weekdays − 6 春节 weekdays + 2 make-up Saturdays'],
    ['2026-10-01', '2026-10-07', 0, '国庆节'],
    ['2026-03-02', '2026-03-02', 1, 'one working day'],
    ['2026-03-07', '2026-03-08', 0, 'a weekend'],
    ['2026-03-09', '2026-03-02', 0, 'to before from'],
    ['2025-01-01', '2025-12-31', 248, 'the whole of 2025: 261 weekdays − 18 holidays + 5 make-up days'],
    ['2026-01-01', '2026-12-31', 248, 'the whole of 2026: 261 weekdays − 19 holidays + 6 make-up days'],
  ])('%s … %s = %i (%s)', (from, to, days) => {
    expect(countWorkdays(cal, from, to)).toEqual({ days, provisional: false });
  });

  it('counts Monday–Friday in an unpublished year and says so', () => {
    expect(countWorkdays(cal, '2026-12-28', '2027-01-08')).toEqual({ days: 10, provisional: true });
  });
});
