import { describe, expect, it } from 'vitest';
import { schemeIssues, weightTotal } from './scheme.rules';
import type { SchemeInput } from './scheme.schema';

// A scheme's own consistency (考核方案): indicator weights are the full marks and total 100; rater-group weights total
// 100; a cap is at least one occurrence; the formula parses and uses only parts the scheme has.
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const scheme = (over: Partial<SchemeInput> = {}): SchemeInput => ({
  name: '乡镇年度考核',
  category: 'TOWNSHIP',
  description: '',
  items: [
    { indicatorId: id(1), weight: 33.33 },
    { indicatorId: id(2), weight: 33.33 },
    { indicatorId: id(3), weight: 33.34 },
  ],
  adjustments: [{ kind: 'BONUS', source: 'HONOR', name: '表彰', pointsEach: 1, cap: 3 }],
  raterGroups: [
    { group: 'SUPERIOR', weight: 40 },
    { group: 'PEER', weight: 60 },
  ],
  formula: 'indicators * 0.7 + democratic * 0.3 + bonus - deduction',
  ...over,
});

describe('schemeIssues', () => {
  it('accepts weights that total exactly 100 in hundredths', () => {
    expect(schemeIssues(scheme())).toEqual([]);
    expect(weightTotal([33.33, 33.33, 33.34])).toBe(100);
    expect(weightTotal([0.1, 0.2])).toBe(0.3);
  });

  it('names every problem by its field', () => {
    const issues = schemeIssues(
      scheme({
        items: [
          { indicatorId: id(1), weight: 60 },
          { indicatorId: id(1), weight: 35 },
        ],
        adjustments: [{ kind: 'DEDUCTION', source: 'MEASURE', name: '处分', pointsEach: 5, cap: 2 }],
        raterGroups: [
          { group: 'PEER', weight: 50 },
          { group: 'PEER', weight: 40 },
        ],
        formula: 'indicators +',
      }),
    );
    expect(issues).toEqual([
      { path: 'items', message: '指标权重合计应为 100，当前为 95' },
      { path: 'items.1.indicatorId', message: '与第 1 项是同一指标' },
      { path: 'adjustments.0.cap', message: '上限（2）不能小于每次分值（5）' },
      { path: 'raterGroups', message: '测评组权重合计应为 100，当前为 90' },
      { path: 'raterGroups.1.group', message: '测评组重复' },
      { path: 'formula', message: '公式不完整' },
    ]);
  });

  it('refuses a formula that uses democratic evaluation when the scheme has no rater groups', () => {
    expect(schemeIssues(scheme({ raterGroups: [] }))).toEqual([{ path: 'formula', message: '公式用到了民主测评得分（democratic），但方案没有设置测评组' }]);
    expect(schemeIssues(scheme({ raterGroups: [], formula: 'indicators + bonus - deduction' }))).toEqual([]);
  });
});
