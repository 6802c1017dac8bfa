import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { workdaysAfter } from '../platform/statistics';
import { type DecisionFact, reckonStatistics } from './statistics.rules';

// Issue 6 item 3 (问责统计); DOMAIN.md §3 (working days) and §7 (repeat flag within 12 months); 问责条例 第二十一条
// (a corrected decision no longer counts).
let n = 0;
const decision = (over: Partial<DecisionFact>): DecisionFact => ({
  caseId: `c${++n}`,
  number: `问〔2026〕${n}号`,
  cadreId: 'x',
  unitId: 'u1',
  unitName: '甲局',
  forms: ['ADMONISH'],
  bodies: ['DISCIPLINE'],
  decidedOn: '2026-03-10',
  proposedOn: '2026-03-02',
  corrected: false,
  ...over,
});

describe('working days from proposal to decision (workdaysAfter)', () => {
  it('counts the working days after the proposal up to the decision, across 国庆节 2026', () => {
    // 2026-09-30 → 2026-10-12: 10-01..10-07 off, Saturday 10-10 a make-up working day; 10-08, 10-09, 10-10, 10-12 count.
    expect(workdaysAfter(SHIPPED_CALENDAR, '2026-09-30', '2026-10-12')).toEqual({ days: 4, provisional: false });
    expect(workdaysAfter(SHIPPED_CALENDAR, '2026-03-02', '2026-03-02').days).toBe(0);
  });
});

describe('reckonStatistics', () => {
  const input = {
    year: 2026,
    repeatWindowMonths: 12,
    calendar: SHIPPED_CALENDAR,
    decisions: [
      decision({ cadreId: 'a', decidedOn: '2025-06-01', proposedOn: '2025-05-20' }),
      decision({ cadreId: 'a', decidedOn: '2026-03-10', forms: ['ACC_NOTICE', 'ADMONISH'], bodies: ['DISCIPLINE', 'ORG_DEPT'] }),
      decision({ cadreId: 'b', decidedOn: '2026-03-10', unitId: 'u2', unitName: '乙局', forms: ['ORG_DISMISS'], bodies: ['INSPECTION'] }),
      decision({ cadreId: null, decidedOn: '2026-07-01', proposedOn: '2026-06-29', forms: ['ORG_CHECK'], bodies: ['UPPER_DEPT'] }),
      decision({ cadreId: 'b', decidedOn: '2026-05-01', corrected: true }),
      decision({ cadreId: 'b', decidedOn: '2026-08-03', proposedOn: '2026-08-01' }),
    ],
    appeals: [
      { receivedOn: '2026-03-20', upheld: false },
      { receivedOn: '2026-04-02', upheld: true },
      { receivedOn: '2026-08-10', upheld: null },
      { receivedOn: '2025-06-10', upheld: false },
    ],
  };
  const s = reckonStatistics(input);
  const of = (list: Array<{ key: string; count: number }>) => Object.fromEntries(list.map((c) => [c.key, c.count]));

  it('counts the year’s decisions in force, and corrected ones apart', () => {
    expect([s.decisions, s.corrected]).toEqual([4, 1]);
  });

  it('counts by form, by every proposing body, by unit and by month', () => {
    expect(of(s.byForm)).toEqual({ ORG_CHECK: 1, ACC_NOTICE: 1, ADMONISH: 2, ORG_DISMISS: 1 });
    expect(of(s.byBody)).toEqual({ DISCIPLINE: 2, ORG_DEPT: 1, INSPECTION: 1, UPPER_DEPT: 1 });
    expect(s.byUnit).toEqual([
      { key: 'u1', label: '甲局', count: 3 },
      { key: 'u2', label: '乙局', count: 1 },
    ]);
    expect(s.byMonth.map((m) => m.count)).toEqual([0, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
  });

  it('flags a cadre held to account again within 12 months; a corrected decision is no earlier one', () => {
    // a: 2025-06-01 then 2026-03-10 → flagged; b: 2026-03-10 then 2026-08-03 → flagged; b's corrected 05-01 counts for nothing.
    expect(s.repeatFlags).toBe(2);
  });

  it('counts the year’s appeals by answer', () => {
    expect(s.appeals).toEqual({ lodged: 3, upheld: 1, dismissed: 1, open: 1 });
  });

  it('averages the working days from the first proposal to the decision', () => {
    // 03-02→03-10: 6; 03-02→03-10: 6; 06-29→07-01: 2; 08-01 (Sat)→08-03: 1 → 15 / 4 = 3.75 → 3.8.
    expect([s.averageWorkdays, s.workdaysProvisional]).toEqual([3.8, false]);
  });

  it('has no average without decisions', () => {
    expect(reckonStatistics({ ...input, decisions: [] }).averageWorkdays).toBeNull();
  });
});
