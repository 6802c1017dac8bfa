import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { keptLimits, reckonToleranceStatistics, type StatisticsCase, type StepFact, stagesOf, stageWorkdays } from './tolerance-statistics.rules';

/*
 * Stage durations and time limits in working days (DOMAIN.md §3; §6 procedure: acceptance 5, investigation 30,
 * extendable once by 15 with approval), on the shipped 2026 arrangement: 国庆节 2026-10-01..07 off, the make-up
 * Saturday 2026-10-10 worked.
 */

const limits = { acceptanceWorkdays: 5, investigationWorkdays: 30 };
const timeline = (...steps: Array<[string, string, number?]>): StepFact[] => steps.map(([on, toState, extendedBy]) => ({ on, toState, extendedBy }));

describe('stagesOf', () => {
  it('opens a stage at each change of state and closes the one before; an extension stays in the stage', () => {
    const stages = stagesOf(
      timeline(['2026-09-30', 'SUBMITTED'], ['2026-10-09', 'INVESTIGATING'], ['2026-10-12', 'INVESTIGATING', 15], ['2026-11-30', 'DECIDING']),
    );
    expect(stages).toEqual([
      { state: 'SUBMITTED', enteredOn: '2026-09-30', leftOn: '2026-10-09', extraWorkdays: 0 },
      { state: 'INVESTIGATING', enteredOn: '2026-10-09', leftOn: '2026-11-30', extraWorkdays: 15 },
      { state: 'DECIDING', enteredOn: '2026-11-30', leftOn: null, extraWorkdays: 0 },
    ]);
  });
});

describe('stageWorkdays (DOMAIN.md §3: the day of entry is not counted, as in addWorkdays)', () => {
  it('counts across 国庆节: 2026-09-30 → 2026-10-13 is 5 working days (10-08, 09, 10 make-up, 12, 13)', () => {
    expect(stageWorkdays(SHIPPED_CALENDAR, { state: 'SUBMITTED', enteredOn: '2026-09-30', leftOn: '2026-10-13', extraWorkdays: 0 })).toEqual({
      days: 5,
      provisional: false,
    });
  });
  it('a stage left the day it was entered took 0; one not yet left has no duration', () => {
    expect(stageWorkdays(SHIPPED_CALENDAR, { state: 'DECIDING', enteredOn: '2026-11-02', leftOn: '2026-11-02', extraWorkdays: 0 })?.days).toBe(0);
    expect(stageWorkdays(SHIPPED_CALENDAR, { state: 'DECIDING', enteredOn: '2026-11-02', leftOn: null, extraWorkdays: 0 })).toBeNull();
  });
});

describe('keptLimits (DOMAIN.md §6: acceptance 5 working days, investigation 30 plus approved extensions)', () => {
  const rows: Array<[string, StepFact[], boolean | null]> = [
    [
      'accepted on the 5th working day (2026-10-13) is in time',
      timeline(['2026-09-30', 'SUBMITTED'], ['2026-10-13', 'INVESTIGATING'], ['2026-10-20', 'DECIDING']),
      true,
    ],
    [
      'accepted on the 6th working day (2026-10-14) is late',
      timeline(['2026-09-30', 'SUBMITTED'], ['2026-10-14', 'INVESTIGATING'], ['2026-10-20', 'DECIDING']),
      false,
    ],
    [
      'investigation of 31 working days without an extension is late (2026-10-13 + 30 = 2026-11-24)',
      timeline(['2026-10-12', 'SUBMITTED'], ['2026-10-13', 'INVESTIGATING'], ['2026-11-25', 'DECIDING']),
      false,
    ],
    [
      'investigation of 31 working days with 15 approved is in time',
      timeline(['2026-10-12', 'SUBMITTED'], ['2026-10-13', 'INVESTIGATING'], ['2026-10-20', 'INVESTIGATING', 15], ['2026-11-25', 'DECIDING']),
      true,
    ],
    ['a case still investigating has no answer yet', timeline(['2026-10-12', 'SUBMITTED'], ['2026-10-13', 'INVESTIGATING']), null],
  ];
  it.each(rows)('%s', (_what, steps, expected) => {
    expect(keptLimits(SHIPPED_CALENDAR, stagesOf(steps), limits)).toBe(expected);
  });
});

