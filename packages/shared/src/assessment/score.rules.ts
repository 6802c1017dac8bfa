import { type Reason, reason } from '../rules/reason';
import { type IndicatorScore, round2, SCHEME_RULE } from './indicator.rules';
import { ADJUSTMENT_KIND_LABELS, type AdjustmentBody } from './scheme.schema';
import { evaluateFormula, FORMULA_VARIABLES, type FormulaValues, formulaInWords, parseFormulaOnce } from './score-formula';

/*
 * A participant's score (issue 5 "Scoring"): the indicators' points, the democratic score, the bonus and deduction
 * items, and the scheme's formula over those four parts. Every part keeps the steps of its reckoning, so the score
 * sheet can say where each mark came from ("every score explains its parts").
 */

export interface ScoredItem {
  indicatorId: string;
  name: string;
  weight: number;
  /** null: not entered yet. */
  score: IndicatorScore | null;
  /** Where the result came from when another module feeds it (e.g. 完成值 92.5% 取自“按期答复率”), for the explanation. */
  source?: string;
}

export interface AdjustmentCount {
  item: AdjustmentBody;
  /** How many times it occurred in the cycle (manual entries and signals of other modules together). */
  occurrences: number;
  /** What the occurrences were, for the explanation (e.g. "2026-03-02 诫勉"). */
  details: string[];
}

export interface ScoreParts extends FormulaValues {}

export interface ScoreBreakdown {
  parts: ScoreParts;
  /** The formula's value to two decimals; null while a part it needs is missing. */
  final: number | null;
  /** What is still missing, in words (empty when the score is complete). */
  missing: string[];
  reasons: Reason[];
}

/** Points an adjustment item contributes: occurrences × points each, never above its cap. */
export function adjustmentPoints(count: AdjustmentCount): { points: number; reason: Reason | null } {
  const { item, occurrences } = count;
  if (occurrences <= 0) return { points: 0, reason: null };
  const raw = round2(item.pointsEach * occurrences);
  const points = Math.min(raw, item.cap);
  const capped = raw > item.cap ? `，超过上限按 ${item.cap} 分计` : '';
  const what = count.details.length > 0 ? `（${count.details.join('；')}）` : '';
  const sign = item.kind === 'BONUS' ? '加' : '减';
  const text = `${ADJUSTMENT_KIND_LABELS[item.kind]}“${item.name}”${occurrences} 次${what} × ${item.pointsEach} 分${capped}，${sign} ${points} 分`;
  return { points, reason: reason(item.kind, SCHEME_RULE, text) };
}

export interface ComposeInput {
  items: readonly ScoredItem[];
  /** The democratic evaluation's group-weighted mean (0–100); null when it gave no result or the scheme has none. */
  democratic: number | null;
  adjustments: readonly AdjustmentCount[];
  formula: string;
}

/** The four parts and the final score by the scheme's formula (考核方案 计分规则). */
export function composeScore(input: ComposeInput): ScoreBreakdown {
  const reasons: Reason[] = [];
  const missing: string[] = [];
  let indicators = 0;
  for (const item of input.items) {
    const source = item.source ? `（${item.source}）` : '';
    if (item.score === null) {
      missing.push(`指标“${item.name}”未评分${source}`);
      continue;
    }
    indicators += item.score.points;
    reasons.push(reason('INDICATOR', SCHEME_RULE, `指标“${item.name}”（权重 ${item.weight}）得 ${item.score.points} 分${source}`));
  }
  indicators = round2(indicators);
  reasons.push(reason('INDICATORS', SCHEME_RULE, `指标得分合计 ${indicators} 分`));

  const totals = { BONUS: 0, DEDUCTION: 0 };
  for (const count of input.adjustments) {
    const { points, reason: why } = adjustmentPoints(count);
    totals[count.item.kind] += points;
    if (why) reasons.push(why);
  }
  const parts: ScoreParts = { indicators, democratic: input.democratic ?? 0, bonus: round2(totals.BONUS), deduction: round2(totals.DEDUCTION) };

  const formula = parseFormulaOnce(input.formula);
  if (!formula.ok) return { parts, final: null, missing: [...missing, `计算公式有误：${formula.message}`], reasons };
  if (formula.variables.includes('democratic')) {
    if (input.democratic === null) missing.push('民主测评无结果（未计票，或各测评组有效票均不足）');
    else reasons.push(reason('DEMOCRATIC', SCHEME_RULE, `民主测评得分 ${input.democratic} 分`));
  }
  if (missing.length > 0) return { parts, final: null, missing, reasons };

  const final = round2(evaluateFormula(formula.tree, parts));
  const used = formula.variables.map((v) => `${FORMULA_VARIABLES[v]} ${parts[v]}`).join('，');
  reasons.push(reason('FINAL', SCHEME_RULE, `按公式 ${formulaInWords(input.formula)}（${used}）得 ${final} 分`));
  return { parts, final, missing, reasons };
}
