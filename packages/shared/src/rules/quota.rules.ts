import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import type { PolicyDocument, UnitResult } from '../policy/policy.schema';
import { UNIT_RESULTS } from '../policy/policy.schema';
import { CITE } from './citations';
import {
  compareDecimals,
  type Decimal,
  formatDecimal,
  formatPercent,
  fromPercent,
  multiplyByInteger,
  parseDecimal,
  type Rounding,
  roundDecimal,
} from './decimal';
import { type Reason, reason } from './reason';
import type { ValidationIssue } from './validation';

export interface QuotaInput {
  participants: number;
  /** A decimal between 0 and 1 (0.15 or "0.15"); read by its digits. Absent: the policy's ratio. */
  ratio?: number | string;
  rounding?: Rounding;
  /** The unit's own result, used when the policy links the ratio to it. */
  unitResult?: UnitResult;
}

export interface QuotaResult {
  /** Most EXCELLENT grades allowed; null when the ratio was refused. */
  maxExcellent: number | null;
  /** The ratio applied, as decimal text. */
  ratio: string;
  rounding: Rounding;
  reasons: Reason[];
}

const ROUNDING_LABELS: Record<Rounding, string> = { floor: '向下取整', round: '四舍五入', ceil: '向上取整' };

function ratioOf(input: QuotaInput, quota: PolicyDocument['quota']): { ratio: Decimal | null; source: string } {
  if (input.ratio !== undefined) return { ratio: parseDecimal(input.ratio), source: '指定比例' };
  if (quota.linkToUnitResult && input.unitResult) {
    const label = UNIT_RESULTS[input.unitResult];
    return { ratio: fromPercent(quota.unitResultPercents[input.unitResult]), source: `单位考核结果为${label}对应比例` };
  }
  return { ratio: fromPercent(quota.excellentPercent), source: '政策默认比例' };
}

/**
 * A ratio above the approved maximum (DOMAIN.md §5: a raise of at most 25% by default) is bad input, not a result:
 * reported as an issue of the field `ratio` so that the caller learns it before any count is given.
 */
export function quotaRatioIssues(input: QuotaInput, policy: PolicyDocument): ValidationIssue[] {
  if (input.ratio === undefined) return [];
  const ratio = parseDecimal(input.ratio);
  if (!ratio || compareDecimals(ratio, fromPercent(policy.quota.maxRaisedPercent)) <= 0) return [];
  return [{ path: 'ratio', message: `比例 ${formatPercent(ratio)}% 超过经批准可提高的上限 ${policy.quota.maxRaisedPercent}%` }];
}

/** Most EXCELLENT grades in a unit or pooled group (DOMAIN.md §5), in exact decimal arithmetic. */
export function gradeQuota(input: QuotaInput, policy: PolicyDocument = CN_NATIONAL_POLICY): QuotaResult {
  const { quota } = policy;
  const rounding = input.rounding ?? quota.rounding;
  const { ratio, source } = ratioOf(input, quota);
  const maximum = fromPercent(quota.maxRaisedPercent);

  if (!ratio || compareDecimals(ratio, { digits: 1n, scale: 0 }) > 0) {
    const text = `比例 ${String(input.ratio)} 无效：应为 0 到 1 之间的小数`;
    return { maxExcellent: null, ratio: String(input.ratio), rounding, reasons: [reason('INVALID_RATIO', CITE.gradeQuota, text)] };
  }
  if (compareDecimals(ratio, maximum) > 0) {
    const text = `比例 ${formatPercent(ratio)}% 超过经批准可提高的上限 ${quota.maxRaisedPercent}%（${policy.code} 第 ${policy.version} 版），不予采用`;
    return {
      maxExcellent: null,
      ratio: formatDecimal(ratio),
      rounding,
      reasons: [reason('RATIO_ABOVE_MAXIMUM', CITE.gradeQuota, text)],
    };
  }
  const product = multiplyByInteger(ratio, input.participants);
  const maxExcellent = roundDecimal(product, rounding);
  const text =
    `参加考核 ${input.participants} 人 × ${formatPercent(ratio)}%（${source}）= ${formatDecimal(product)}，` +
    `${ROUNDING_LABELS[rounding]}，优秀等次最多 ${maxExcellent} 人`;
  return { maxExcellent, ratio: formatDecimal(ratio), rounding, reasons: [reason('QUOTA', CITE.gradeQuota, text)] };
}

export interface QuotaUnit {
  id: string;
  participants: number;
}

export interface QuotaGroup {
  unitIds: string[];
  participants: number;
}

/**
 * Groups for quota counting: a unit with at least `minUnitSize` participants counts alone; the smaller ones are pooled
 * into one group (callers pool per supervising body by passing that body's units).
 */
export function poolUnits(units: readonly QuotaUnit[], minUnitSize: number): QuotaGroup[] {
  const groups: QuotaGroup[] = [];
  const small: QuotaGroup = { unitIds: [], participants: 0 };
  for (const unit of units) {
    if (unit.participants >= minUnitSize) groups.push({ unitIds: [unit.id], participants: unit.participants });
    else {
      small.unitIds.push(unit.id);
      small.participants += unit.participants;
    }
  }
  if (small.unitIds.length > 0) groups.push(small);
  return groups;
}
