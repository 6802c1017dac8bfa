import type { ValidationIssue } from '../rules/validation';
import type { SchemeInput } from './scheme.schema';
import { parseFormula } from './score-formula';

/*
 * A scheme's checks beyond the shape of each field (考核方案; issue: "weights that must sum to 100, validated live").
 * The web runs the same function on every keystroke and the server refuses a save that fails it, naming each field.
 * Weights are compared in hundredths as integers, so 33.33 + 33.33 + 33.34 is exactly 100.
 */

const hundredths = (n: number) => Math.round(n * 100);
const display = (h: number) => String(h / 100);

/** The weights' total, in the unit the editor shows (two decimals, exact). */
export function weightTotal(weights: readonly number[]): number {
  return weights.reduce((sum, w) => sum + hundredths(w), 0) / 100;
}

export function schemeIssues(scheme: Pick<SchemeInput, 'items' | 'adjustments' | 'raterGroups' | 'formula'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const itemTotal = scheme.items.reduce((sum, item) => sum + hundredths(item.weight), 0);
  if (itemTotal !== 10000) issues.push({ path: 'items', message: `指标权重合计应为 100，当前为 ${display(itemTotal)}` });
  const seen = new Map<string, number>();
  scheme.items.forEach((item, i) => {
    const first = seen.get(item.indicatorId);
    if (first !== undefined) issues.push({ path: `items.${i}.indicatorId`, message: `与第 ${first + 1} 项是同一指标` });
    else seen.set(item.indicatorId, i);
  });

  scheme.adjustments.forEach((a, i) => {
    if (hundredths(a.cap) < hundredths(a.pointsEach))
      issues.push({ path: `adjustments.${i}.cap`, message: `上限（${a.cap}）不能小于每次分值（${a.pointsEach}）` });
  });

  if (scheme.raterGroups.length > 0) {
    const groupTotal = scheme.raterGroups.reduce((sum, g) => sum + hundredths(g.weight), 0);
    if (groupTotal !== 10000) issues.push({ path: 'raterGroups', message: `测评组权重合计应为 100，当前为 ${display(groupTotal)}` });
    const groups = new Set<string>();
    scheme.raterGroups.forEach((g, i) => {
      if (groups.has(g.group)) issues.push({ path: `raterGroups.${i}.group`, message: '测评组重复' });
      groups.add(g.group);
    });
  }

  const formula = parseFormula(scheme.formula);
  if (!formula.ok) issues.push({ path: 'formula', message: formula.message });
  else if (formula.variables.includes('democratic') && scheme.raterGroups.length === 0) {
    issues.push({ path: 'formula', message: '公式用到了民主测评得分（democratic），但方案没有设置测评组' });
  }
  return issues;
}
