import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkday } from '../calendar/work-calendar';
import { addWorkdays, countWorkdays, noticePeriodEnd, SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { fromDayNumber, toDayNumber, yearOf } from '../dates/date';

const cal = SHIPPED_CALENDAR;
// 2024 and 2027–2028 have no shipped arrangement, so the provisional fallback is exercised as well.
const date = fc.integer({ min: toDayNumber('2024-06-01'), max: toDayNumber('2028-06-30') }).map(fromDayNumber);
const days = fc.integer({ min: 0, max: 40 });

describe('working-day properties (DOMAIN.md §3)', () => {
  it('addWorkdays(d, a + b) = addWorkdays(addWorkdays(d, a), b)', () => {
    fc.assert(
      fc.property(date, days, days, (d, a, b) => {
        const whole = addWorkdays(cal, d, a + b);
        const first = addWorkdays(cal, d, a);
        const second = addWorkdays(cal, first.date, b);
        expect(whole.date).toBe(second.date);
        expect(whole.provisional).toBe(first.provisional || second.provisional);
      }),
    );
  });

  it('addWorkdays lands on a working day when n > 0', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
        expect(isWorkday(cal, addWorkdays(cal, d, n).date).workday).toBe(true);
      }),
    );
  });

  it('addWorkdays is provisional exactly when a day after from falls in an unpublished year', () => {
    fc.assert(
      fc.property(date, days, (d, n) => {
        const { date: end, provisional } = addWorkdays(cal, d, n);
        let expected = false;
        for (let y = yearOf(fromDayNumber(toDayNumber(d) + 1)); n > 0 && y <= yearOf(end); y += 1) {
          expected ||= !Object.hasOwn(cal, y);
        }
        expect(provisional).toBe(expected);
      }),
    );
  });

  it('干部任用条例第四十二条: a notice period of n working days holds exactly n working days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = noticePeriodEnd(cal, start, n);
        expect(countWorkdays(cal, start, end.date).days).toBe(n);
        expect(isWorkday(cal, end.date).workday).toBe(true);
      }),
    );
  });

  it('countWorkdays adds up over adjacent ranges', () => {
    fc.assert(
      fc.property(date, days, days, (from, a, b) => {
        const mid = fromDayNumber(toDayNumber(from) + a);
        const to = fromDayNumber(toDayNumber(mid) + 1 + b);
        const whole = countWorkdays(cal, from, to).days;
        const parts = countWorkdays(cal, from, mid).days + countWorkdays(cal, fromDayNumber(toDayNumber(mid) + 1), to).days;
        expect(whole).toBe(parts);
      }),
    );
  });
});
