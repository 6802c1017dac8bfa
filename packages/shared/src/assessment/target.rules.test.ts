import { describe, expect, it } from 'vitest';
import {
  completion,
  decomposition,
  isOverdue,
  type ParentPlacement,
  type Placement,
  placementIssues,
  progressEntry,
  progressIssues,
  reviewRefusal,
  rollUp,
  withProgress,
} from './target.rules';

// DOMAIN.md §2 "target": decomposed 定岗位、定职责、定目标、定人员 from jurisdiction → unit → person, a tree.
const base: Placement = {
  level: 'UNIT',
  unitId: 'u1',
  cadreId: null,
  indicatorId: 'i1',
  indicatorKind: 'QUANTITATIVE',
  targetValue: 100,
  deadline: '2026-12-31',
};
const jurisdiction: ParentPlacement = { level: 'JURISDICTION', unitId: null, indicatorId: 'i1', deadline: '2026-12-31' };
const unitTarget: ParentPlacement = { level: 'UNIT', unitId: 'u1', indicatorId: 'i1', deadline: '2026-11-30' };
const person: Placement = { ...base, level: 'PERSON', cadreId: 'c1', unitId: null, deadline: '2026-11-30' };

describe('placementIssues', () => {
  const cases: Array<[string, Placement, ParentPlacement | null, string | null, string[]]> = [
    ['a unit target under a jurisdiction target', base, jurisdiction, null, []],
    ['a unit target at the root (a unit’s own task)', base, null, null, []],
    ['a jurisdiction target with a unit', { ...base, level: 'JURISDICTION' }, null, null, ['unitId']],
    ['a jurisdiction target below another', { ...base, level: 'JURISDICTION', unitId: null }, jurisdiction, null, ['parentId']],
    ['a unit target without its unit', { ...base, unitId: null }, jurisdiction, null, ['unitId']],
    ['a unit target under a unit target', { ...base, deadline: '2026-11-30' }, unitTarget, null, ['parentId']],
    ['a person target of the parent’s unit', person, unitTarget, 'u1', []],
    ['a person target without a parent', person, null, 'u1', ['parentId']],
    ['a person target of another unit’s person', person, unitTarget, 'u2', ['cadreId']],
    ['a person target without a person', { ...person, cadreId: null }, unitTarget, 'u1', ['cadreId']],
    ['a child measured by another indicator', { ...base, indicatorId: 'i2' }, jurisdiction, null, ['indicatorId']],
    ['a child due after its parent', { ...person, deadline: '2026-12-01' }, unitTarget, 'u1', ['deadline']],
    ['a quantitative target without a value', { ...base, targetValue: null }, null, null, ['targetValue']],
    ['a qualitative target with a value', { ...base, indicatorKind: 'QUALITATIVE' }, null, null, ['targetValue']],
    ['a target without an indicator or value', { ...base, indicatorId: null, indicatorKind: null, targetValue: null }, null, null, []],
  ];
  it.each(cases)('%s', (_name, target, parent, ownerUnit, paths) => {
    expect(placementIssues(target, parent, ownerUnit).map((i) => i.path)).toEqual(paths);
  });
});

describe('completion', () => {
  it.each([
    ['HIGHER_BETTER', 200, 150, 75],
    ['HIGHER_BETTER', 200, 250, 125],
    ['HIGHER_BETTER', 3, 1, 33.3],
    ['HIGHER_BETTER', 0, 0, 100],
    ['HIGHER_BETTER', 100, -5, 0],
    ['LOWER_BETTER', 2, 4, 50],
    ['LOWER_BETTER', 2, 1, 200],
    ['LOWER_BETTER', 0, 0, 100],
    ['LOWER_BETTER', 0, 1, 0],
  ] as const)('%s target %d reached %d → %d%%', (direction, target, actual, expected) => {
    expect(completion(direction, target, actual)).toBe(expected);
  });
  it('is unknown without confirmed progress', () => {
    expect(completion('HIGHER_BETTER', 100, null)).toBeNull();
  });
});

describe('isOverdue', () => {
  it.each([
    ['2026-06-30', '2026-07-01', null, true],
    ['2026-06-30', '2026-07-01', 99.9, true],
    ['2026-06-30', '2026-07-01', 100, false],
    ['2026-06-30', '2026-06-30', null, false],
  ] as const)('due %s, today %s, completion %s → %s', (deadline, today, done, expected) => {
    expect(isOverdue(deadline, today, done)).toBe(expected);
  });
});

