import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORMULA,
  DEFAULT_FORMULA_WITH_BALLOTS,
  evaluateFormula,
  type FormulaValues,
  formulaInWords,
  parseFormula,
  parseFormulaOnce,
} from './score-formula';

// The final-score formula of a scheme: arithmetic over the named parts only, never evaluated as code.
const parts: FormulaValues = { indicators: 90, democratic: 80, bonus: 2, deduction: 1.5 };
const value = (text: string) => {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return evaluateFormula(parsed.tree, parts);
};

describe('parseFormula and evaluateFormula', () => {
  it.each([
    [DEFAULT_FORMULA_WITH_BALLOTS, 90 * 0.7 + 80 * 0.3 + 2 - 1.5],
    [DEFAULT_FORMULA, 90.5],
    ['(indicators + democratic) / 2', 85],
    ['-deduction + 1', -0.5],
    ['2 * 3 + 4', 10],
    ['2 * (3 + 4)', 14],
    ['10 - 4 - 3', 3],
    ['min(indicators + bonus, 100)', 92],
    ['max(democratic, 60, 85)', 85],
    ['clamp(indicators + bonus * 10, 0, 100)', 100],
    ['indicators / 0', 0],
    ['.5 * 4', 2],
  ])('%s = %d', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 10);
  });

  it('lists the parts a formula uses', () => {
    const parsed = parseFormula('indicators * 0.8 + democratic * 0.2 + indicators * 0');
    expect(parsed.ok && parsed.variables.sort()).toEqual(['democratic', 'indicators']);
  });

  it.each([
    ['', '请填写计算公式'],
    ['indicators +', '公式不完整'],
    ['salary * 2', '不认识的名称“salary”'],
    ['process.exit(1)', '第 8 个字符“.”不能出现在这里'],
    ['toString(1, 2)', '不认识的函数“toString”'],
    ['eval(1)', '不认识的函数“eval”'],
    ['indicators; 1', '第 11 个字符“;”不能出现在公式中'],
    ['constructor', '不认识的名称“constructor”'],
    ['(indicators', '缺少“)”'],
    ['indicators democratic', '第 12 个字符“democratic”多余'],
    ['min(indicators)', '函数 min 需要 2–10 个参数'],
    ['clamp(1, 2)', '函数 clamp 需要 3 个参数'],
    ['1..2', '第 2 个字符“.”不能出现在这里'],
    ['*2', '“*”的位置不对'],
    [`${'('.repeat(60)}1${')'.repeat(60)}`, '公式嵌套过深'],
    ['1+'.repeat(120), '不能超过 200 个字符'],
  ])('refuses %j with a message naming the problem', (text, message) => {
    const parsed = parseFormula(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});

describe('parseFormulaOnce', () => {
  it('answers the same parse for the same text, and a fresh one for another', () => {
    const a = parseFormulaOnce('indicators * 0.8 + democratic * 0.2');
    expect(parseFormulaOnce('indicators * 0.8 + democratic * 0.2')).toBe(a);
    expect(parseFormulaOnce('indicators')).toEqual(parseFormula('indicators'));
  });
});

// A score's explanation says the formula in the users' words, as its author wrote it (issue 5 "every score explains its parts").
describe('formulaInWords', () => {
  it.each([
    [DEFAULT_FORMULA_WITH_BALLOTS, '指标得分 × 0.7 + 民主测评得分 × 0.3 + 加分 − 减分'],
    ['(indicators+democratic)/2', '(指标得分 + 民主测评得分) ÷ 2'],
    ['-deduction + 1', '−减分 + 1'],
    ['2 * -bonus', '2 × −加分'],
    ['min(indicators + bonus, 100)', '取较小值(指标得分 + 加分，100)'],
    ['clamp(indicators, 0, 100) - (deduction)', '限定范围(指标得分，0，100) − (减分)'],
    ['indicators * 0.70 + .5', '指标得分 × 0.70 + .5'],
    ['indicators # 2', 'indicators # 2'],
    [' constructor + 1 ', 'constructor + 1'],
    ['indicators +', 'indicators +'],
  ])('%s → %s', (text, words) => {
    expect(formulaInWords(text)).toBe(words);
  });
});
