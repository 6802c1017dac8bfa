import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY } from '../policy/policy.schema';
import { coverageYears, visitCoverage } from './coverage.rules';

const policy = CN_NATIONAL_POLICY.visits;
const p = (cadreId: string, unit: string, visited: boolean) => ({ cadreId, unitId: unit, unitName: unit, visited });

describe('visitCoverage — DOMAIN.md §9: yearly coverage at least 30% of the people under measures in the previous two years', () => {
  it('counts the two calendar years before the report year', () => {
    expect(coverageYears(2026, policy)).toEqual({ from: 2024, to: 2025 });
  });

  it.each([
    [
      '1 of 3 visited: 33.3%, meets 30%',
      [p('1', '甲', true), p('2', '甲', false), p('3', '甲', false)],
      { underMeasures: 3, visited: 1, percent: 33.3, meetsMinimum: true },
    ],
    [
      '1 of 4 visited: 25%, below',
      [p('1', '甲', true), p('2', '甲', false), p('3', '乙', false), p('4', '乙', false)],
      { underMeasures: 4, visited: 1, percent: 25, meetsMinimum: false },
    ],
    [
      'a person with two measures counts once',
      [p('1', '甲', true), p('1', '甲', true), p('2', '甲', false)],
      { underMeasures: 2, visited: 1, percent: 50, meetsMinimum: true },
    ],
    ['nobody under measures: nothing to miss', [], { underMeasures: 0, visited: 0, percent: 100, meetsMinimum: true }],
  ])('%s', (_, people, total) => {
    expect(visitCoverage(people, policy).total).toEqual(total);
  });

  it('by unit, in pinyin order of the names', () => {
    const { units } = visitCoverage([p('1', '甲', true), p('2', '乙', false)], policy);
    expect(units.map((u) => [u.unitName, u.percent, u.meetsMinimum])).toEqual([
      ['甲', 100, true],
      ['乙', 0, false],
    ]);
  });
});
