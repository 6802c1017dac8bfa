import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { cyclePeriod, isOverdue, stageDeadline } from './cycle.rules';

// DOMAIN.md §3 (working days, with the State Council's 2026 arrangement) and 干部任用条例第四十二条 for a notice.
describe('stageDeadline', () => {
  it.each([
    ['10 working days from Monday 2 March 2026', 'OPEN', '2026-03-02', 10, '2026-03-16'],
    ['across the National Day holiday (1–7 Oct off, Sat 10 Oct worked)', 'SCORING', '2026-09-30', 3, '2026-10-10'],
    ['a 5-day notice begun on a Tuesday counts that Tuesday', 'NOTICE', '2026-03-10', 5, '2026-03-16'],
    ['a notice begun on a Saturday starts on the Monday', 'NOTICE', '2026-03-07', 5, '2026-03-13'],
  ] as const)('%s', (_case, state, start, days, due) => {
    expect(stageDeadline(SHIPPED_CALENDAR, state, start, days)).toEqual({ date: due, provisional: false });
  });

  it('says the date is provisional in a year whose arrangement is not published', () => {
    expect(stageDeadline(SHIPPED_CALENDAR, 'OPEN', '2031-03-03', 5).provisional).toBe(true);
  });
});

describe('isOverdue', () => {
  it.each([
    [null, '2026-03-20', false],
    ['2026-03-16', '2026-03-16', false],
    ['2026-03-16', '2026-03-17', true],
  ] as const)('due %s, today %s → %s', (due, today, overdue) => {
    expect(isOverdue(due, today)).toBe(overdue);
  });
});

// A cycle's period: the quarter of a 平时考核, the calendar year otherwise (the window measures and honors count in).
describe('cyclePeriod', () => {
  it.each([
    ['Q1 of a leap year ends on 31 March', { kind: 'PERIODIC', year: 2028, quarter: 1 }, '2028-01-01', '2028-03-31'],
    ['Q2 ends on 30 June', { kind: 'PERIODIC', year: 2026, quarter: 2 }, '2026-04-01', '2026-06-30'],
    ['Q4 ends on 31 December', { kind: 'PERIODIC', year: 2026, quarter: 4 }, '2026-10-01', '2026-12-31'],
    ['an annual cycle is its calendar year', { kind: 'ANNUAL', year: 2026, quarter: null }, '2026-01-01', '2026-12-31'],
    ['a special cycle is its calendar year', { kind: 'SPECIAL', year: 2026, quarter: null }, '2026-01-01', '2026-12-31'],
  ])('%s', (_, cycle, from, to) => {
    expect(cyclePeriod(cycle)).toEqual({ from, to });
  });
});
