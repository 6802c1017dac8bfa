import { weightTotal } from '@dandang/shared/assessment/scheme.rules';
import { evaluateFormula, FORMULA_VARIABLES, type FormulaValues, formulaInWords, parseFormula } from '@dandang/shared/assessment/score-formula';
import { Alert, Typography } from 'antd';

/** The running total of a list of weights against 100, as the editor shows it under the list. */
export function WeightTotal({ label, weights, optional }: { label: string; weights: Array<number | undefined>; optional?: boolean }) {
  const given = weights.filter((w): w is number => typeof w === 'number');
  if (optional && weights.length === 0) return null;
  const total = weightTotal(given);
  const done = total === 100 && given.length === weights.length;
  return (
    <Alert
      showIcon
      type={done ? 'success' : 'warning'}
      style={{ marginBottom: 12 }}
      data-testid={`${label}-total`}
      message={
        done
          ? `${label}合计 100，符合要求`
          : `${label}合计 ${total}，应为 100${total < 100 ? `（还差 ${Math.round((100 - total) * 100) / 100}）` : `（超出 ${Math.round((total - 100) * 100) / 100}）`}`
      }
    />
  );
}

const EXAMPLE: FormulaValues = { indicators: 90, democratic: 85, bonus: 2, deduction: 1 };

/** Whether the formula reads, and what it gives for an example, so the user sees its effect before saving. */
export function FormulaCheck({ formula }: { formula: string | undefined }) {
  const parsed = parseFormula(formula ?? '');
  if (!parsed.ok) return <Alert showIcon type="error" style={{ marginBottom: 12 }} message={`公式有误：${parsed.message}`} />;
  const parts = (Object.keys(EXAMPLE) as Array<keyof FormulaValues>).map((k) => `${FORMULA_VARIABLES[k]} ${EXAMPLE[k]}`).join('、');
  const value = Math.round(evaluateFormula(parsed.tree, EXAMPLE) * 100) / 100;
  return (
    <Alert
      showIcon
      type="info"
      style={{ marginBottom: 12 }}
      message={
        <span>
          最终得分 = {formulaInWords(formula ?? '')}。示例：{parts} 时，最终得分 = <Typography.Text strong>{value}</Typography.Text>
        </span>
      }
    />
  );
}
