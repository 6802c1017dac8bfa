import type { MeasureCode } from '../rules/measures';
import { type Reason, reason } from '../rules/reason';
import { ACC_CITE } from './forms';

/*
 * 能上能下 (DOMAIN.md §7): the adjustment of a cadre found unfit for their post (不适宜担任现职) becomes a measure of
 * the register, whose promotion bar DOMAIN.md §4 gives.
 */

export const ADJUSTMENT_KINDS = ['TRANSFER', 'RANK_CHANGE', 'DISMISS', 'DEMOTE'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_KIND_LABELS: Record<AdjustmentKind, string> = {
  TRANSFER: '调离岗位',
  RANK_CHANGE: '改任职级',
  DISMISS: '免职',
  DEMOTE: '降职',
};

/**
 * The measure an adjustment writes. 调离岗位, 免职 and 降职 have codes of their own. 改任职级 (moved off the leadership
 * post to a rank of the same level) has none in DOMAIN.md §4; it is recorded as UNFIT_TRANSFER: like 调离岗位 the
 * cadre leaves the post without losing their level, so the same 12-month bar applies. ORG_DEMOTE (24 months) would
 * treat it as 降职, which it is not; a bar of 0 would let a cadre just found unfit be promoted at once.
 */
export const ADJUSTMENT_MEASURE: Record<AdjustmentKind, MeasureCode> = {
  TRANSFER: 'UNFIT_TRANSFER',
  RANK_CHANGE: 'UNFIT_TRANSFER',
  DISMISS: 'UNFIT_DISMISS',
  DEMOTE: 'ORG_DEMOTE',
};

export function measureForAdjustment(kind: AdjustmentKind): { code: MeasureCode; reasons: Reason[] } {
  const code = ADJUSTMENT_MEASURE[kind];
  const text =
    kind === 'RANK_CHANGE'
      ? '改任职级没有单独的措施代码，按“不适宜担任现职·调离岗位”登记（影响期 12 个月）'
      : `${ADJUSTMENT_KIND_LABELS[kind]}登记为相应的处理措施`;
  return { code, reasons: [reason(kind, ACC_CITE.upAndDown, text)] };
}
