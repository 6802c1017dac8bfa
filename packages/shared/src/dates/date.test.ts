import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, compareDates, fromDayNumber, isIsoDate, parseIsoDate, toDayNumber, weekdayOf } from './date';

describe('dates', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-10-31', 6, '2026-04-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-01-31', -2, '2025-11-30'],
  ])('DOMAIN.md §4 calendar months clamped to month end: %s + %i months = %s', (from, months, expected) => {
    expect(addMonthsClamped(from, months)).toBe(expected);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
  ])('addDays: %s + %i = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('day numbers and weekdays agree with Date in UTC for 1950–2100', () => {
    for (let n = toDayNumber('1950-01-01'); n <= toDayNumber('2100-12-31'); n += 1) {
      const date = new Date(n * 86_400_000);
      expect(fromDayNumber(n)).toBe(date.toISOString().slice(0, 10));
      if (n % 97 === 0) expect(weekdayOf(fromDayNumber(n))).toBe(date.getUTCDay());
    }
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '2025-01-32', '20250101', '', '2025-01-01T00:00'])('refuses %j as a date', (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });

  it('compares dates by day, not by text length', () => {
    expect(compareDates('2025-12-31', '2026-01-01')).toBe(-1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(compareDates('2026-03-01', '2026-02-28')).toBe(1);
  });

  it('throws on a malformed date given to arithmetic (a programming error)', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});
