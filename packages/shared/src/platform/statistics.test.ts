import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { averageOf, countByMonth, percentOf, statisticsQuery, workdaysAfter } from './statistics';

/* The helpers the yearly statistics share (DOMAIN.md §3 for the working days; the shipped 2026 arrangement). */

describe('workdaysAfter (DOMAIN.md §3: the first day is not counted, as in a time limit)', () => {
  it.each([
    ['across 国庆节 with the make-up Saturday 10-10', '2026-09-30', '2026-10-13', 5],
    ['a plain week, Monday to Friday', '2026-03-02', '2026-03-06', 4],
    ['the same day', '2026-11-02', '2026-11-02', 0],
    ['the second day before the first', '2026-11-05', '2026-11-02', 0],
  ])('%s: %s → %s is %i', (_, from, to, days) => {
    expect(workdaysAfter(SHIPPED_CALENDAR, from, to)).toEqual({ days, provisional: false });
  });

  it('marks a count that touched a year with no published arrangement as provisional', () => {
    expect(workdaysAfter(SHIPPED_CALENDAR, '2099-03-02', '2099-03-06').provisional).toBe(true);
  });
});

describe('countByMonth', () => {
  it('gives twelve counts, January first', () => {
    expect(countByMonth(['2026-01-31', '2026-10-09', '2026-10-20', '2026-12-01'])).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1]);
    expect(countByMonth([])).toEqual(Array.from({ length: 12 }, () => 0));
  });
});

describe('averageOf and percentOf', () => {
  it.each([
    [[4, 4, 1], 3],
    [[2, 3, 3], 2.7],
    [[], null],
  ])('averageOf(%j) is %s', (values, expected) => {
    expect(averageOf(values)).toBe(expected);
  });
  it.each([
    [1, 2, 50],
    [1, 3, 33.3],
    [0, 0, null],
  ])('percentOf(%i, %i) is %s', (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });
});

describe('statisticsQuery', () => {
  it('takes a year as text, leaves it out when absent, and refuses one that is not a year', () => {
    expect(statisticsQuery.parse({ year: '2026' })).toEqual({ year: 2026 });
    expect(statisticsQuery.parse({})).toEqual({});
    expect(statisticsQuery.safeParse({ year: '20x6' }).error?.issues[0]?.message).toBe('年度应为数字');
    expect(statisticsQuery.safeParse({ year: '1999' }).error?.issues[0]?.message).toBe('年度不能早于 2000');
  });
});
