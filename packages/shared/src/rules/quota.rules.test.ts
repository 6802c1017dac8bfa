import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import type { PolicyDocument } from '../policy/policy.schema';
import { formatDecimal, formatPercent, parseDecimal } from './decimal';
import { gradeQuota, poolUnits, type QuotaInput } from './quota.rules';

const rows: Array<[string, QuotaInput, number | null, string]> = [
  ['公务员考核规定 优秀等次比例: 20% of 35, floor → 7', { participants: 35 }, 7, '0.2'],
  ['公务员考核规定 优秀等次比例: 0.15 × 20 is exactly 3 (float would give 2.9999…)', { participants: 20, ratio: 0.15 }, 3, '0.15'],
  ['公务员考核规定 优秀等次比例: "0.15" as text × 20 = 3', { participants: 20, ratio: '0.15' }, 3, '0.15'],
  ['公务员考核规定 优秀等次比例: 0.07 × 100 = 7 exactly', { participants: 100, ratio: 0.07 }, 7, '0.07'],
  ['公务员考核规定 优秀等次比例: floor 20% of 4 = 0', { participants: 4 }, 0, '0.2'],
  ['DOMAIN.md §5 local rounding: round half up 0.25 × 10 = 2.5 → 3', { participants: 10, ratio: '0.25', rounding: 'round' }, 3, '0.25'],
  ['DOMAIN.md §5 local rounding: round 0.2 × 12 = 2.4 → 2', { participants: 12, rounding: 'round' }, 2, '0.2'],
  ['DOMAIN.md §5 local rounding: ceil 0.2 × 12 = 2.4 → 3', { participants: 12, rounding: 'ceil' }, 3, '0.2'],
  ['DOMAIN.md §5 local rounding: ceil of a whole number stays 0.2 × 15 = 3', { participants: 15, rounding: 'ceil' }, 3, '0.2'],
  ['DOMAIN.md §5: an approved raise up to 25% is accepted', { participants: 40, ratio: 0.25 }, 10, '0.25'],
  ['DOMAIN.md §5: a ratio above 25% is refused', { participants: 40, ratio: '0.2500001' }, null, '0.2500001'],
  ['DOMAIN.md §5: 0 participants → 0', { participants: 0 }, 0, '0.2'],
];

describe('gradeQuota (CN-national)', () => {
  it.each(rows)('%s', (_name, input, maxExcellent, ratio) => {
    const result = gradeQuota(input, CN_NATIONAL_POLICY);
    expect(result.maxExcellent).toBe(maxExcellent);
    expect(result.ratio).toBe(ratio);
  });

  it('公务员考核规定 优秀等次比例: the reason shows the exact product and the rounding', () => {
    const { reasons } = gradeQuota({ participants: 35 });
    expect(reasons).toEqual([
      {
        code: 'QUOTA',
        rule: '公务员考核规定（2020）优秀等次比例',
        text: '参加考核 35 人 × 20%（政策默认比例）= 7，向下取整，优秀等次最多 7 人',
      },
    ]);
  });

  it('DOMAIN.md §5: a refused ratio says the ceiling and the policy version', () => {
    const { reasons } = gradeQuota({ participants: 40, ratio: 0.3 });
    expect(reasons[0]?.code).toBe('RATIO_ABOVE_MAXIMUM');
    expect(reasons[0]?.text).toContain('上限 25%（CN-national 第 1 版）');
  });

  it('DOMAIN.md §5: a ratio that is not a decimal between 0 and 1 is refused, not guessed', () => {
    expect(gradeQuota({ participants: 10, ratio: 1e-7 }).reasons[0]?.code).toBe('INVALID_RATIO');
    expect(gradeQuota({ participants: 10, ratio: '1.5' }).maxExcellent).toBeNull();
  });
});

describe('gradeQuota under a local policy', () => {
  const linked: PolicyDocument = {
    ...CN_NATIONAL_POLICY,
    quota: { ...CN_NATIONAL_POLICY.quota, excellentPercent: 15, linkToUnitResult: true },
  };

  it('DOMAIN.md §5 local 15%: 15% of 20 = 3', () => {
    expect(gradeQuota({ participants: 20 }, linked).maxExcellent).toBe(3);
  });

  it.each([
    ['EXCELLENT', 20],
    ['GOOD', 15],
    ['PASS', 10],
    ['POOR', 5],
  ] as const)('DOMAIN.md §5 linked to the unit result: %s unit → %i%% of 100', (unitResult, expected) => {
    expect(gradeQuota({ participants: 100, unitResult }, linked).maxExcellent).toBe(expected);
  });

  it('DOMAIN.md §5: the unit-result table is ignored unless the policy links it', () => {
    expect(gradeQuota({ participants: 100, unitResult: 'POOR' }, CN_NATIONAL_POLICY).maxExcellent).toBe(20);
  });
});

describe('poolUnits (DOMAIN.md §5 pooled group of small units)', () => {
  it('keeps units of at least minUnitSize alone and pools the rest', () => {
    const groups = poolUnits(
      [
        { id: 'a', participants: 12 },
        { id: 'b', participants: 3 },
        { id: 'c', participants: 5 },
        { id: 'd', participants: 4 },
      ],
      5,
    );
    expect(groups).toEqual([
      { unitIds: ['a'], participants: 12 },
      { unitIds: ['c'], participants: 5 },
      { unitIds: ['b', 'd'], participants: 7 },
    ]);
  });
});

describe('decimal', () => {
  it.each([
    [0.15, '0.15', '15'],
    ['0.150', '0.15', '15'],
    [0.2, '0.2', '20'],
    ['1', '1', '100'],
    [0.125, '0.125', '12.5'],
    [0, '0', '0'],
  ])('reads %j by its digits as %s (%s%%)', (value, decimal, percent) => {
    const parsed = parseDecimal(value);
    expect(parsed && formatDecimal(parsed)).toBe(decimal);
    expect(parsed && formatPercent(parsed)).toBe(percent);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.2, '-0.2', '1e-7', 1e-7, 'abc', '', '0.1.2'])('refuses %j', (value) => {
    expect(parseDecimal(value)).toBeNull();
  });
});
