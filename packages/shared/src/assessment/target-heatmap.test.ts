import { describe, expect, it } from 'vitest';
import { completionHeatMap, type HeatTarget } from './target-heatmap';

// Issue 5 "Targets": progress visible as a heat map (units × indicators, completion of confirmed progress).
const t = (over: Partial<HeatTarget>): HeatTarget => ({
  unitId: 'u1',
  unitName: '甲镇',
  indicatorId: 'i1',
  indicatorName: '招商引资',
  direction: 'HIGHER_BETTER',
  targetValue: 100,
  confirmedValue: null,
  confirmed: false,
  deadline: '2026-12-31',
  ...over,
});

describe('completionHeatMap', () => {
  it('averages the confirmed targets of each unit and indicator and counts the rest', () => {
    const map = completionHeatMap(
      [
        t({ confirmedValue: 80, confirmed: true }),
        t({ confirmedValue: 120, confirmed: true }),
        t({ deadline: '2026-06-30' }),
        t({
          unitId: 'u2',
          unitName: '乙镇',
          indicatorId: 'i2',
          indicatorName: '安全事故',
          direction: 'LOWER_BETTER',
          targetValue: 2,
          confirmedValue: 4,
          confirmed: true,
        }),
        t({ unitId: 'u2', unitName: '乙镇', indicatorId: 'i3', indicatorName: '作风建设', direction: null, targetValue: null, confirmed: true }),
      ],
      '2026-07-01',
    );
    expect(map.units).toEqual([
      { id: 'u1', name: '甲镇' },
      { id: 'u2', name: '乙镇' },
    ]);
    expect(map.indicators.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(map.cells).toEqual([
      { unitId: 'u1', indicatorId: 'i1', targets: 3, confirmed: 2, overdue: 1, completion: 100 },
      { unitId: 'u2', indicatorId: 'i2', targets: 1, confirmed: 1, overdue: 0, completion: 50 },
      { unitId: 'u2', indicatorId: 'i3', targets: 1, confirmed: 1, overdue: 0, completion: 100 },
    ]);
  });
  it('leaves a cell without confirmed progress blank', () => {
    expect(completionHeatMap([t({})], '2026-07-01').cells[0]?.completion).toBeNull();
  });
});
