import { type Reason, reason } from '../rules/reason';
import type { ValidationIssue } from '../rules/validation';
import type { Direction, IndicatorDefinition, QuantitativeRule, RatingLevel } from './indicator.schema';

/*
 * How an indicator turns a result into marks (考核方案 指标计分规则; issue "分类别、多维度、差异化考核"). An indicator
 * scores a share of its marks, `percent` (0–100, or above 100 up to a LINEAR rule's cap); the scheme's weight is the
 * full marks, so the points are weight × percent / 100. Points are kept to two decimals, as score sheets show them.
 */

export const SCHEME_RULE = '考核方案指标计分规则';

export interface IndicatorScore {
  /** Share of the marks earned, in percent, to two decimals. */
  percent: number;
  /** weight × percent / 100, to two decimals. */
  points: number;
  reasons: Reason[];
}

export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

function scored(percent: number, weight: number, why: Reason): IndicatorScore {
  const p = round2(percent);
  const points = round2((weight * p) / 100);
  return { percent: p, points, reasons: [why, reason('POINTS', SCHEME_RULE, `得分比例 ${p}% × 权重 ${weight} = ${points} 分`)] };
}

const reached = (direction: Direction, actual: number, threshold: number) => (direction === 'HIGHER_BETTER' ? actual >= threshold : actual <= threshold);

/** LINEAR: the completion ratio in percent (actual/target, or target/actual when lower is better), before the cap. */
function completion(direction: Direction, target: number, actual: number): { ratio: number; text: string } {
  if (direction === 'HIGHER_BETTER') {
    if (target <= 0) return { ratio: actual >= target ? Infinity : 0, text: `目标值为 ${target}，完成值 ${actual}` };
    const ratio = (actual / target) * 100;
    return { ratio, text: `完成率 ${round2(ratio)}%（完成 ${actual} ÷ 目标 ${target}）` };
  }
  // Lower is better (e.g. 安全事故起数): meeting the target earns the full marks, doing better earns up to the cap.
  if (actual <= 0) return { ratio: Infinity, text: `完成值为 ${actual}，优于目标 ${target}` };
  const ratio = (target / actual) * 100;
  return { ratio, text: `完成率 ${round2(ratio)}%（目标 ${target} ÷ 完成 ${actual}，越低越好）` };
}

/** The marks a quantitative result earns under its rule, with the steps of the reckoning. */
export function scoreQuantitative(
  def: { direction: Direction; rule: QuantitativeRule; unit?: string },
  input: { target: number; actual: number; weight: number },
): IndicatorScore {
  const { target, actual, weight } = input;
  const unit = def.unit ?? '';
  const rule = def.rule;
  if (rule.method === 'LINEAR') {
    const { ratio, text } = completion(def.direction, target, actual);
    const capped = ratio > rule.capPercent ? `，按封顶 ${rule.capPercent}% 计` : '';
    return scored(Math.max(0, Math.min(rule.capPercent, ratio)), weight, reason('LINEAR', SCHEME_RULE, `${text}${capped}`));
  }
  if (rule.method === 'PASS_FAIL') {
    const ok = reached(def.direction, actual, target);
    const relation = def.direction === 'HIGHER_BETTER' ? '不低于' : '不高于';
    return scored(
      ok ? 100 : 0,
      weight,
      reason(ok ? 'PASSED' : 'NOT_PASSED', SCHEME_RULE, `完成 ${actual}${unit}，${ok ? '' : '未'}达到目标（${relation} ${target}${unit}）`),
    );
  }
  const hit = rule.steps.filter((s) => reached(def.direction, actual, s.threshold)).sort((a, b) => b.percent - a.percent)[0];
  if (!hit) return scored(0, weight, reason('NO_STEP', SCHEME_RULE, `完成 ${actual}${unit}，未达到任何档位`));
  const relation = def.direction === 'HIGHER_BETTER' ? '≥' : '≤';
  return scored(hit.percent, weight, reason('STEP', SCHEME_RULE, `完成 ${actual}${unit}，达到档位 ${relation} ${hit.threshold}${unit}，得 ${hit.percent}%`));
}

/** The marks a rating earns on a qualitative scale; null when the level is not on the scale. */
export function scoreQualitative(scale: readonly RatingLevel[], levelCode: string, weight: number): IndicatorScore | null {
  const level = scale.find((l) => l.code === levelCode);
  if (!level) return null;
  return scored(level.percent, weight, reason('RATED', SCHEME_RULE, `评定为“${level.label}”，得 ${level.percent}%`));
}

/**
 * What the schema cannot say about a definition: steps that contradict each other (two at one threshold, or a better
 * result earning less) and a scale whose levels repeat. Paths are relative to the definition.
 */
export function definitionIssues(def: IndicatorDefinition, prefix = 'definition'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (def.kind === 'QUANTITATIVE' && def.rule.method === 'STEPS') {
    // From the easiest step to the hardest, the share earned must not fall.
    const order = def.rule.steps
      .map((s, i) => ({ ...s, i }))
      .sort((a, b) => (def.direction === 'HIGHER_BETTER' ? a.threshold - b.threshold : b.threshold - a.threshold));
    for (let k = 1; k < order.length; k++) {
      const prev = order[k - 1] as (typeof order)[number];
      const cur = order[k] as (typeof order)[number];
      if (cur.threshold === prev.threshold) issues.push({ path: `${prefix}.rule.steps.${cur.i}.threshold`, message: `档位值 ${cur.threshold} 重复` });
      else if (cur.percent < prev.percent) {
        issues.push({
          path: `${prefix}.rule.steps.${cur.i}.percent`,
          message: `更好的完成档位（${cur.threshold}）得分比例不能低于较差的档位（${prev.threshold}：${prev.percent}%）`,
        });
      }
    }
  }
  if (def.kind === 'QUALITATIVE') {
    const seen = new Set<string>();
    def.scale.forEach((level, i) => {
      if (seen.has(level.code)) issues.push({ path: `${prefix}.scale.${i}.code`, message: `等级代码 ${level.code} 重复` });
      seen.add(level.code);
    });
  }
  return issues;
}
