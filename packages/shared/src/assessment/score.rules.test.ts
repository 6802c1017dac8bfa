import { describe, expect, it } from 'vitest';
import type { IndicatorScore } from './indicator.rules';
import type { AdjustmentBody } from './scheme.schema';
import { type AdjustmentCount, adjustmentPoints, composeScore, type ScoredItem } from './score.rules';

// 考核方案计分规则 (issue 5 "Scoring"): indicator points add up; each bonus or deduction item gives occurrences × points
// each up to its cap; the scheme's formula combines the four parts; a missing part leaves the score open, named.
const points = (n: number): IndicatorScore => ({ percent: n, points: n, reasons: [] });
const item = (name: string, weight: number, score: IndicatorScore | null): ScoredItem => ({ indicatorId: name, name, weight, score });
const adj = (kind: AdjustmentBody['kind'], pointsEach: number, cap: number, occurrences: number): AdjustmentCount => ({
  item: { kind, source: 'MANUAL', name: kind === 'BONUS' ? '表彰' : '通报批评', pointsEach, cap },
  occurrences,
  details: [],
});

describe('adjustmentPoints', () => {
  it.each([
    { what: 'no occurrence adds nothing', count: adj('BONUS', 1, 3, 0), points: 0 },
    { what: 'occurrences × points each', count: adj('BONUS', 1.5, 5, 2), points: 3 },
    { what: 'never above the cap', count: adj('DEDUCTION', 2, 3, 4), points: 3 },
  ])('$what', ({ count, points: expected }) => {
    expect(adjustmentPoints(count).points).toBe(expected);
  });

  it('says when the cap applied', () => {
    expect(adjustmentPoints(adj('DEDUCTION', 2, 3, 4)).reason?.text).toContain('超过上限按 3 分计');
  });
});

describe('composeScore', () => {
  const items = [item('招商引资', 60, points(60)), item('作风建设', 40, points(30))];

  it('adds the indicators and applies the formula', () => {
    const s = composeScore({
      items,
      democratic: 80,
      adjustments: [adj('BONUS', 1, 3, 2), adj('DEDUCTION', 0.5, 2, 1)],
      formula: 'indicators * 0.7 + democratic * 0.3 + bonus - deduction',
    });
    expect(s.parts).toEqual({ indicators: 90, democratic: 80, bonus: 2, deduction: 0.5 });
    expect(s.final).toBe(88.5);
    expect(s.missing).toEqual([]);
    expect(s.reasons.at(-1)?.code).toBe('FINAL');
  });

  it('leaves the score open, naming what is missing', () => {
    const s = composeScore({
      items: [items[0] as ScoredItem, item('作风建设', 40, null)],
      democratic: null,
      adjustments: [],
      formula: 'indicators * 0.7 + democratic * 0.3',
    });
    expect(s.final).toBeNull();
    expect(s.missing).toEqual(['指标“作风建设”未评分', '民主测评无结果（未计票，或各测评组有效票均不足）']);
  });

  it('does not need a democratic result the formula does not use', () => {
    expect(composeScore({ items, democratic: null, adjustments: [], formula: 'indicators + bonus - deduction' }).final).toBe(90);
  });

  it('rounds the final score to two decimals', () => {
    expect(composeScore({ items, democratic: null, adjustments: [], formula: 'indicators / 3' }).final).toBe(30);
    expect(composeScore({ items: [item('a', 100, points(100))], democratic: null, adjustments: [], formula: 'indicators / 3' }).final).toBe(33.33);
  });

  it('reports a broken formula as missing rather than guessing', () => {
    expect(composeScore({ items, democratic: null, adjustments: [], formula: 'indicators +' }).final).toBeNull();
  });
});