describe('reckonToleranceStatistics', () => {
  const base = { unitId: 'a', unitName: '甲局', limits };
  const cases: StatisticsCase[] = [
    {
      ...base,
      state: 'CLOSED',
      openedOn: '2026-09-30',
      decision: 'EXEMPT',
      steps: timeline(
        ['2026-09-30', 'SUBMITTED'],
        ['2026-10-09', 'INVESTIGATING'],
        ['2026-10-16', 'DECIDING'],
        ['2026-10-19', 'FEEDBACK'],
        ['2026-10-20', 'FILING'],
        ['2026-10-20', 'CLOSED'],
      ),
    },
    {
      ...base,
      state: 'FEEDBACK',
      openedOn: '2026-10-12',
      decision: 'LIGHTER',
      steps: timeline(['2026-10-12', 'SUBMITTED'], ['2026-10-20', 'INVESTIGATING'], ['2026-10-22', 'DECIDING'], ['2026-10-23', 'FEEDBACK']),
    },
    { unitId: 'b', unitName: '乙局', limits, state: 'SUBMITTED', openedOn: '2026-11-02', decision: null, steps: timeline(['2026-11-02', 'SUBMITTED']) },
  ];
  const stats = reckonToleranceStatistics(SHIPPED_CALENDAR, 2026, cases);

  it('counts by decision, state, unit and month', () => {
    expect(stats.total).toBe(3);
    expect(Object.fromEntries(stats.byDecision.map((d) => [d.decision, d.count]))).toEqual({ EXEMPT: 1, LIGHTER: 1, REDUCED: 0, REJECTED: 0, UNDECIDED: 1 });
    expect(stats.byState.filter((s) => s.count > 0).map((s) => [s.state, s.count])).toEqual([
      ['SUBMITTED', 1],
      ['FEEDBACK', 1],
      ['CLOSED', 1],
    ]);
    expect(stats.byUnit).toEqual([
      { unitId: 'a', unitName: '甲局', total: 2, exempt: 1, lighter: 1, reduced: 0, rejected: 0 },
      { unitId: 'b', unitName: '乙局', total: 1, exempt: 0, lighter: 0, reduced: 0, rejected: 0 },
    ]);
    expect(stats.byMonth.filter((m) => m.opened > 0)).toEqual([
      { month: 9, opened: 1 },
      { month: 10, opened: 1 },
      { month: 11, opened: 1 },
    ]);
  });

  it('averages each stage over the cases that left it, in working days', () => {
    // 待受理: 09-30→10-09 took 2 (10-08, 10-09) and 10-12→10-20 took 6, average 4. 调查核实: 10-09→10-16 took 6 (the
    // make-up 10-10, then 10-12..16) and 10-20→10-22 took 2, average 4.
    const stage = Object.fromEntries(stats.stages.map((s) => [s.state, [s.cases, s.averageWorkdays]]));
    expect(stage.SUBMITTED).toEqual([2, 4]);
    expect(stage.INVESTIGATING).toEqual([2, 4]);
    expect(stage.DECIDING).toEqual([2, 1]);
    expect(stage.FEEDBACK).toEqual([1, 1]);
    expect(stage.FILING).toEqual([1, 0]);
    expect(stage.CORRECTING).toEqual([0, null]);
  });

  it('gives the share of decided cases that kept the acceptance and investigation limits', () => {
    // The second case took 6 working days to be accepted (10-13..10-20): late.
    expect(stats.withinLimits).toEqual({ decided: 2, within: 1, percent: 50 });
    expect(stats.provisional).toBe(false);
  });

  it('answers an empty year with zeros and no averages', () => {
    const empty = reckonToleranceStatistics(SHIPPED_CALENDAR, 2026, []);
    expect(empty.withinLimits).toEqual({ decided: 0, within: 0, percent: null });
    expect(empty.stages.every((s) => s.averageWorkdays === null)).toBe(true);
  });
});
