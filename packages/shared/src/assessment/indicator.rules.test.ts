import { describe, expect, it } from 'vitest';
import { definitionIssues, scoreQualitative, scoreQuantitative } from './indicator.rules';
import type { IndicatorDefinition, QuantitativeRule, RatingLevel } from './indicator.schema';

// Each case cites the scoring method of the indicator library (考核方案指标计分规则) it exercises.
const linear = (capPercent: number): QuantitativeRule => ({ method: 'LINEAR', capPercent });
const steps: QuantitativeRule = {
  method: 'STEPS',
  steps: [
    { threshold: 90, percent: 60 },
    { threshold: 100, percent: 100 },
    { threshold: 95, percent: 80 },
  ],
};

describe('scoreQuantitative', () => {
  it.each([
    ['LINEAR higher: 80 of 100 earns 80%', 'HIGHER_BETTER', linear(120), 100, 80, 20, 80, 16],
    ['LINEAR higher: beyond the target up to the cap', 'HIGHER_BETTER', linear(120), 100, 150, 20, 120, 24],
    ['LINEAR higher: cap 100 gives no extra credit', 'HIGHER_BETTER', linear(100), 100, 130, 20, 100, 20],
    ['LINEAR higher: a negative result earns nothing', 'HIGHER_BETTER', linear(100), 100, -5, 20, 0, 0],
    ['LINEAR higher: a zero target is met by any result at or above it', 'HIGHER_BETTER', linear(110), 0, 3, 10, 110, 11],
    ['LINEAR lower: 4 accidents against a target of 2 earns 50%', 'LOWER_BETTER', linear(100), 2, 4, 10, 50, 5],
    ['LINEAR lower: none at all earns the cap', 'LOWER_BETTER', linear(110), 2, 0, 10, 110, 11],
    ['LINEAR: thirds are kept to two decimals', 'HIGHER_BETTER', linear(100), 3, 1, 10, 33.33, 3.33],
    ['STEPS higher: the best step reached', 'HIGHER_BETTER', steps, 0, 96, 10, 80, 8],
    ['STEPS higher: exactly on a threshold reaches it', 'HIGHER_BETTER', steps, 0, 100, 10, 100, 10],
    ['STEPS higher: below every step', 'HIGHER_BETTER', steps, 0, 89.9, 10, 0, 0],
    ['PASS_FAIL higher: met', 'HIGHER_BETTER', { method: 'PASS_FAIL' }, 100, 100, 15, 100, 15],
    ['PASS_FAIL higher: missed by a little', 'HIGHER_BETTER', { method: 'PASS_FAIL' }, 100, 99.99, 15, 0, 0],
    ['PASS_FAIL lower: at most the target', 'LOWER_BETTER', { method: 'PASS_FAIL' }, 3, 3, 15, 100, 15],
  ] as const)('%s', (_case, direction, rule, target, actual, weight, percent, points) => {
    const result = scoreQuantitative({ direction, rule: rule as QuantitativeRule }, { target, actual, weight });
    expect(result).toMatchObject({ percent, points });
    expect(result.reasons.at(-1)?.text).toBe(`得分比例 ${percent}% × 权重 ${weight} = ${points} 分`);
  });

  it('says when the cap applied', () => {
    const result = scoreQuantitative({ direction: 'HIGHER_BETTER', rule: linear(120) }, { target: 100, actual: 150, weight: 20 });
    expect(result.reasons[0]?.text).toBe('完成率 150%（完成 150 ÷ 目标 100），按封顶 120% 计');
  });

  it('STEPS lower: reaching a step means staying at or under it', () => {
    const lower: QuantitativeRule = {
      method: 'STEPS',
      steps: [
        { threshold: 5, percent: 60 },
        { threshold: 2, percent: 100 },
      ],
    };
    const at = (actual: number) => scoreQuantitative({ direction: 'LOWER_BETTER', rule: lower, unit: '起' }, { target: 0, actual, weight: 10 });
    expect([at(1).percent, at(2).percent, at(4).percent, at(6).percent]).toEqual([100, 100, 60, 0]);
    expect(at(4).reasons[0]?.text).toBe('完成 4起，达到档位 ≤ 5起，得 60%');
  });
});

describe('scoreQualitative', () => {
  const scale: RatingLevel[] = [
    { code: 'GOOD', label: '好', percent: 100, anchor: '' },
    { code: 'FAIR', label: '一般', percent: 60, anchor: '' },
  ];
  it('earns the level’s share of the weight', () => {
    expect(scoreQualitative(scale, 'FAIR', 25)).toMatchObject({ percent: 60, points: 15 });
  });
  it('answers null for a level not on the scale', () => {
    expect(scoreQualitative(scale, 'EXCELLENT', 25)).toBeNull();
  });
});

describe('definitionIssues', () => {
  it('finds a repeated threshold and a better step earning less, by path', () => {
    const issues = definitionIssues({
      kind: 'QUANTITATIVE',
      unit: '%',
      direction: 'HIGHER_BETTER',
      rule: {
        method: 'STEPS',
        steps: [
          { threshold: 90, percent: 80 },
          { threshold: 95, percent: 70 },
          { threshold: 90, percent: 90 },
        ],
      },
    });
    expect(issues.map((i) => i.path)).toEqual(['definition.rule.steps.2.threshold', 'definition.rule.steps.1.percent']);
  });
  it('reads step order the other way round when lower is better', () => {
    const def: IndicatorDefinition = {
      kind: 'QUANTITATIVE',
      unit: '起',
      direction: 'LOWER_BETTER',
      rule: {
        method: 'STEPS',
        steps: [
          { threshold: 5, percent: 60 },
          { threshold: 2, percent: 100 },
        ],
      },
    };
    expect(definitionIssues(def)).toEqual([]);
  });
  it('finds a repeated level code on a scale', () => {
    const issues = definitionIssues({
      kind: 'QUALITATIVE',
      scale: [
        { code: 'A', label: '好', percent: 100, anchor: '' },
        { code: 'A', label: '较好', percent: 80, anchor: '' },
      ],
    });
    expect(issues).toEqual([{ path: 'definition.scale.1.code', message: '等级代码 A 重复' }]);
  });
});