describe('decomposition', () => {
  it('sums the children against the parent', () => {
    expect(decomposition('HIGHER_BETTER', 100, [40, 30, null])).toEqual({ assigned: 70, covered: false });
    expect(decomposition('HIGHER_BETTER', 100, [60, 40.5])).toEqual({ assigned: 100.5, covered: true });
  });
  it('reads a limit the other way round where lower is better', () => {
    expect(decomposition('LOWER_BETTER', 3, [1, 1])).toEqual({ assigned: 2, covered: true });
    expect(decomposition('LOWER_BETTER', 3, [2, 2])).toEqual({ assigned: 4, covered: false });
  });
  it('says nothing without a measured parent or children', () => {
    expect(decomposition(null, 100, [1])).toBeNull();
    expect(decomposition('HIGHER_BETTER', 100, [])).toBeNull();
  });
});

describe('progressIssues', () => {
  it('needs a value for a quantitative target and evidence where required', () => {
    expect(progressIssues(2, { kind: 'QUANTITATIVE', evidenceRequired: true }, null, 0).map((i) => i.path)).toEqual([
      'reports.2.value',
      'reports.2.evidenceIds',
    ]);
    expect(progressIssues(0, { kind: 'QUANTITATIVE', evidenceRequired: true }, 5, 1)).toEqual([]);
    expect(progressIssues(0, { kind: null, evidenceRequired: false }, 5, 0).map((i) => i.path)).toEqual(['reports.0.value']);
  });
});

describe('reviewRefusal', () => {
  it('lets a leader decide another person’s pending report on another person’s target only', () => {
    const leader = { userId: 'b', cadreId: 'c-b' };
    expect(reviewRefusal({ state: 'SUBMITTED', reportedBy: 'a' }, leader, 'c-a')).toBeNull();
    expect(reviewRefusal({ state: 'SUBMITTED', reportedBy: 'b' }, leader, 'c-a')).toMatch('本人填报');
    expect(reviewRefusal({ state: 'SUBMITTED', reportedBy: 'a' }, leader, 'c-b')).toMatch('本人目标');
    expect(reviewRefusal({ state: 'CONFIRMED', reportedBy: 'a' }, leader, 'c-a')).toMatch('已审核');
    expect(reviewRefusal({ state: 'SUBMITTED', reportedBy: 'a' }, { userId: 'x', cadreId: null }, null)).toBeNull();
  });
});

// Issue 5 "Scoring": quantitative scores are computed from confirmed progress.
describe('progressEntry', () => {
  it('sums the targets and, once all are confirmed, the confirmed values', () => {
    expect(
      progressEntry([
        { targetValue: 60, confirmedValue: 50 },
        { targetValue: 40, confirmedValue: 45 },
      ]),
    ).toEqual({ target: 100, actual: 95 });
  });
  it('leaves the result missing while a target waits for confirmation', () => {
    expect(
      progressEntry([
        { targetValue: 60, confirmedValue: 50 },
        { targetValue: 40, confirmedValue: null },
      ]),
    ).toEqual({ target: 100 });
  });
  it('gives nothing for targets without values', () => {
    expect(progressEntry([{ targetValue: null, confirmedValue: null }])).toBeNull();
  });
});

describe('withProgress', () => {
  it('replaces typed figures with what the targets give and keeps the rest', () => {
    const typed = { items: { a: { target: 1, actual: 1 }, b: { level: 'GOOD' } }, adjustments: {} };
    expect(withProgress(typed, { a: { target: 100 } })).toEqual({ items: { a: { target: 100 }, b: { level: 'GOOD' } }, adjustments: {} });
    expect(withProgress(typed, undefined)).toBe(typed);
  });
});

// DOMAIN.md §2 "target": progress flows up the tree a target was decomposed along.
describe('rollUp', () => {
  it('confirms a decomposed target once every child is, at the sum of their values', () => {
    expect(
      rollUp(
        [
          { confirmedValue: 40, confirmed: true },
          { confirmedValue: 25.5, confirmed: true },
        ],
        true,
      ),
    ).toEqual({ confirmed: true, value: 65.5 });
  });
  it('waits for the last child', () => {
    expect(
      rollUp(
        [
          { confirmedValue: 40, confirmed: true },
          { confirmedValue: null, confirmed: false },
        ],
        true,
      ),
    ).toEqual({ confirmed: false, value: null });
  });
  it('confirms an unmeasured target without a value, and never one without children', () => {
    expect(rollUp([{ confirmedValue: null, confirmed: true }], false)).toEqual({ confirmed: true, value: null });
    expect(rollUp([], true)).toEqual({ confirmed: false, value: null });
  });
});
