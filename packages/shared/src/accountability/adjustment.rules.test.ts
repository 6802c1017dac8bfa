import { describe, expect, it } from 'vitest';
import { barOf } from '../rules/promotion.rules';
import { ADJUSTMENT_KINDS, measureForAdjustment } from './adjustment.rules';
import { UNFIT_SITUATION_CODES } from './unfit-situations';

// 推进领导干部能上能下规定（2022）; DOMAIN.md §4 (UNFIT_TRANSFER, UNFIT_DISMISS 12 months; ORG_DEMOTE 24) and §7.
describe('measureForAdjustment', () => {
  it.each([
    ['调离岗位 → 不适宜担任现职·调离岗位, 12 months', 'TRANSFER', 'UNFIT_TRANSFER', '2027-03-10'],
    ['改任职级 → recorded as 调离岗位, 12 months', 'RANK_CHANGE', 'UNFIT_TRANSFER', '2027-03-10'],
    ['免职 → 不适宜担任现职·免职, 12 months', 'DISMISS', 'UNFIT_DISMISS', '2027-03-10'],
    ['降职 → 降职, 24 months', 'DEMOTE', 'ORG_DEMOTE', '2028-03-10'],
  ] as const)('%s', (_name, kind, code, barEnd) => {
    const r = measureForAdjustment(kind);
    expect(r.code).toBe(code);
    expect(barOf({ code: r.code, effectiveOn: '2026-03-10' })?.end).toBe(barEnd);
  });

  it('gives every adjustment a reason, saying why 改任职级 has no code of its own', () => {
    for (const kind of ADJUSTMENT_KINDS) expect(measureForAdjustment(kind).reasons).toHaveLength(1);
    expect(measureForAdjustment('RANK_CHANGE').reasons[0]?.text).toContain('没有单独的措施代码');
  });
});

describe('the situations of 第五条', () => {
  it('are fifteen', () => {
    expect(UNFIT_SITUATION_CODES).toHaveLength(15);
  });
});
